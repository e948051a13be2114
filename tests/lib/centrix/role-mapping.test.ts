import { describe, expect, it } from 'vitest';
import { normalizeFieldName, proposeRoleMapping } from '../../../lib/centrix/role-mapping';
import type { ContactRole } from '../../../lib/centrix/types';

const mapping = (fields: string[]) =>
  Object.fromEntries(proposeRoleMapping(fields).map((p) => [p.role, p.field])) as Partial<Record<ContactRole, string>>;

describe('normalizeFieldName', () => {
  it.each([
    ['Contact_Custom_ProfilLinkedIn', ['profil', 'linked', 'in'], true],
    ['Prénom', ['prenom'], false],
    ['Nom de famille', ['nom', 'de', 'famille'], false],
    ['E-mail', ['e', 'mail'], false],
    ['JobTitle', ['job', 'title'], false],
    ['CC_LinkedIn', ['linked', 'in'], true],
    ['SITE WEB', ['site', 'web'], false],
  ])('%s', (name, words, prefixed) => {
    expect(normalizeFieldName(name)).toEqual({ words, compact: words.join(''), prefixed });
  });
});

describe('proposeRoleMapping', () => {
  it('maps the English sandbox schema', () => {
    const fields = [
      'idc',
      'ida',
      'ExternalID',
      'Salutation',
      'FirstName',
      'LastName',
      'JobTitle',
      'Email',
      'Phone',
      'Mobile',
      'Language',
      'Notes',
      'Contact_Custom_LinkedIn',
      'Contact_Custom_Interests',
      'Company',
      'Website',
      'Address',
      'CompanyPhone',
      'Account_Custom_Industry',
    ];
    expect(mapping(fields)).toEqual({
      email: 'Email',
      firstName: 'FirstName',
      lastName: 'LastName',
      company: 'Company',
      jobTitle: 'JobTitle',
      phone: 'Phone',
      website: 'Website',
      linkedinUrl: 'Contact_Custom_LinkedIn',
    });
  });

  it('maps the French sandbox schema', () => {
    const fields = [
      'idc',
      'ida',
      'ExternalID',
      'Civilite',
      'Prenom',
      'Nom',
      'Titre',
      'Courriel',
      'Telephone',
      'Cellulaire',
      'Langue',
      'Commentaires',
      'Contact_Custom_ProfilLinkedIn',
      'Contact_Custom_Interets',
      'Entreprise',
      'SiteWeb',
      'Adresse',
      'TelephoneEntreprise',
      'Account_Custom_Secteur',
    ];
    expect(mapping(fields)).toEqual({
      email: 'Courriel',
      firstName: 'Prenom',
      lastName: 'Nom',
      company: 'Entreprise',
      jobTitle: 'Titre',
      phone: 'Telephone',
      website: 'SiteWeb',
      linkedinUrl: 'Contact_Custom_ProfilLinkedIn',
    });
  });

  it.each<[string, ContactRole]>([
    ['Courriel', 'email'],
    ['Email', 'email'],
    ['E-mail', 'email'],
    ['e_mail', 'email'],
    ['Adresse courriel', 'email'],
    ['Prenom', 'firstName'],
    ['Prénom', 'firstName'],
    ['First name', 'firstName'],
    ['Nom de famille', 'lastName'],
    ['Last_Name', 'lastName'],
    ['Nom complet', 'fullName'],
    ['Full Name', 'fullName'],
    ['Entreprise', 'company'],
    ['Compagnie', 'company'],
    ['Société', 'company'],
    ['Organization', 'company'],
    ['Titre', 'jobTitle'],
    ['Poste', 'jobTitle'],
    ['Fonction', 'jobTitle'],
    ['Job title', 'jobTitle'],
    ['Téléphone', 'phone'],
    ['Phone number', 'phone'],
    ['Site web', 'website'],
    ['Website', 'website'],
    ['LinkedIn', 'linkedinUrl'],
    ['Contact_Custom_LinkedIn', 'linkedinUrl'],
    ['CC_LinkedIn_URL', 'linkedinUrl'],
    ['Contact_Custom_Courriel', 'email'],
    ['Account_Custom_Société', 'company'],
  ])('recognises %s as %s', (field, role) => {
    const [proposal] = proposeRoleMapping([field]);
    expect(proposal?.role).toBe(role);
  });

  it('ranks exact standard names above prefixed custom ones, and both above partial matches', () => {
    const exact = proposeRoleMapping(['Courriel'])[0]!.confidence;
    const prefixed = proposeRoleMapping(['Contact_Custom_Courriel'])[0]!.confidence;
    const partial = proposeRoleMapping(['Courriel bureau'])[0]!.confidence;
    expect(exact).toBe(1);
    expect(prefixed).toBeLessThan(exact);
    expect(partial).toBeLessThan(prefixed);
    expect(partial).toBeGreaterThan(0);
  });

  it('prefers the exact field when several could fit a role', () => {
    expect(mapping(['Courriel bureau', 'Courriel'])).toEqual({ email: 'Courriel' });
    expect(mapping(['Mobile', 'Telephone'])).toMatchObject({ phone: 'Telephone' });
    expect(mapping(['Mobile'])).toEqual({ phone: 'Mobile' });
  });

  it('reads Nom as the last name when a first-name field exists, else as the full name', () => {
    expect(mapping(['Prénom', 'Nom'])).toEqual({ firstName: 'Prénom', lastName: 'Nom' });
    expect(mapping(['Nom', 'Courriel'])).toEqual({ fullName: 'Nom', email: 'Courriel' });
    expect(proposeRoleMapping(['Nom'])[0]!.confidence).toBeLessThan(0.9);
  });

  it('never puts two roles on one field nor one role on two fields', () => {
    const proposals = proposeRoleMapping(['LinkedIn URL', 'Website', 'Site', 'Email', 'Courriel', 'Nom', 'Prenom']);
    const fields = proposals.map((p) => p.field);
    const roles = proposals.map((p) => p.role);
    expect(new Set(fields).size).toBe(fields.length);
    expect(new Set(roles).size).toBe(roles.length);
    expect(mapping(['LinkedIn URL', 'Website'])).toEqual({ linkedinUrl: 'LinkedIn URL', website: 'Website' });
  });

  it('ignores flags, dates and statuses that merely mention a role', () => {
    expect(mapping(['Email opt out', 'Date courriel', 'Email status'])).toEqual({});
    expect(mapping(['Notes', 'idc', 'ExternalID', 'Hotel'])).toEqual({});
  });

  it('returns proposals in role order with confidences in (0, 1]', () => {
    const proposals = proposeRoleMapping(['Website', 'Email', 'Company']);
    expect(proposals.map((p) => p.role)).toEqual(['email', 'company', 'website']);
    for (const p of proposals) {
      expect(p.confidence).toBeGreaterThan(0);
      expect(p.confidence).toBeLessThanOrEqual(1);
    }
  });
});
