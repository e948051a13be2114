import { describe, expect, it } from 'vitest';
import { describeFailure, formatWait, makeFailure } from '../../../lib/centrix/failures';
import type { CentrixFailureData, CentrixFailureKind } from '../../../lib/centrix/types';

const base = { retryable: false, attempts: 1 };
const cases: [CentrixFailureKind, Partial<CentrixFailureData>, string, string][] = [
  ['bad-credentials', { status: 401 }, 'refused the account number', 'a refusé le numéro de compte'],
  ['unavailable', { retryAfterMs: 120_000 }, 'Try again in 2 min', 'Réessayez dans 2 min'],
  ['unavailable', {}, 'Try again later', 'Réessayez plus tard'],
  ['rate-limited', { retryAfterMs: 3_000 }, 'Try again in 3 s', 'Réessayez dans 3 s'],
  ['invalid-response', { problem: 'truncated' }, 'could not be used (incomplete)', 'inutilisable (incomplète)'],
  [
    'http',
    { status: 400, serverText: 'Unknown field "Foo"' },
    'error 400: Unknown field "Foo"',
    "l'erreur 400 : Unknown",
  ],
  ['http', { status: 502 }, 'error 502.', "l'erreur 502."],
  ['network', {}, 'could not be reached', 'Impossible de joindre'],
  ['timeout', {}, 'did not answer in time', "n'a pas répondu à temps"],
  ['ambiguous-write', { cause: 'timeout' }, 'not known whether the save reached', "On ne sait pas si l'enregistrement"],
  ['invalid-request', { code: 'filter-value', detail: 'Email' }, 'field Email contains a tab', 'champ Email contient'],
  ['invalid-request', { code: 'key' }, 'API key may contain only', "La clé d'API ne peut contenir"],
  ['unexpected', { reason: 'boom' }, 'Unexpected error', 'Erreur inattendue'],
];

describe('failure messages', () => {
  it.each(cases)('%s %j reads well in English and French', (kind, extra, en, fr) => {
    const failure = makeFailure({ kind, ...base, ...extra });
    expect(failure.message('en')).toContain(en);
    expect(failure.message('fr')).toContain(fr);
    expect(describeFailure({ kind, ...base, ...extra }, 'en')).toBe(failure.message('en'));
  });

  it('keeps the method out of JSON and structured clones', () => {
    const failure = makeFailure({ kind: 'timeout', ...base });
    expect(JSON.parse(JSON.stringify(failure))).toEqual({ kind: 'timeout', ...base });
    expect(structuredClone(failure)).toEqual({ kind: 'timeout', ...base });
  });

  it('rounds waits up', () => {
    expect(formatWait('en', 1)).toBe('1 s');
    expect(formatWait('en', 88_001)).toBe('89 s');
    expect(formatWait('fr', 90_000)).toBe('2 min');
  });
});
