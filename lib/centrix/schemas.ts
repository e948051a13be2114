// Response schemas of the seven resources. Success is `{"Result": "Success", "<Resource>": [ … ]}`; records keep
// every field they carry (custom fields are normal), only the few the client relies on are typed.
import { MULTI_CHOICE_SEPARATOR, SUCCESS_RESULT, resultArrayName } from './assumptions';
import { CentrixRequestError } from './request-error';
import type { CentrixResource } from './types';
import { z } from './zod';

const id = z.union([z.string(), z.number()]);

export const recordSchema = z.looseObject({});

export const contactScriptEntrySchema = z.looseObject({ ids: id });

export const contactSchema = z.looseObject({
  idc: id.optional(),
  ExternalID: z.union([z.string(), z.number(), z.null()]).optional(),
  // `null` is read as "no list" so callers only ever see an array or nothing.
  ContactScript: z
    .array(contactScriptEntrySchema)
    .nullish()
    .transform((entries) => entries ?? undefined),
});

/** The part every answer shares: checked first, so "Result is not Success" is told apart from a shape mismatch. */
export const resultEnvelopeSchema = z.looseObject({ Result: z.unknown() });

const itemSchemas = {
  Contacts: contactSchema,
  Opportunities: recordSchema,
  Users: recordSchema,
  Scripts: recordSchema,
  RevenueTypes: recordSchema,
  RevenueTypesSub1: recordSchema,
  RevenueTypesSub2: recordSchema,
} as const satisfies Record<CentrixResource, z.ZodType>;

/** A read answer of `resource`: the array (named after the resource) is required, possibly empty. */
export function readResponseSchema<R extends CentrixResource>(resource: R) {
  return z.looseObject({
    Result: z.literal(SUCCESS_RESULT),
    [resultArrayName(resource)]: z.array(itemSchemas[resource]),
  });
}

export type ReadItem<R extends CentrixResource> = z.infer<(typeof itemSchemas)[R]>;

/** The answer to a save: Success is what matters; the echo is read separately so a bad echo does not hide a save. */
export const saveResponseSchema = z.looseObject({ Result: z.literal(SUCCESS_RESULT) });
export const saveEchoSchema = z.array(contactSchema);

/** The items of a validated read answer. */
export function itemsOf<R extends CentrixResource>(resource: R, body: unknown): ReadItem<R>[] {
  return (body as Record<string, ReadItem<R>[]>)[resultArrayName(resource)] ?? [];
}

/** The choices of a multiple-choice value (`a::b` → `['a', 'b']`; empty → `[]`). */
export function splitChoices(value: string | null | undefined): string[] {
  if (value === null || value === undefined || value === '') return [];
  return value.split(MULTI_CHOICE_SEPARATOR);
}

/**
 * Joins choices for a multiple-choice field. Refuses a choice that is empty, contains `::`, or starts or ends with
 * `:` (which would read back differently), so `splitChoices(joinChoices(x))` always equals `x`.
 */
export function joinChoices(choices: readonly string[]): string {
  for (const choice of choices) {
    if (choice === '' || choice.includes(MULTI_CHOICE_SEPARATOR) || choice.startsWith(':') || choice.endsWith(':')) {
      throw new CentrixRequestError('choice', 'a choice is empty, contains "::" or starts or ends with ":"', choice);
    }
  }
  return choices.join(MULTI_CHOICE_SEPARATOR);
}

/** A short description of the first schema issues, e.g. `Contacts.0.idc: Invalid input` (caller redacts). */
export function describeIssues(error: z.ZodError, max = 2): string {
  return error.issues
    .slice(0, max)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}
