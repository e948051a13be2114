import '../../components/styles.css';
import { useMemo } from 'preact/hooks';
import { PopupApp } from '../../components/popup/popup-app';
import { browserDeps } from '../../lib/ui/browser-deps';
import { createPopupStore } from '../../lib/ui/popup-store';

export function App() {
  const store = useMemo(() => createPopupStore(browserDeps()), []);
  return <PopupApp store={store} />;
}
