import type { ConnectionView } from '../../lib/ui/view-types';
import { useT } from '../shared/i18n';

/** The answer to "Test connection", announced politely when it changes. */
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
        return tr('optionsTestBadCredentials');
      case 'unavailable':
        return tr('optionsTestUnavailable');
      case 'error':
        return tr('optionsTestError', result.message);
    }
  })();
  const tone = result.kind === 'ok' ? 'ok' : result.kind === 'idle' || result.kind === 'testing' ? '' : 'bad';
  const detail = (result.kind === 'bad-credentials' || result.kind === 'unavailable') && result.message;
  return (
    <div role="status" aria-live="polite" class={text ? `notice ${tone}` : undefined}>
      {text}
      {detail && <div class="small">{tr('optionsServerSaid', detail)}</div>}
    </div>
  );
}
