// Cloudflare's email protection: a page served through Cloudflare has each address replaced by a `data-cfemail`
// attribute or a `/cdn-cgi/l/email-protection#…` link holding it XOR-encoded. Only ordinary pages are served so:
// LinkedIn's and Gmail's script does not carry this (SiteSupport.enter, lib/detect/ordinary.ts).
import { parseMailto } from './emails';
import { addEmail, type ScanState } from './scan-state';

/** Cloudflare's obfuscation: hex bytes, the first one the XOR key of the others, the result UTF-8. */
export function decodeCloudflare(hex: string): string | undefined {
  if (!/^(?:[0-9a-f]{2}){2,300}$/i.test(hex)) return undefined;
  const key = parseInt(hex.slice(0, 2), 16);
  let escaped = '';
  for (let i = 2; i < hex.length; i += 2) {
    escaped += '%' + (parseInt(hex.slice(i, i + 2), 16) ^ key).toString(16).padStart(2, '0');
  }
  try {
    return decodeURIComponent(escaped);
  } catch {
    return undefined;
  }
}

const CF_PATH = '/cdn-cgi/l/email-protection#';

function addDecoded(state: ScanState, hex: string, at: Element): void {
  const decoded = decodeCloudflare(hex);
  if (!decoded) return;
  // A protected mailto link may carry its query ("?subject=…") in the encoded part.
  for (const address of parseMailto(`mailto:${decoded.replace(/^mailto:/i, '')}`))
    addEmail(state, address, 'cloudflare', 0.9, at);
}

/** The walk's note of each element it enters: the protected address it holds, if any. */
export function noteCloudflare(state: ScanState, el: Element): void {
  const hex = el.getAttribute('data-cfemail');
  if (hex) addDecoded(state, hex, el);
  if (el.localName !== 'a') return;
  const href = el.getAttribute('href');
  const at = href?.indexOf(CF_PATH) ?? -1;
  if (at !== -1) addDecoded(state, href!.slice(at + CF_PATH.length), el);
}
