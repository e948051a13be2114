// Raw material for the seed data. Deliberately includes accents, apostrophes, commas, ampersands and one very long
// company name, because those are what break encoders, filters and layouts.

export const FIRST_NAMES = [
  'Émilie',
  'Jean-François',
  'Chloé',
  'Olivier',
  'Zoë',
  'Mathieu',
  'Sophie',
  'Noël',
  'Amélie',
  'Liam',
  'Hélène',
  'Kwame',
  'Aoife',
  'Renée',
  'Søren',
  'Ines',
  'Marc-André',
  'Priya',
  'José',
  'Françoise',
  'Wei',
  'Björn',
  'Siobhán',
  'Thomas',
  'Léa',
  'Nathan',
  'Maëlle',
  'Ahmed',
  'Gabrielle',
  'Hugo',
] as const;

export const LAST_NAMES = [
  "O'Brien",
  "D'Amours",
  'Tremblay',
  'Gagnon',
  'Côté',
  'Bélanger',
  'Lévesque',
  'Nguyen',
  'Smith',
  'García',
  'Ouellet',
  "L'Heureux",
  'Müller',
  'Roy',
  'Bouchard',
  'Okafor',
  'Pelletier',
  'Fortin',
  'Łukasik',
  'Dubé',
  'Martin',
  'Chen',
  'Girard',
  "Dell'Acqua",
  'Caron',
  'Morin',
  'Bergeron',
  'Poirier',
  'Kowalski',
  'Thériault',
] as const;

export const JOB_TITLES = [
  'Directrice des ventes',
  'VP Marketing',
  'Chief Executive Officer',
  'Responsable des achats',
  'CTO',
  'Account Manager',
  'Développeur principal',
  'Head of Growth',
  'Office Manager',
  'Président-directeur général',
  'Sales Operations Analyst',
  "Chargée d'affaires",
] as const;

export interface CompanySeed {
  name: string;
  domain: string;
  city: string;
  province: string;
  country: string;
}

export const COMPANIES: readonly CompanySeed[] = [
  { name: 'Acme Test Corp', domain: 'acme-test.example', city: 'Montréal', province: 'QC', country: 'Canada' },
  { name: 'Centrix Demo Inc.', domain: 'centrix-demo.example', city: 'Québec', province: 'QC', country: 'Canada' },
  {
    name: "L'Atelier d'Édith",
    domain: 'atelier-edith.example',
    city: 'Trois-Rivières',
    province: 'QC',
    country: 'Canada',
  },
  {
    name:
      'Société Internationale de Développement, de Fabrication et de Distribution de Solutions Numériques ' +
      'Avancées pour les Entreprises Manufacturières du Québec et des Maritimes Inc.',
    domain: 'sidfd.example',
    city: 'Sherbrooke',
    province: 'QC',
    country: 'Canada',
  },
  { name: 'Smith, Jones & Partners', domain: 'sjp.example', city: 'Toronto', province: 'ON', country: 'Canada' },
  { name: 'Boulangerie Côté', domain: 'boulangerie-cote.example', city: 'Lévis', province: 'QC', country: 'Canada' },
  { name: 'Nordic Fjord AS', domain: 'nordicfjord.example', city: 'Bergen', province: '', country: 'Norway' },
  { name: 'Globex', domain: 'globex.example', city: 'Springfield', province: 'IL', country: 'USA' },
  { name: 'Initech', domain: 'initech.example', city: 'Austin', province: 'TX', country: 'USA' },
  { name: 'Umbrella Santé', domain: 'umbrella-sante.example', city: 'Laval', province: 'QC', country: 'Canada' },
  { name: 'Café "Le Grain"', domain: 'legrain.example', city: 'Gatineau', province: 'QC', country: 'Canada' },
  {
    name: 'Müller & Söhne GmbH',
    domain: 'mueller-soehne.example',
    city: 'München',
    province: 'BY',
    country: 'Germany',
  },
  { name: 'Test Logistique', domain: 'test-logistique.example', city: 'Longueuil', province: 'QC', country: 'Canada' },
  { name: 'Hooli', domain: 'hooli.example', city: 'Palo Alto', province: 'CA', country: 'USA' },
  { name: 'Pied Piper', domain: 'piedpiper.example', city: 'Palo Alto', province: 'CA', country: 'USA' },
  { name: 'Érablière Lévesque', domain: 'erabliere.example', city: 'Rimouski', province: 'QC', country: 'Canada' },
  { name: 'Vandelay Industries', domain: 'vandelay.example', city: 'New York', province: 'NY', country: 'USA' },
  { name: 'Dunder Mifflin', domain: 'dundermifflin.example', city: 'Scranton', province: 'PA', country: 'USA' },
  { name: 'Wayne Enterprises', domain: 'wayne.example', city: 'Gotham', province: 'NJ', country: 'USA' },
  { name: 'Ferme du Ruisseau', domain: 'ferme-ruisseau.example', city: 'Saguenay', province: 'QC', country: 'Canada' },
];

export const STREETS = [
  'rue Sainte-Catherine',
  'King Street West',
  'boulevard René-Lévesque',
  'Main Street',
  "chemin de l'Anse",
];
export const INDUSTRIES = ['Manufacturing', 'Software', 'Retail', 'Health', 'Food', 'Logistics'] as const;
export const TAGS = ['Key account', 'Partner', 'Prospect', 'Québec', 'Export'] as const;
export const INTERESTS = ['CRM', 'Automation', 'Analytics', 'Téléphonie', 'Formation'] as const;
export const SOURCES = ['LinkedIn', 'Web', 'Referral', 'Salon', 'Cold call'] as const;
export const SALUTATIONS = ['Mr.', 'Ms.', 'Dr.', 'M.', 'Mme'] as const;
export const STATUSES = ['New', 'Contacted', 'Qualified', 'Meeting booked', 'Not interested'] as const;
export const NEXT_STEPS = ['Call back in 2 weeks', "Envoyer l'offre", 'Demo booked', '', 'Wait for budget'] as const;
export const STAGES = ['Prospecting', 'Proposal', 'Negotiation', 'Won', 'Lost'] as const;

export const LISTS = [
  { name: 'Prospects Québec 2025', description: 'Salon, LinkedIn et références' },
  { name: 'Webinar attendees', description: 'Registered for the spring webinar' },
  { name: 'Clients actifs — renouvellement', description: 'Contrats à renouveler cette année' },
  { name: 'Cold outreach Q3', description: '' },
  { name: 'Partenaires & revendeurs', description: 'Réseau de distribution' },
] as const;

export const USERS = [
  ['Marie', 'Lefebvre'],
  ['David', 'Cohen'],
  ['Anne-Sophie', "D'Anjou"],
  ['Kevin', 'Park'],
  ['Élise', 'Marchand'],
  ['Robert', 'Fournier'],
] as const;

export const REVENUE_TYPES = [
  { name: 'Licences', subs: [['Annuelle', 'Mensuelle'], ['Perpétuelle']] },
  { name: 'Services', subs: [['Implantation', 'Formation'], ['Support premium']] },
  { name: 'Matériel', subs: [['Téléphones IP'], ['Casques', 'Accessoires']] },
  { name: 'Abonnements', subs: [['Cloud'], ['SMS', 'Courriel']] },
] as const;
