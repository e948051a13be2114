// A LinkedIn company page (`/company/<slug>/`, its About tab, schools and showcase pages): name, website and domain
// (nothing downstream uses an industry or a head count, so none is read). Layered like the person adapter: structure and labels before class names.
import { cap, clean, queryAll, visibleText } from '../dom';
import { hostOf } from '../json-ld';
import type { CompanyFinding } from '../types';
import { emptyResult, type AdapterInput, type AdapterResult } from './adapter';
import { asideTest, definition, firstOutsideAside, nameFromTitle } from './linkedin-common';
import { isLinkedInHost } from '../../shared/linkedin-url';

// "Acme Robotics: About | LinkedIn", "(2) Acme Robotics : À propos | LinkedIn": the tab after the colon goes.
const TAB_SUFFIX = /\s*:[^:]{1,40}$/;

/** The company name in a LinkedIn document title. */
export function companyFromTitle(title: string): string {
  return nameFromTitle(title).replace(TAB_SUFFIX, '');
}

/**
 * The website an outbound link points to, without its tracking query ("?utm_source=linkedin"). LinkedIn sometimes
 * routes outbound links through `/redir/redirect?url=…`: the target is the website.
 */
function outboundUrl(href: string, base: string): string | undefined {
  try {
    const u = new URL(href, base);
    if (isLinkedInHost(u.hostname.toLowerCase())) {
      const target = u.searchParams.get('url');
      return target ? outboundUrl(target, base) : undefined;
    }
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin + u.pathname : undefined;
  } catch {
    return undefined;
  }
}

const WEBSITE_LABEL = /^(?:website|site web|site internet)$/i;

function readWebsite(
  doc: Document,
  url: string,
  card: Element | undefined,
  inAside: (el: Element) => boolean,
): string | undefined {
  const dd = definition(doc, WEBSITE_LABEL);
  const ddLink = dd?.querySelector('a[href]')?.getAttribute('href');
  const fromAbout = ddLink ? outboundUrl(ddLink, url) : dd ? outboundUrl(clean(dd.textContent), url) : undefined;
  if (fromAbout) return fromAbout;
  for (const a of queryAll(card ?? doc, 'a[href]')) {
    if (inAside(a)) continue;
    const target = outboundUrl(a.getAttribute('href') ?? '', url);
    if (target && !/licdn\.com$/i.test(hostOf(target) ?? '')) return target;
  }
  return undefined;
}

export function detectLinkedInCompany({ doc, url, jsonLd }: AdapterInput): AdapterResult {
  const result = emptyResult();
  const main = doc.querySelector('main') ?? doc.body;
  const inAside = asideTest();
  const heading = main
    ? (firstOutsideAside(main, '.org-top-card-summary__title', inAside) ?? firstOutsideAside(main, 'h1', inAside))
    : undefined;
  const card = heading?.closest('section') ?? undefined;
  const ld = jsonLd.companies[0];
  const titleName = companyFromTitle(doc.title);
  const headingName = heading ? cap(visibleText(heading)) : '';
  const name = headingName || titleName || ld?.name || '';
  if (!name) {
    result.missing.push('linkedinCompany.name');
    return result;
  }
  const company: CompanyFinding = {
    name,
    source: headingName ? 'linkedin.companyTopCard' : titleName ? 'linkedin.title' : 'linkedin.jsonLd',
    confidence: headingName && titleName && headingName === titleName ? 0.95 : 0.85,
  };
  const website = readWebsite(doc, url, card, inAside) ?? ld?.website;
  const domain = hostOf(website);
  if (website && domain) {
    company.website = cap(website, 300);
    company.domain = domain.replace(/^www\./, '');
  } else {
    result.missing.push('linkedinCompany.website');
  }
  result.companies.push(company);
  return result;
}
