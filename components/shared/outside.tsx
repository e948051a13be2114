import type { MessageKey } from '../../lib/i18n';
import { inlineText } from '../../lib/ui/outside-text';
import { useT } from './i18n';

/** Above this many characters a value may be cut by its box: its full text is then a tooltip. */
const TITLE_FROM = 32;

/**
 * A value from outside the extension (a page, the CRM, a server), shown inline: bidi controls removed and the rest
 * isolated, so it cannot reorder the text around it; long values carry their full text as a tooltip.
 */
export function Outside({ text, class: className }: { text: string; class?: string }) {
  const clean = inlineText(text);
  return (
    <bdi class={className} title={clean.length > TITLE_FROM ? clean : undefined}>
      {clean}
    </bdi>
  );
}

/** Characters of the Private Use Area stand for the substitutions while the message is split around them. */
const SLOT = 0xe000;

/**
 * A translated message whose `$n` substitutions are values from outside: each is shown through `Outside`, so a name
 * cannot reorder the message's own words and numbers ("In Centrix: <name> (#1065)").
 */
export function Said({ k, subs }: { k: MessageKey; subs: (string | number)[] }) {
  const tr = useT();
  const text = tr(k, ...subs.map((_, i) => String.fromCharCode(SLOT + i)));
  const parts = text.split(/([\ue000-\ue008])/);
  return (
    <>
      {parts.map((part, i) => {
        const index = part.length === 1 ? part.charCodeAt(0) - SLOT : -1;
        const sub = index >= 0 && index < subs.length ? subs[index] : undefined;
        return sub === undefined ? part : <Outside key={i} text={String(sub)} />;
      })}
    </>
  );
}
