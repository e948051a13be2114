// A company "Our team" page built from data a test chose (e.g. one contact the sandbox has and one it has not), the
// way company sites publish it: schema.org JSON-LD for machines, cards with mailto links for people.
//
// Exports:
//   contactPageHtml({ company, website, people }) → string   the whole HTML document
//   PagePerson   { firstName, lastName, title, email }
//   fullName(person) → 'First Last'
export interface PagePerson {
  firstName: string;
  lastName: string;
  title: string;
  email: string;
}

export interface ContactPage {
  company: string;
  website: string;
  people: PagePerson[];
}

export const fullName = (person: PagePerson) => `${person.firstName} ${person.lastName}`;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

// Inside <script>, `</script>` and `<!--` would end or confuse the block whatever JSON thinks.
const scriptJson = (value: unknown) => JSON.stringify(value, null, 2).replace(/</g, '\\u003c');

export function contactPageHtml({ company, website, people }: ContactPage): string {
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: company,
    url: website,
    employee: people.map((p) => ({
      '@type': 'Person',
      givenName: p.firstName,
      familyName: p.lastName,
      jobTitle: p.title,
      email: `mailto:${p.email}`,
    })),
  };
  const cards = people
    .map(
      (p) => `      <div class="member">
        <h3>${escapeHtml(fullName(p))}</h3>
        <p>${escapeHtml(p.title)}</p>
        <p><a href="mailto:${escapeHtml(p.email)}">${escapeHtml(p.email)}</a></p>
      </div>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Our team | ${escapeHtml(company)}</title>
  <meta property="og:site_name" content="${escapeHtml(company)}">
  <script type="application/ld+json">${scriptJson(jsonLd)}</script>
</head>
<body>
  <main>
    <h1>Our team</h1>
    <section class="team">
${cards}
    </section>
  </main>
</body>
</html>
`;
}
