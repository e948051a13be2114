import type { MessageKey } from '../../lib/i18n';
import { useT } from '../shared/i18n';

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'password' | 'url';
  error?: MessageKey | undefined;
  hint?: string | undefined;
  placeholder?: string | undefined;
  inputMode?: 'numeric' | 'text' | 'url';
  autoComplete?: string;
}

/** A labelled input whose hint and error are tied to it with aria-describedby, so screen readers read them. */
export function TextField(props: TextFieldProps) {
  const tr = useT();
  const { id, label, value, onInput, type = 'text', error, hint, placeholder, inputMode, autoComplete = 'off' } = props;
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        // Preact 11 types <input> per `type` value and does not accept a union; each of ours takes these attributes.
        type={type as 'text'}
        value={value}
        placeholder={placeholder}
        inputMode={inputMode}
        autoComplete={autoComplete}
        spellcheck={false}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {hint && (
        <span id={`${id}-hint`} class="hint small muted">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} class="field-error">
          {tr(error)}
        </span>
      )}
    </div>
  );
}
