import '../../components/styles.css';
import { useMemo } from 'preact/hooks';
import { OptionsApp } from '../../components/options/options-app';
import { browserDeps } from '../../lib/ui/browser-deps';
import { createOptionsStore } from '../../lib/ui/options-store';

export function App() {
  const store = useMemo(() => createOptionsStore(browserDeps()), []);
  return <OptionsApp store={store} />;
}
