// The user's settings (everything but the credentials), as one validated object. The options page edits it through
// `ui/settings-save`; the background reads it through `settingsItem` (lib/storage/items.ts). Nothing here is
// secret: it lives in storage.local, which content scripts can read.
import { CONTACT_ROLES } from '../centrix/types';
import { z } from '../messaging/zod-config';
import type { SiteId } from '../shared/site';

export { CONTACT_ROLES };

/** A Centrix field name as `fields=all` spells it: no comma, no control character, not blank. */
export const FieldNameSchema = z
  .string()
  .min(1)
  .max(128)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
  .regex(/^[^,\u0000-\u001f\u007f]+$/)
  .refine((s) => s.trim() === s, 'no surrounding spaces');

/** A contact list (Centrix "script") id: digits, as the base filter `S<ids>` requires. */
export const ListIdSchema = z.string().regex(/^[0-9]{1,18}$/);

export const FieldMappingSchema = z.partialRecord(z.enum(CONTACT_ROLES), FieldNameSchema);

export const SitesSchema = z.object({
  linkedin: z.boolean(),
  gmail: z.boolean(),
  /** Any other site, scanned only when the user asks (context menu or popup). */
  others: z.boolean(),
});

export const SettingsSchema = z.object({
  apiLanguage: z.enum(['EN', 'FR']),
  uiLanguage: z.enum(['en', 'fr']),
  fieldMapping: FieldMappingSchema,
  defaultListIds: z.array(ListIdSchema).max(20),
  sites: SitesSchema,
  /** Give each new contact an ExternalID, so an uncertain create can be re-sent as an idempotent upsert. */
  assignExternalIds: z.boolean(),
  /** Only honoured by sandbox builds (`import.meta.env.CENTRIX_SANDBOX`); production always uses the real API. */
  devApiBaseUrl: z
    .string()
    .max(200)
    .regex(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/)
    .nullable(),
});

export type Settings = z.infer<typeof SettingsSchema>;
export type FieldMapping = z.infer<typeof FieldMappingSchema>;
export type SettingsPatch = Partial<Settings>;

/** The site switch that covers a site (stored settings name ordinary pages `others`). */
export function siteEnabled(sites: Settings['sites'], site: SiteId): boolean {
  return site === 'other' ? sites.others : sites[site];
}

export const DEFAULT_SETTINGS: Settings = {
  apiLanguage: 'EN',
  uiLanguage: 'en',
  fieldMapping: {},
  defaultListIds: [],
  sites: { linkedin: true, gmail: true, others: true },
  assignExternalIds: false,
  devApiBaseUrl: null,
};

/** Whatever storage holds (older, hand-edited, corrupted), a valid Settings: bad parts fall back to defaults. */
export function sanitizeSettings(raw: unknown): Settings {
  const whole = SettingsSchema.safeParse(raw);
  if (whole.success) return whole.data;
  const obj = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const part = SettingsSchema.shape[key].safeParse(obj[key]);
    out[key] = part.success ? part.data : DEFAULT_SETTINGS[key];
  }
  if (out.fieldMapping === DEFAULT_SETTINGS.fieldMapping) out.fieldMapping = keepValidMappings(obj.fieldMapping);
  return out as Settings;
}

function keepValidMappings(raw: unknown): FieldMapping {
  if (raw === null || typeof raw !== 'object') return {};
  const mapping: FieldMapping = {};
  for (const role of CONTACT_ROLES) {
    const field = FieldNameSchema.safeParse((raw as Record<string, unknown>)[role]);
    if (field.success) mapping[role] = field.data;
  }
  return mapping;
}
