import type { ConnectionView } from '../../lib/ui/view-types';
import { useT } from '../shared/i18n';
import { Outside, Said } from '../shared/outside';

/**
 * The answer to "Test connection", announced politely when it changes. The background's sentence, when it sends
 * one, is the precise one (it carries the wait Centrix asked for); ours is the fallback.
 */
export function ConnectionResult({ result }: { result: ConnectionView }) {
  const tr = useT();
  const text = (() => {
    switch (result.kind) {
      case 'idle':
        return '';
      case 'testing':
        return tr('optionsTestTesting');
      case 'ok':
        return result.lists === undefined ? tr('optionsTestOk') : tr('optionsTestOkLists', result.lists);
      case 'bad-credentials':
        return result.message === undefined ? tr('optionsTestBadCredentials') : <Outside text={result.message} />;
      case 'unavailable':
        return result.message === undefined ? tr('optionsTestUnavailable') : <Outside text={result.message} />;
      case 'error':
        return <Said k="optionsTestError" subs={[result.message]} />;
    }
  })();
  const tone = result.kind === 'ok' ? 'ok' : result.kind === 'idle' || result.kind === 'testing' ? '' : 'bad';
  return (
    <div role="status" aria-live="polite" class={text ? `notice ${tone}` : undefined}>
      {text}
    </div>
  );
}
