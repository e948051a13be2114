// The sandbox's state machine without any HTTP: the data, the clock, the faults and the log, and the two API
// operations. server.ts wires it to sockets; tests can also drive it through the Sandbox object.

import { parseApiPath, isUrlError } from './api-url.ts';
import { createClock, type Clock } from './clock.ts';
import { FaultPlan, parseFault, type FaultSpec } from './faults.ts';
import { allFields, projectContact } from './fields.ts';
import { handleRead, ResultMemory, textResponse, type ApiResponse } from './read.ts';
import { RequestLog } from './request-log.ts';
import { FIELDS, type FieldLevel, type FieldType, type ResourceName, type SchemaName } from './schema.ts';
import { createSeedState } from './seed.ts';
import type { SandboxState } from './state.ts';
import { handleWrite } from './write.ts';

export interface CoreOptions {
  account: string;
  key: string;
  schema: SchemaName;
  empty: boolean;
  seed: number;
}

export interface FieldInfo {
  /** The name in the sandbox's current schema (what the API shows). */
  name: string;
  /** The schema-neutral key, the same in every schema (e.g. `email`). */
  key: string;
  level: FieldLevel;
  type: FieldType;
  readOnly: boolean;
}

export type FaultInput = readonly unknown[] | { seed?: number; faults: readonly unknown[] };

function stampAll(state: SandboxState, stamp: number): void {
  for (const contact of state.contacts.values()) contact.modified = stamp;
  for (const account of state.accounts.values()) account.modified = stamp;
  for (const records of Object.values(state.records)) for (const record of records) record.modified = stamp;
}

export class SandboxCore {
  readonly clock: Clock = createClock();
  readonly faults: FaultPlan;
  readonly log = new RequestLog();
  private readonly memory = new ResultMemory();
  private state!: SandboxState;
  private baseline = 0;

  constructor(readonly options: CoreOptions) {
    this.faults = new FaultPlan(options.seed);
    this.reset();
  }

  /** Back to the seed data; faults and the request log are cleared. Every record gets a fresh modification time. */
  reset(): void {
    this.state = createSeedState({ seed: this.options.seed, empty: this.options.empty });
    this.baseline = this.clock.stamp();
    stampAll(this.state, this.baseline);
    this.memory.clear();
    this.faults.clear(this.options.seed);
    this.log.clear();
  }

  /** Accepts `[fault, …]` or `{ seed, faults: [fault, …] }`; throws with a message naming the bad fault. */
  addFaults(input: FaultInput): void {
    const list = Array.isArray(input) ? input : (input as { faults?: unknown }).faults;
    const seed = Array.isArray(input) ? undefined : (input as { seed?: unknown }).seed;
    if (!Array.isArray(list)) throw new Error('expected a JSON array of faults, or {"seed": n, "faults": [...]}');
    if (seed !== undefined && !Number.isInteger(seed)) throw new Error('seed must be an integer');
    const specs: FaultSpec[] = [];
    for (const [index, raw] of list.entries()) {
      const spec = parseFault(raw, index);
      if (typeof spec === 'string') throw new Error(spec);
      specs.push(spec);
    }
    this.faults.add(specs, seed as number | undefined);
  }

  /** Adds an active contact list (for tests of what a list's name can do to the UI); returns its ids. */
  addList(name: string): number {
    const scripts = this.state.records.Scripts;
    const ids = Math.max(0, ...scripts.map((record) => Number(record.values['ids']))) + 1;
    scripts.push({
      values: { ids, name, description: '', active: '1', created: '2026-01-01' },
      modified: this.clock.stamp(),
    });
    return ids;
  }

  contacts(): Array<Record<string, unknown>> {
    const all = allFields('Contacts');
    return [...this.state.contacts.values()]
      .sort((a, b) => a.idc - b.idc)
      .map((contact) => projectContact(this.state, contact, all, this.options.schema, []));
  }

  fields(resource: ResourceName = 'Contacts'): FieldInfo[] {
    return FIELDS[resource].map((field) => ({
      name: field[this.options.schema],
      key: field.key,
      level: field.level,
      type: field.type,
      readOnly: field.readOnly ?? false,
    }));
  }

  /** Answers one API request (path without query, parsed query, body for POST). */
  handle(
    method: string,
    pathname: string,
    query: URLSearchParams,
    body: string,
    ifModifiedSince?: string,
  ): ApiResponse {
    const url = parseApiPath(pathname, this.options.account, this.options.key);
    if (isUrlError(url) && url.status === 404) return textResponse(404, url.message);
    if (method !== 'GET' && method !== 'POST') {
      return textResponse(405, `Method ${method} not allowed: use GET to read or POST to write.`, {
        Allow: 'GET, POST',
      });
    }
    if (isUrlError(url)) return textResponse(url.status, url.message);
    if (method === 'GET') {
      const { state, memory, baseline, clock } = this;
      return handleRead({ state, schema: this.options.schema, clock, memory, baseline }, url, query, ifModifiedSince);
    }
    const result = handleWrite({ state: this.state, schema: this.options.schema, clock: this.clock }, url, body);
    if (result.state) this.state = result.state;
    return result.response;
  }
}
