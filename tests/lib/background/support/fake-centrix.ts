// An in-memory Centrix for unit tests of the background: contacts with idc/ExternalID semantics, OR filters with
// `=` and `[=]`, and scripted outcomes for each POST. The sandbox server over HTTP is used by the integration tests.
import { makeFailure } from '../../../../lib/centrix/failures';
import type {
  CentrixClient,
  CentrixContact,
  CentrixFailureData,
  CentrixResult,
  ContactInput,
  FilterExpr,
} from '../../../../lib/centrix/types';

export type PostFault =
  /** The server saves, then the answer is lost (500 / timeout): the client reports an ambiguous write. */
  | 'commit-then-fail'
  /** 503 before anything is saved. */
  | { status: 503; retryAfterMs?: number }
  | { status: 400; text: string }
  | 'bad-credentials'
  /** Saves, then never answers: the worker is stopped while it waits. */
  | 'hang-after-commit';

const fail = (data: Omit<CentrixFailureData, 'attempts'> & { attempts?: number }) => ({
  ok: false as const,
  error: makeFailure({ attempts: 1, ...data }),
});

function matches(contact: CentrixContact, expr: FilterExpr): boolean {
  if ('items' in expr) {
    return expr.join === 'OR'
      ? expr.items.some((e) => matches(contact, e))
      : expr.items.every((e) => matches(contact, e));
  }
  const value = String(contact[expr.field] ?? '').toLowerCase();
  const wanted = expr.value.toLowerCase();
  if (expr.op === '=') return value === wanted;
  if (expr.op === '[=]') return value.includes(wanted);
  if (expr.op === '[=') return value.startsWith(wanted);
  throw new Error(`fake: operator ${expr.op} not supported`);
}

export class FakeCentrix {
  contacts: CentrixContact[] = [];
  posts: ContactInput[][] = [];
  reads: FilterExpr[] = [];
  postFaults: PostFault[] = [];
  readFaults: CentrixFailureData['kind'][] = [];
  private nextIdc = 1000;

  private apply(input: ContactInput): CentrixContact {
    const { ContactScript: _lists, ...fields } = input;
    const existing =
      input.idc !== undefined
        ? this.contacts.find((c) => String(c.idc) === String(input.idc))
        : input.ExternalID !== undefined
          ? this.contacts.find((c) => c.ExternalID === input.ExternalID)
          : undefined;
    if (existing) {
      Object.assign(existing, fields);
      return existing;
    }
    const created: CentrixContact = { ...fields, idc: String(this.nextIdc++) };
    this.contacts.push(created);
    return created;
  }

  /** Contacts whose `field` equals `value` (case-insensitive): more than one means a duplicate. */
  count(field: string, value: string): number {
    return this.contacts.filter((c) => String(c[field] ?? '').toLowerCase() === value.toLowerCase()).length;
  }

  client(): CentrixClient {
    const unsupported = async () => fail({ kind: 'unexpected', retryable: false, reason: 'fake: not supported' });
    return {
      readContacts: async (query) => {
        const fault = this.readFaults.shift();
        if (fault) return fail({ kind: fault, retryable: true });
        if (query?.filters) this.reads.push(query.filters);
        const found = this.contacts.filter((c) => !query?.filters || matches(c, query.filters));
        return { ok: true, value: found.map((c) => ({ ...c })), fromCache: false };
      },
      saveContacts: (contacts) => {
        this.posts.push(contacts.map((c) => ({ ...c })));
        const fault = this.postFaults.shift();
        const creates = contacts.flatMap((c, i) => (c.idc === undefined && c.ExternalID === undefined ? [i] : []));
        if (fault === 'bad-credentials')
          return Promise.resolve(fail({ kind: 'bad-credentials', status: 401, retryable: false }));
        if (typeof fault === 'object' && fault.status === 503) {
          return Promise.resolve(
            fail({ kind: 'unavailable', status: 503, retryable: true, retryAfterMs: fault.retryAfterMs }),
          );
        }
        if (typeof fault === 'object' && fault.status === 400) {
          return Promise.resolve(fail({ kind: 'http', status: 400, serverText: fault.text, retryable: false }));
        }
        const saved = contacts.map((c) => this.apply(c));
        if (fault === 'hang-after-commit') return new Promise<never>(() => undefined);
        if (fault === 'commit-then-fail') {
          const kind = creates.length > 0 ? 'ambiguous-write' : 'http';
          return Promise.resolve(fail({ kind, cause: 'http', status: 500, retryable: true, createIndexes: creates }));
        }
        const result: CentrixResult<{ contacts: CentrixContact[]; echoComplete: boolean }> = {
          ok: true,
          value: { contacts: saved.map((c) => ({ idc: c.idc })), echoComplete: true },
          fromCache: false,
        };
        return Promise.resolve(result);
      },
      readScripts: async () => ({
        ok: true,
        value: [
          { ids: 12, Name: 'Prospects' },
          { ids: '7', Nom: 'Salons' },
          { ids: 'bad', Name: 'x' },
        ],
        fromCache: false,
      }),
      readUsers: unsupported,
      readOpportunities: unsupported,
      readRevenueTypes: unsupported,
      readFieldCatalogue: async () => ({
        ok: true,
        value: {
          known: true,
          contactFields: ['FirstName', 'LastName', 'Email', 'Company', 'Contact_Custom_LinkedIn'],
          samples: { FirstName: 'Ada', Email: 'ada@example.com' },
          contactScriptFields: ['Status'],
          sampleSize: 3,
        },
        fromCache: false,
      }),
      testConnection: async () => ({ ok: true, value: { scripts: 2 }, fromCache: false }),
    };
  }
}
