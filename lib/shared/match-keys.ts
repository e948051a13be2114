// How two spellings of one person's or one company's name are compared: the same key means "the same name" for
// merging a page's findings, for a possible match in Centrix and for joining an existing account. Pure, no
// browser globals.

/** Lower case, accents and other combining marks removed, punctuation as spaces, spaces collapsed. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’'`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Honorifics and academic titles that a page puts before a name and Centrix keeps elsewhere (or nowhere). */
const HONORIFICS = new Set(['dr', 'mr', 'mrs', 'ms', 'mme', 'mlle', 'm', 'prof', 'sir', 'dame', 'me']);
/** Generational and professional suffixes written after a name. */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'mba', 'cpa', 'esq']);

/** The words of a person's name that identify them: folded, without honorifics or suffixes. */
export function nameTokens(name: string): string[] {
  const words = foldText(name).split(' ').filter(Boolean);
  let start = 0;
  while (start < words.length - 1 && HONORIFICS.has(words[start]!)) start++;
  let end = words.length;
  while (end > start + 1 && NAME_SUFFIXES.has(words[end - 1]!)) end--;
  return words.slice(start, end);
}

/** "Dr. Marie-Ève  Gagnon" and "marie eve gagnon" give the same key; empty when there is no name. */
export function personNameKey(name: string | undefined): string {
  return name ? nameTokens(name).join(' ') : '';
}

/**
 * Legal forms that end a company name in the languages the product meets. "Inc", "Inc.", "Ltd", "SAS", "GmbH" …:
 * two names that differ only by them name one company.
 */
const LEGAL_FORMS = new Set([
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'ltd',
  'ltee',
  'limited',
  'llc',
  'llp',
  'lp',
  'plc',
  'sa',
  'sas',
  'sasu',
  'sarl',
  'eurl',
  'sca',
  'snc',
  'gmbh',
  'ag',
  'kg',
  'bv',
  'nv',
  'srl',
  'spa',
  'oy',
  'ab',
  'as',
  'aps',
  'pty',
  'pte',
  'kk',
  'ulc',
  'enr',
  'senc',
]);

/** The words of a company's name without its legal form: "Northwind Logistics Inc." → "northwind logistics". */
export function companyKey(name: string | undefined): string {
  if (!name) return '';
  const words = foldText(name).split(' ').filter(Boolean);
  // "S.A.S." folds to "s a s": letters of an abbreviated legal form are joined before they are recognised.
  while (words.length > 1) {
    const last = words[words.length - 1]!;
    if (LEGAL_FORMS.has(last)) {
      words.pop();
      continue;
    }
    let joined = '';
    let i = words.length;
    while (i > 1 && words[i - 1]!.length === 1 && joined.length < 5) joined = words[--i]! + joined;
    if (joined.length > 1 && LEGAL_FORMS.has(joined)) {
      words.length = i;
      continue;
    }
    break;
  }
  return words.join(' ');
}

/** Two company names that are one company, once case, accents and the legal form are set aside. */
export function sameCompany(a: string | undefined, b: string | undefined): boolean {
  const ka = companyKey(a);
  return ka !== '' && ka === companyKey(b);
}

/** The exact comparison Centrix makes when it joins a new contact to an account: trimmed, case-insensitive. */
export function exactCompany(a: string | undefined, b: string | undefined): boolean {
  const ta = a?.trim().toLowerCase();
  return Boolean(ta) && ta === b?.trim().toLowerCase();
}

/**
 * Whether an address's local part reads as this person's name: `marie-eve.gagnon`, `t.belanger`, `jdoe`,
 * `yuki.sato` for "Sato Yuki". One word of the name in full and another in full or as an initial.
 */
export function localPartNames(local: string, name: string): boolean {
  const tokens = nameTokens(name).filter((t) => t.length >= 2);
  if (tokens.length < 2) return false;
  const folded = foldText(local.replace(/[._+-]+/g, ' '));
  const parts = folded.split(' ').filter(Boolean);
  const joined = parts.join('');
  const full = (t: string) => parts.includes(t) || (t.length >= 3 && joined.includes(t));
  const initial = (t: string) => parts.includes(t[0]!) || joined.startsWith(t[0]!);
  return tokens.some((a, i) => full(a) && tokens.some((b, j) => j !== i && (full(b) || initial(b))));
}
