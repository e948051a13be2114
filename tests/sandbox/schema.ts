// Every field the sandbox knows, for every resource, in both naming schemas. Records are stored under the
// schema-neutral `key`; the `en` / `fr` names exist only at the HTTP edge, so a client that hard-codes an English
// name fails against the French sandbox (which is the point of having two).
//
// Protocol names (`idc`, `ids`, `ExternalID`, `ContactScript`, the `Contact_Custom_` family of prefixes) are the
// same in both schemas: the guide defines them as part of the API, not as account data.

export type SchemaName = 'en' | 'fr';

/**
 * Where a contact field lives:
 * - `contact`: on the contact itself;
 * - `account`: on the contact's account, shared by every contact of that account (Centrix's "Account" tabs);
 * - `script`: on the contact's membership of one list, inside `ContactScript`;
 * - `account-script`: inside `ContactScript`, but shared by every contact of the same account in that list.
 * Other resources use `record`.
 */
export type FieldLevel = 'contact' | 'account' | 'script' | 'account-script' | 'record';

/** `id` values are JSON numbers; every other value is a JSON string (`multi` joins its choices with `::`). */
export type FieldType = 'id' | 'text' | 'email' | 'phone' | 'url' | 'number' | 'date' | 'choice' | 'multi';

export interface FieldDef {
  key: string;
  en: string;
  fr: string;
  level: FieldLevel;
  type: FieldType;
  /** Set by the server; a POST may carry it only to name a record (`idc`) or an account (`ida`). */
  readOnly?: boolean;
}

export const RESOURCES = [
  'Contacts',
  'Opportunities',
  'Users',
  'Scripts',
  'RevenueTypes',
  'RevenueTypesSub1',
  'RevenueTypesSub2',
] as const;
export type ResourceName = (typeof RESOURCES)[number];

const f = (key: string, en: string, fr: string, level: FieldLevel, type: FieldType, readOnly = false): FieldDef =>
  readOnly ? { key, en, fr, level, type, readOnly } : { key, en, fr, level, type };

const contactFields: FieldDef[] = [
  f('idc', 'idc', 'idc', 'contact', 'id', true),
  f('ida', 'ida', 'ida', 'account', 'id', true),
  f('externalId', 'ExternalID', 'ExternalID', 'contact', 'text'),
  f('salutation', 'Salutation', 'Civilite', 'contact', 'choice'),
  f('firstName', 'FirstName', 'Prenom', 'contact', 'text'),
  f('lastName', 'LastName', 'Nom', 'contact', 'text'),
  f('jobTitle', 'JobTitle', 'Titre', 'contact', 'text'),
  f('email', 'Email', 'Courriel', 'contact', 'email'),
  f('phone', 'Phone', 'Telephone', 'contact', 'phone'),
  f('mobile', 'Mobile', 'Cellulaire', 'contact', 'phone'),
  f('language', 'Language', 'Langue', 'contact', 'choice'),
  f('notes', 'Notes', 'Commentaires', 'contact', 'text'),
  f('linkedIn', 'Contact_Custom_LinkedIn', 'Contact_Custom_ProfilLinkedIn', 'contact', 'url'),
  f('interests', 'Contact_Custom_Interests', 'Contact_Custom_Interets', 'contact', 'multi'),
  f('source', 'Contact_Custom_Source', 'Contact_Custom_Provenance', 'contact', 'choice'),
  f('company', 'Company', 'Entreprise', 'account', 'text'),
  f('website', 'Website', 'SiteWeb', 'account', 'url'),
  f('address', 'Address', 'Adresse', 'account', 'text'),
  f('city', 'City', 'Ville', 'account', 'text'),
  f('province', 'Province', 'Province', 'account', 'text'),
  f('postalCode', 'PostalCode', 'CodePostal', 'account', 'text'),
  f('country', 'Country', 'Pays', 'account', 'text'),
  f('companyPhone', 'CompanyPhone', 'TelephoneEntreprise', 'account', 'phone'),
  f('industry', 'Account_Custom_Industry', 'Account_Custom_Secteur', 'account', 'choice'),
  f('employees', 'Account_Custom_Employees', 'Account_Custom_Employes', 'account', 'number'),
  f('tags', 'Account_Custom_Tags', 'Account_Custom_Etiquettes', 'account', 'multi'),
  f('salesRep', 'salesrep1', 'representant1', 'script', 'number'),
  f('status', 'Status', 'Statut', 'script', 'choice'),
  f('lastCall', 'LastCallDate', 'DateDernierAppel', 'script', 'date'),
  f('nextStep', 'Contact_Custom_Script_NextStep', 'Contact_Custom_Script_ProchaineEtape', 'script', 'text'),
  f('interest', 'Contact_Custom_Script_Interest', 'Contact_Custom_Script_Interet', 'script', 'multi'),
  f('budget', 'Account_Custom_Script_Budget', 'Account_Custom_Script_Budget', 'account-script', 'number'),
];

const scriptFields: FieldDef[] = [
  f('ids', 'ids', 'ids', 'record', 'id', true),
  f('name', 'Name', 'Nom', 'record', 'text'),
  f('description', 'Description', 'Description', 'record', 'text'),
  f('active', 'Active', 'Actif', 'record', 'choice'),
  f('created', 'CreatedDate', 'DateCreation', 'record', 'date'),
];

const userFields: FieldDef[] = [
  f('idu', 'idu', 'idu', 'record', 'id', true),
  f('firstName', 'FirstName', 'Prenom', 'record', 'text'),
  f('lastName', 'LastName', 'Nom', 'record', 'text'),
  f('email', 'Email', 'Courriel', 'record', 'email'),
  f('active', 'Active', 'Actif', 'record', 'choice'),
];

const opportunityFields: FieldDef[] = [
  f('ido', 'ido', 'ido', 'record', 'id', true),
  f('idc', 'idc', 'idc', 'record', 'id', true),
  f('ids', 'ids', 'ids', 'record', 'id', true),
  f('idu', 'idu', 'idu', 'record', 'id', true),
  f('title', 'Title', 'Titre', 'record', 'text'),
  f('amount', 'Amount', 'Montant', 'record', 'number'),
  f('stage', 'Stage', 'Etape', 'record', 'choice'),
  f('probability', 'Probability', 'Probabilite', 'record', 'number'),
  f('closeDate', 'CloseDate', 'DateFermeture', 'record', 'date'),
  f('idrt', 'idrt', 'idrt', 'record', 'id', true),
  f('idrts1', 'idrts1', 'idrts1', 'record', 'id', true),
  f('idrts2', 'idrts2', 'idrts2', 'record', 'id', true),
];

const revenueTypeFields: FieldDef[] = [
  f('idrt', 'idrt', 'idrt', 'record', 'id', true),
  f('name', 'Name', 'Nom', 'record', 'text'),
];
const revenueSub1Fields: FieldDef[] = [
  f('idrts1', 'idrts1', 'idrts1', 'record', 'id', true),
  f('idrt', 'idrt', 'idrt', 'record', 'id', true),
  f('name', 'Name', 'Nom', 'record', 'text'),
];
const revenueSub2Fields: FieldDef[] = [
  f('idrts2', 'idrts2', 'idrts2', 'record', 'id', true),
  f('idrts1', 'idrts1', 'idrts1', 'record', 'id', true),
  f('name', 'Name', 'Nom', 'record', 'text'),
];

export const FIELDS: Record<ResourceName, readonly FieldDef[]> = {
  Contacts: contactFields,
  Opportunities: opportunityFields,
  Users: userFields,
  Scripts: scriptFields,
  RevenueTypes: revenueTypeFields,
  RevenueTypesSub1: revenueSub1Fields,
  RevenueTypesSub2: revenueSub2Fields,
};

/** The key of each resource's own id, always returned whatever `fields` asks for. */
export const ID_KEY: Record<ResourceName, string> = {
  Contacts: 'idc',
  Opportunities: 'ido',
  Users: 'idu',
  Scripts: 'ids',
  RevenueTypes: 'idrt',
  RevenueTypesSub1: 'idrts1',
  RevenueTypesSub2: 'idrts2',
};

export const isScriptLevel = (field: FieldDef): boolean => field.level === 'script' || field.level === 'account-script';

export const fieldName = (field: FieldDef, schema: SchemaName): string => field[schema];

const ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ['CCS_', 'Contact_Custom_Script_'],
  ['ACS_', 'Account_Custom_Script_'],
  ['CC_', 'Contact_Custom_'],
  ['AC_', 'Account_Custom_'],
];

/** `CC_LinkedIn` → `Contact_Custom_LinkedIn`; the guide's four abbreviations, matched case-insensitively. */
export function expandAbbreviation(name: string): string {
  for (const [short, long] of ABBREVIATIONS) {
    if (name.slice(0, short.length).toUpperCase() === short) return long + name.slice(short.length);
  }
  return name;
}

export interface FieldRef {
  field: FieldDef;
  /** True when the name targeted a ContactScript field (`cs_…` in a query, or a key inside `ContactScript`). */
  script: boolean;
}

/**
 * Resolves a field name as a query (`fields`, `filters`) writes it: case-insensitive, abbreviations expanded,
 * `cs_` for ContactScript fields. Returns undefined for an unknown name.
 */
export function resolveQueryField(resource: ResourceName, schema: SchemaName, raw: string): FieldRef | undefined {
  const name = raw.trim();
  const fields = FIELDS[resource];
  if (resource === 'Contacts' && name.slice(0, 3).toLowerCase() === 'cs_') {
    const inner = expandAbbreviation(name.slice(3)).toLowerCase();
    if (inner === 'ids') return { field: ID_FIELD_IDS, script: true };
    const field = fields.find((d) => isScriptLevel(d) && d[schema].toLowerCase() === inner);
    return field ? { field, script: true } : undefined;
  }
  const wanted = expandAbbreviation(name).toLowerCase();
  const field = fields.find((d) => !isScriptLevel(d) && d[schema].toLowerCase() === wanted);
  return field ? { field, script: false } : undefined;
}

/** The `ids` of a ContactScript entry, as a pseudo-field so `cs_ids` can be asked for and filtered on. */
export const ID_FIELD_IDS: FieldDef = f('ids', 'ids', 'ids', 'script', 'id', true);

/** Resolves a key of a POSTed contact (full names only, case-insensitive). */
export function resolveBodyField(schema: SchemaName, raw: string, inScript: boolean): FieldDef | undefined {
  const wanted = raw.toLowerCase();
  return contactFields.find((d) => isScriptLevel(d) === inScript && d[schema].toLowerCase() === wanted);
}
