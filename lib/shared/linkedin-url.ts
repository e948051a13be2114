// One rule, for every context that names a LinkedIn profile: which hosts are LinkedIn's, and the one spelling of a
// profile URL that the detectors report and the matcher compares (`https://www.linkedin.com/in/<id>`).

/** LinkedIn itself or any of its subdomains (`www`, `fr`, `ca`, `uk`, `m` …); never a look-alike host. */
export function isLinkedInHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === 'linkedin.com' || h.endsWith('.linkedin.com');
}

// A profile path: `/in/<id>`, in any case, with anything after the id (`/`, `/overlay/contact-info/`, `/details/…`).
const PROFILE_PATH = /^\/in\/([^/]+)/i;

/**
 * `https://www.linkedin.com/in/<id>` for any spelling of a LinkedIn profile URL: any subdomain, `http`, no scheme at
 * all (`linkedin.com/in/jane`, as people type it into a CRM), trailing slash, sub-pages, query and hash, `/IN/`, the
 * id's case, and its percent-encoding (`s%c3%a9bastien`, `sébastien` and the decomposed `é` are one id, written
 * `s%C3%A9bastien`). Anything else, including `/company/` and `/pub/` pages, is undefined.
 */
export function canonicalProfileUrl(url: string): string | undefined {
  const text = url.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text.replace(/^\/\//, '')}`;
  let parsed: URL;
  try {
    parsed = new URL(withScheme);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  if (!isLinkedInHost(parsed.hostname)) return undefined;
  const raw = PROFILE_PATH.exec(parsed.pathname)?.[1];
  if (!raw) return undefined;
  const id = canonicalId(raw);
  return id ? `https://www.linkedin.com/in/${id}` : undefined;
}

function canonicalId(raw: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // A broken escape cannot be decoded: the id is compared as written, in one case.
    return raw.toLowerCase();
  }
  return encodeURIComponent(decoded.normalize('NFC').trim().toLowerCase());
}
