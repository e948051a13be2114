// A tiny WebDriver BiDi client over `ws`, enough to drive Firefox without geckodriver (there is none here).
//
// Exports:
//   connectBidi(wsUrl) → Promise<BidiClient>   connect to `<ws endpoint>/session`
//   BidiClient.send(method, params)             one command; rejects with BidiError on an error reply
//   BidiClient.on(event, handler) → off()       listen to an event (after `session.subscribe`)
//   BidiClient.close()                          close the socket; pending commands reject
//   fromRemoteValue(value)                      BiDi RemoteValue → plain JS (primitives, arrays, objects, maps)
//   BidiError, and the types below for the few commands the harness uses.
import WebSocket from 'ws';

export interface BrowsingContextInfo {
  context: string;
  url: string;
  parent?: string | null;
  children: BrowsingContextInfo[] | null;
}

export interface RealmInfo {
  realm: string;
  origin: string;
  type: string;
  context?: string;
}

export type RemoteValue =
  | { type: 'undefined' | 'null' }
  | { type: 'string'; value: string }
  | { type: 'number'; value: number | 'NaN' | '-0' | 'Infinity' | '-Infinity' }
  | { type: 'boolean'; value: boolean }
  | { type: 'bigint'; value: string }
  | { type: 'array' | 'set'; value?: RemoteValue[] }
  | { type: 'object' | 'map'; value?: [string | RemoteValue, RemoteValue][] }
  | { type: string; value?: unknown; handle?: string };

export type EvaluateResult =
  | { type: 'success'; result: RemoteValue; realm: string }
  | { type: 'exception'; exceptionDetails: { text: string; lineNumber?: number }; realm: string };

export interface LogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  type: string;
  text: string | null;
  source: { realm: string; context?: string };
}

export class BidiError extends Error {
  constructor(
    readonly method: string,
    readonly error: string,
    detail: string,
  ) {
    super(`${method}: ${error} ${detail}`);
    this.name = 'BidiError';
  }
}

export interface BidiClient {
  send<T = unknown>(method: string, params?: Record<string, unknown>): Promise<T>;
  on(event: string, handler: (params: unknown) => void): () => void;
  close(): void;
}

interface Pending {
  method: string;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export async function connectBidi(wsUrl: string): Promise<BidiClient> {
  const ws = new WebSocket(wsUrl);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let nextId = 0;
  const pending = new Map<number, Pending>();
  const listeners = new Map<string, Set<(params: unknown) => void>>();

  ws.on('message', (data) => {
    const message = JSON.parse(String(data)) as {
      id?: number;
      type: string;
      method?: string;
      params?: unknown;
      result?: unknown;
      error?: string;
      message?: string;
    };
    if (message.type === 'event' && message.method) {
      for (const handler of listeners.get(message.method) ?? []) handler(message.params);
      return;
    }
    const waiting = message.id === undefined ? undefined : pending.get(message.id);
    if (!waiting || message.id === undefined) return;
    pending.delete(message.id);
    if (message.type === 'error') {
      waiting.reject(new BidiError(waiting.method, message.error ?? 'error', message.message ?? ''));
    } else {
      waiting.resolve(message.result);
    }
  });
  ws.on('close', () => {
    for (const waiting of pending.values()) waiting.reject(new BidiError(waiting.method, 'closed', 'socket closed'));
    pending.clear();
  });

  return {
    send<T>(method: string, params: Record<string, unknown> = {}) {
      return new Promise<T>((resolve, reject) => {
        if (ws.readyState !== WebSocket.OPEN) {
          reject(new BidiError(method, 'closed', 'socket not open'));
          return;
        }
        const id = ++nextId;
        pending.set(id, { method, resolve: resolve as (value: unknown) => void, reject });
        ws.send(JSON.stringify({ id, method, params }));
      });
    },
    on(event, handler) {
      const set = listeners.get(event) ?? new Set();
      set.add(handler);
      listeners.set(event, set);
      return () => set.delete(handler);
    },
    close() {
      ws.close();
    },
  };
}

export function fromRemoteValue(value: RemoteValue): unknown {
  switch (value.type) {
    case 'undefined':
      return undefined;
    case 'null':
      return null;
    case 'string':
    case 'boolean':
      return value.value;
    case 'number': {
      const v = value.value;
      if (typeof v === 'number') return v;
      return v === 'NaN' ? NaN : v === '-0' ? -0 : v === 'Infinity' ? Infinity : -Infinity;
    }
    case 'bigint':
      return BigInt(value.value as string);
    case 'array':
    case 'set':
      return ((value.value as RemoteValue[] | undefined) ?? []).map(fromRemoteValue);
    case 'object':
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const [key, item] of (value.value as [string | RemoteValue, RemoteValue][] | undefined) ?? []) {
        out[typeof key === 'string' ? key : String(fromRemoteValue(key))] = fromRemoteValue(item);
      }
      return out;
    }
    default:
      // Nodes, windows, functions…: not needed by the tests; say what it was rather than guess.
      return { bidiType: value.type };
  }
}
