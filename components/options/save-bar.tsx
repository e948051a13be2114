import type { SaveState } from '../../lib/ui/options-store';
import { useT } from '../shared/i18n';

/** The form's submit button (Enter in any field saves too) and what became of the last save. */
export function SaveBar({ state, dirty }: { state: SaveState; dirty: boolean }) {
  const tr = useT();
  const text = (() => {
    switch (state.kind) {
      case 'idle':
        return dirty ? tr('optionsUnsaved') : '';
      case 'saving':
        return tr('optionsSaving');
      case 'saved':
        return tr('optionsSaved');
      case 'invalid':
        return tr('optionsInvalid');
      case 'credentials-refused':
        return tr('optionsCredentialsRefused');
      case 'failed':
        return tr('optionsSaveFailed', state.text);
    }
  })();
  const tone = state.kind === 'saved' ? 'ok' : state.kind === 'idle' || state.kind === 'saving' ? '' : 'bad';
  return (
    <div class="row save-bar">
      <button type="submit" class="primary" disabled={state.kind === 'saving'}>
        {tr('optionsSave')}
      </button>
      <span role="status" aria-live="polite" class={text ? `notice ${tone}` : undefined}>
        {text}
      </span>
    </div>
  );
}
