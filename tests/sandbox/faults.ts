// Fault injection. Plain faults queue up and each one is consumed by the next API request, in order. A fault with a
// `probability` becomes a random rule instead: for each of the next `count` API requests (forever if no count) it
// strikes with that probability, and when it strikes it lasts `run` consecutive requests (a run of 503s). Queued
// faults go first; random draws come from a seeded generator, so a run can be replayed.

import { createRandom, type Random } from './prng.ts';

export type Fault =
  | { type: 'status'; status: number; retryAfter?: string }
  | { type: 'html' }
  | { type: 'truncated' }
  | { type: 'delay'; ms: number }
  | { type: 'commit-then-fail' }
  /**
   * A 200 Success whose echo does not fit the request: `flood` (`items` contacts, a million by default), `missing`
   * (no Contacts array) or `foreign` (another contact's idc and other values). `commit: false` saves nothing.
   */
  | { type: 'echo'; echo: EchoShape; commit: boolean; items?: number }
  | { type: 'reset' };

export type EchoShape = 'flood' | 'missing' | 'foreign';
const ECHO_SHAPES: readonly EchoShape[] = ['flood', 'missing', 'foreign'];
export const MAX_ECHO_ITEMS = 2_000_000;

export type FaultSpec = Fault & { probability?: number; count?: number; run?: number };

interface RandomRule {
  fault: Fault;
  probability: number;
  remaining: number;
  run: number;
}

export const MAX_DELAY_MS = 120_000;

const isInt = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/** Validates one fault as sent to the control API; returns a message when it is not a fault. */
export function parseFault(raw: unknown, index: number): FaultSpec | string {
  const where = `fault ${index}`;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return `${where} must be an object`;
  const spec = raw as Record<string, unknown>;
  const extra: { probability?: number; count?: number; run?: number } = {};
  if (spec['probability'] !== undefined) {
    const p = spec['probability'];
    if (typeof p !== 'number' || !(p >= 0 && p <= 1)) return `${where}: probability must be between 0 and 1`;
    extra.probability = p;
  }
  for (const name of ['count', 'run'] as const) {
    if (spec[name] === undefined) continue;
    const value = spec[name];
    if (!isInt(value, 1, 1_000_000)) return `${where}: ${name} must be a positive integer`;
    extra[name] = value;
  }
  switch (spec['type']) {
    case 'status': {
      const status = spec['status'];
      if (!isInt(status, 400, 599)) return `${where}: status must be an integer from 400 to 599`;
      const retryAfter = spec['retryAfter'];
      if (retryAfter === undefined) return { type: 'status', status, ...extra };
      if (typeof retryAfter !== 'string' && !isInt(retryAfter, 0, 86_400 * 365)) {
        return `${where}: retryAfter must be delta-seconds or an HTTP-date`;
      }
      return { type: 'status', status, retryAfter: String(retryAfter), ...extra };
    }
    case 'delay': {
      const ms = spec['ms'];
      if (!isInt(ms, 0, MAX_DELAY_MS)) return `${where}: ms must be an integer from 0 to ${MAX_DELAY_MS}`;
      return { type: 'delay', ms, ...extra };
    }
    case 'echo': {
      const echo = spec['echo'];
      if (!ECHO_SHAPES.includes(echo as EchoShape)) return `${where}: echo must be one of ${ECHO_SHAPES.join(', ')}`;
      const commit = spec['commit'] ?? true;
      if (typeof commit !== 'boolean') return `${where}: commit must be true or false`;
      const items = spec['items'];
      if (items !== undefined && !isInt(items, 0, MAX_ECHO_ITEMS)) {
        return `${where}: items must be an integer from 0 to ${MAX_ECHO_ITEMS}`;
      }
      return { type: 'echo', echo: echo as EchoShape, commit, ...(items === undefined ? {} : { items }), ...extra };
    }
    case 'html':
    case 'truncated':
    case 'commit-then-fail':
    case 'reset':
      return { type: spec['type'], ...extra };
    default:
      return `${where}: unknown type ${JSON.stringify(spec['type'])} (status, html, truncated, delay, commit-then-fail, echo, reset)`;
  }
}

const bare = (spec: FaultSpec): Fault => {
  const { probability: _p, count: _c, run: _r, ...fault } = spec;
  return fault as Fault;
};

export class FaultPlan {
  private queue: Fault[] = [];
  private rules: RandomRule[] = [];
  private run: { fault: Fault; remaining: number } | undefined;
  private random: Random;

  constructor(seed: number) {
    this.random = createRandom(seed);
  }

  add(specs: readonly FaultSpec[], seed?: number): void {
    if (seed !== undefined) this.random = createRandom(seed);
    for (const spec of specs) {
      const fault = bare(spec);
      if (spec.probability === undefined) {
        for (let i = 0; i < (spec.count ?? 1); i++) this.queue.push(fault);
      } else {
        this.rules.push({
          fault,
          probability: spec.probability,
          remaining: spec.count ?? Infinity,
          run: spec.run ?? 1,
        });
      }
    }
  }

  clear(seed?: number): void {
    this.queue = [];
    this.rules = [];
    this.run = undefined;
    if (seed !== undefined) this.random = createRandom(seed);
  }

  /** The fault for the next API request, if any. */
  next(): Fault | undefined {
    const queued = this.queue.shift();
    if (queued) return queued;
    let chosen: Fault | undefined;
    if (this.run) {
      chosen = this.run.fault;
      if (--this.run.remaining <= 0) this.run = undefined;
    }
    for (const rule of this.rules) {
      if (!chosen && this.random() < rule.probability) {
        chosen = rule.fault;
        if (rule.run > 1) this.run = { fault: rule.fault, remaining: rule.run - 1 };
      }
      rule.remaining--;
    }
    this.rules = this.rules.filter((rule) => rule.remaining > 0);
    return chosen;
  }

  pending(): { queued: Fault[]; random: Array<Omit<RandomRule, 'remaining'> & { remaining: number | null }> } {
    return {
      queued: [...this.queue],
      random: this.rules.map((rule) => ({
        ...rule,
        remaining: Number.isFinite(rule.remaining) ? rule.remaining : null,
      })),
    };
  }
}
