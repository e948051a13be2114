// Small fetch helpers for the sandbox's own tests: every call goes over real HTTP.

import type { Sandbox } from './server.ts';

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body when it is JSON, else undefined. */
  json: any;
}

async function answer(response: Response): Promise<Answer> {
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

export async function get(
  sandbox: Sandbox,
  resource: string,
  baseFilter?: string,
  query?: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<Answer> {
  return answer(await fetch(sandbox.url(resource, baseFilter, query), { headers }));
}

export async function post(sandbox: Sandbox, body: unknown, baseFilter = 'C', resource = 'Contacts'): Promise<Answer> {
  const payload = typeof body === 'string' ? body : JSON.stringify(body);
  return answer(
    await fetch(sandbox.url(resource, baseFilter), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: payload,
    }),
  );
}

/** Raw request on any path of the sandbox's origin. */
export async function raw(sandbox: Sandbox, path: string, init?: RequestInit): Promise<Answer> {
  return answer(await fetch(`${sandbox.origin}${path}`, init));
}

export const idsOf = (answer: Answer, idKey = 'idc'): number[] =>
  (answer.json?.Contacts ?? []).map((item: Record<string, unknown>) => item[idKey]);

/** Encodes filter conditions the way the wire wants them: TAB between elements, LF between conditions. */
export const filters = (...conditions: Array<[string, string, string, string, string]>): string =>
  conditions.map((condition) => condition.join('\t')).join('\n');
