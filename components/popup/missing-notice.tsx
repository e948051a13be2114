import { missingText } from '../../lib/ui/finding-text';
import { useLocale, useT } from '../shared/i18n';

/** What the detector could not read, so the user knows to check the page rather than trust a gap. */
export function MissingNotice({ codes }: { codes: string[] }) {
  const tr = useT();
  const locale = useLocale();
  if (codes.length === 0) return null;
  // Several unknown codes share the generic sentence: say it once.
  const texts = [...new Set(codes.map((code) => missingText(locale, code)))];
  return (
    <section class="section" aria-labelledby="missing-heading">
      <div class="notice warn">
        <h2 id="missing-heading">{tr('popupMissingHeading')}</h2>
        <ul>
          {texts.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      </div>
    </section>
  );
}
