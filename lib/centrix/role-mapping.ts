// Proposes which of an account's fields holds each contact role (email, first name, company…). Field names differ
// per account and language, so names are compared after dropping accents, case, separators and the custom-field
// prefixes, against English and French synonyms. The user confirms the proposal; nothing here is final.
import { CONTACT_ROLES, type ContactRole, type RoleProposal } from './types';

export { CONTACT_ROLES };

/** Compact synonyms (lower case, no accents, no separators): exact ones first, weaker ones with their score. */
const SYNONYMS: Record<ContactRole, { strong: string[]; weak?: Record<string, number> }> = {
  email: {
    strong: ['email', 'courriel', 'adressecourriel', 'adressedecourriel', 'adresseemail', 'emailaddress', 'mel'],
    weak: { mail: 0.8, adresseelectronique: 0.8 },
  },
  firstName: { strong: ['firstname', 'prenom', 'givenname', 'forename'], weak: { first: 0.7 } },
  lastName: { strong: ['lastname', 'nomdefamille', 'nomfamille', 'surname', 'familyname'], weak: { last: 0.7 } },
  fullName: {
    strong: ['fullname', 'nomcomplet', 'contactname', 'nomcontact', 'nomducontact', 'displayname'],
    weak: { name: 0.8 },
  },
  company: {
    strong: ['company', 'companyname', 'entreprise', 'compagnie', 'societe', 'organisation', 'organization'],
    weak: { nomentreprise: 0.9, raisonsociale: 0.9, employer: 0.8, employeur: 0.8, business: 0.6, account: 0.5 },
  },
  jobTitle: {
    strong: ['jobtitle', 'titre', 'poste', 'fonction', 'titredeposte', 'titreduposte'],
    weak: { title: 0.9, position: 0.8, role: 0.6, occupation: 0.7 },
  },
  phone: {
    strong: ['phone', 'telephone', 'phonenumber', 'numerodetelephone', 'workphone', 'businessphone'],
    weak: { tel: 0.9, lignedirecte: 0.8, directphone: 0.8, mobile: 0.6, cellulaire: 0.6, cell: 0.5, mobilephone: 0.6 },
  },
  website: {
    strong: ['website', 'siteweb', 'siteinternet', 'homepage', 'webpage', 'companywebsite'],
    weak: { site: 0.7, web: 0.7, url: 0.6 },
  },
  linkedinUrl: {
    strong: ['linkedin', 'linkedinurl', 'profillinkedin', 'linkedinprofile', 'urllinkedin', 'linkedinprofileurl'],
  },
  // A page's location reads "Montréal, Quebec, Canada": only a field meant for that whole text, never City alone.
  location: { strong: ['location', 'localisation', 'lieu', 'emplacement'] },
};

/** Words that turn a name into something else (a flag, a date, a status): no partial match on them. */
const NOT_A_VALUE = new Set([
  'opt',
  'optout',
  'out',
  'consent',
  'consentement',
  'date',
  'bounce',
  'bounced',
  'invalid',
  'invalide',
  'valid',
  'valide',
  'verified',
  'verifie',
  'status',
  'statut',
  'type',
  'count',
  'nombre',
  'flag',
  'sent',
  'envoye',
]);

const PREFIXES = [
  'contact_custom_script_',
  'account_custom_script_',
  'contact_custom_',
  'account_custom_',
  'ccs_',
  'acs_',
  'cc_',
  'ac_',
  'cs_',
];

const STRIPPED_FACTOR = 0.9;
const WORD_MATCH = 0.6;
const INFIX_MATCH = 0.5;

interface NormalizedName {
  words: string[];
  compact: string;
  prefixed: boolean;
}

/** `Contact_Custom_ProfilLinkedIn` → words `profil linked in`, compact `profillinkedin`, prefixed. */
export function normalizeFieldName(name: string): NormalizedName {
  const plain = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const lower = plain.toLowerCase();
  const prefix = PREFIXES.find((p) => lower.startsWith(p) && lower.length > p.length);
  const rest = prefix ? plain.slice(prefix.length) : plain;
  const words = rest
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
  return { words, compact: words.join(''), prefixed: prefix !== undefined };
}

interface Candidate {
  role: ContactRole;
  field: string;
  fieldIndex: number;
  confidence: number;
}

function scoreRole(role: ContactRole, name: NormalizedName): number {
  const { strong, weak = {} } = SYNONYMS[role];
  const factor = name.prefixed ? STRIPPED_FACTOR : 1;
  if (strong.includes(name.compact)) return factor;
  const weakScore = weak[name.compact];
  if (weakScore !== undefined) return weakScore * factor;
  if (name.words.some((w) => NOT_A_VALUE.has(w))) return 0;
  const singleWords = [...strong, ...Object.keys(weak)].filter((s) => s.length >= 4);
  if (name.words.some((w) => singleWords.includes(w))) return WORD_MATCH * factor;
  if (strong.some((s) => s.length >= 5 && name.compact.includes(s))) return INFIX_MATCH * factor;
  return 0;
}

const FIRST_NAME_EXACT = new Set(SYNONYMS.firstName.strong);

/**
 * One proposal per role that some field fits, best first; never two roles on one field nor two fields for one
 * role. `Nom` alone is the last name when a first-name field exists, else probably the full name.
 */
export function proposeRoleMapping(fields: readonly string[]): RoleProposal[] {
  const names = fields.map(normalizeFieldName);
  const hasFirstName = names.some((n) => FIRST_NAME_EXACT.has(n.compact));
  const candidates: Candidate[] = [];
  names.forEach((name, fieldIndex) => {
    const field = fields[fieldIndex]!;
    const factor = name.prefixed ? STRIPPED_FACTOR : 1;
    if (name.compact === 'nom') {
      if (hasFirstName) candidates.push({ role: 'lastName', field, fieldIndex, confidence: 0.95 * factor });
      else {
        candidates.push({ role: 'fullName', field, fieldIndex, confidence: 0.6 * factor });
        candidates.push({ role: 'lastName', field, fieldIndex, confidence: 0.4 * factor });
      }
      return;
    }
    for (const role of CONTACT_ROLES) {
      const confidence = scoreRole(role, name);
      if (confidence > 0) candidates.push({ role, field, fieldIndex, confidence });
    }
  });
  candidates.sort(
    (a, b) =>
      b.confidence - a.confidence ||
      CONTACT_ROLES.indexOf(a.role) - CONTACT_ROLES.indexOf(b.role) ||
      a.fieldIndex - b.fieldIndex,
  );
  const takenRoles = new Set<ContactRole>();
  const takenFields = new Set<string>();
  const chosen: RoleProposal[] = [];
  for (const c of candidates) {
    if (takenRoles.has(c.role) || takenFields.has(c.field)) continue;
    takenRoles.add(c.role);
    takenFields.add(c.field);
    chosen.push({ role: c.role, field: c.field, confidence: Math.round(c.confidence * 100) / 100 });
  }
  return chosen.sort((a, b) => CONTACT_ROLES.indexOf(a.role) - CONTACT_ROLES.indexOf(b.role));
}
