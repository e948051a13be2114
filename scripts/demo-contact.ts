// The demo page's CEO is already in the sandbox, so the demo shows both kinds of people: one "In Centrix", the
// others new. The sandbox's seed data uses the reserved `.example` TLD, which the scanner rightly refuses, so this
// one contact is added through the API itself, under whatever field names the sandbox's schema uses.
import type { Sandbox } from '../tests/sandbox/server';

export const DEMO_KNOWN_PERSON = {
  firstName: 'Claire',
  lastName: 'Dubois',
  jobTitle: 'Chief Executive Officer',
  email: 'claire.dubois@example.com',
  company: 'Northwind Robotics',
};

export async function addDemoKnownPerson(sandbox: Sandbox): Promise<number> {
  const contact = Object.fromEntries(
    Object.entries(DEMO_KNOWN_PERSON).map(([role, value]) => [sandbox.fieldName(role), value]),
  );
  const response = await fetch(sandbox.url('Contacts', 'C'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ Contacts: [contact] }),
  });
  if (!response.ok) throw new Error(`the sandbox refused the demo contact: ${response.status}`);
  const body = (await response.json()) as { Contacts: { idc: number }[] };
  return body.Contacts[0]!.idc;
}
