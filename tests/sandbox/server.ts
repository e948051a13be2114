// The Centrix sandbox: an in-memory fake of the CentrixOne API over Node's http, plus a control API under
// /__sandbox/ for tests (faults, reset, request log, contact dump). See README.md in this folder.

import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { SandboxCore, type FaultInput, type FieldInfo } from './core.ts';
import type { Fault } from './faults.ts';
import { JSON_TYPE, TEXT_TYPE, type ApiResponse } from './read.ts';
import { redactUrl, type RequestLogEntry } from './request-log.ts';
import type { ResourceName, SchemaName } from './schema.ts';

export interface SandboxOptions {
  /** 0 = a free port chosen by the system (the default). */
  port?: number;
  host?: string;
  account?: string;
  key?: string;
  schema?: SchemaName;
  /** Start with no contacts (lists, users, revenue types still exist). */
  empty?: boolean;
  /** Seed of the data generator and of random faults. */
  seed?: number;
}

export interface Sandbox {
  origin: string;
  apiBase: string;
  account: string;
  key: string;
  schema: SchemaName;
  close(): Promise<void>;
  /** Full API URL (it contains the key: for tests only). `query` values are encoded here. */
  url(resource: ResourceName | string, baseFilter?: string, query?: Record<string, string>): string;
  reset(): void;
  addFaults(faults: FaultInput): void;
  clearFaults(): void;
  pendingFaults(): ReturnType<SandboxCore['faults']['pending']>;
  requests(): RequestLogEntry[];
  clearRequests(): void;
  /** Every contact with every field, as `fields=all` shows it. */
  contacts(): Array<Record<string, unknown>>;
  /** Adds an active contact list named `name`; returns its ids. */
  addList(name: string): number;
  /** The field catalogue of a resource, with names in this sandbox's schema. */
  fields(resource?: ResourceName): FieldInfo[];
  /** The name, in this sandbox's schema, of a Contacts field given by its schema-neutral key (e.g. `email`). */
  fieldName(key: string): string;
}

export const DEFAULT_ACCOUNT = '1234';
export const DEFAULT_KEY = 'sandbox-key';
const MAX_BODY_BYTES = 5 * 1024 * 1024;
const CONTROL_PREFIX = '/__sandbox/';

const HTML_PAGE =
  '<!DOCTYPE html><html><head><title>Maintenance</title></head>' +
  '<body><h1>CentrixOne is under maintenance</h1><p>Please try again later.</p></body></html>';

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, response: ApiResponse): void {
  if (res.destroyed) return;
  const headers: Record<string, string | number> = { ...response.headers };
  if (response.status !== 304) headers['Content-Length'] = Buffer.byteLength(response.body);
  res.writeHead(response.status, headers);
  res.end(response.status === 304 ? undefined : response.body);
}

const json = (status: number, value: unknown): ApiResponse => ({
  status,
  headers: { 'Content-Type': JSON_TYPE },
  body: JSON.stringify(value),
});
const text = (status: number, message: string): ApiResponse => ({
  status,
  headers: { 'Content-Type': TEXT_TYPE },
  body: message,
});

function splitUrl(raw: string): { pathname: string; query: URLSearchParams } {
  const at = raw.indexOf('?');
  return at < 0
    ? { pathname: raw, query: new URLSearchParams() }
    : { pathname: raw.slice(0, at), query: new URLSearchParams(raw.slice(at + 1)) };
}

/** A Success answer whose echo does not fit the request (see the `echo` fault). */
function falseEcho(fault: Extract<Fault, { type: 'echo' }>, body: string): ApiResponse {
  const headers = { 'Content-Type': JSON_TYPE };
  if (fault.echo === 'missing') return { status: 200, headers, body: '{"Result":"Success"}' };
  if (fault.echo === 'flood') {
    const items = fault.items ?? 1_000_000;
    const echoed = items === 0 ? '' : `{"idc":1}${',{"idc":1}'.repeat(items - 1)}`;
    return { status: 200, headers, body: `{"Result":"Success","Contacts":[${echoed}]}` };
  }
  let sent: unknown[] = [];
  try {
    const parsed = JSON.parse(body) as { Contacts?: unknown };
    if (Array.isArray(parsed.Contacts)) sent = parsed.Contacts;
  } catch {
    // Not a body the sandbox read: nothing to echo.
  }
  const other = (contact: unknown) =>
    Object.fromEntries(
      Object.entries(typeof contact === 'object' && contact !== null ? contact : {}).map(([field, value]) => [
        field,
        typeof value === 'string' ? `${value} (someone else)` : value,
      ]),
    );
  const echoed = sent.map((contact, i) => ({ ...other(contact), idc: 900_000 + i }));
  return { status: 200, headers, body: JSON.stringify({ Result: 'Success', Contacts: echoed }) };
}

function faultResponse(fault: Fault): ApiResponse {
  if (fault.type === 'html')
    return { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: HTML_PAGE };
  const status = fault.type === 'status' ? fault.status : 500;
  const headers: Record<string, string> = { 'Content-Type': TEXT_TYPE };
  if (fault.type === 'status' && fault.retryAfter !== undefined) headers['Retry-After'] = fault.retryAfter;
  return { status, headers, body: `${STATUS_CODES[status] ?? 'Error'} (sandbox fault).` };
}

function truncate(response: ApiResponse): ApiResponse {
  const bytes = Buffer.from(response.body.length > 0 ? response.body : '{"Result":"Success","Contacts":[]}');
  const cut = bytes.subarray(0, Math.max(1, Math.floor(bytes.length / 2)));
  return { status: 200, headers: { 'Content-Type': JSON_TYPE }, body: cut };
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const core = new SandboxCore({
    account: options.account ?? DEFAULT_ACCOUNT,
    key: options.key ?? DEFAULT_KEY,
    schema: options.schema ?? 'en',
    empty: options.empty ?? false,
    seed: options.seed ?? 1,
  });
  const { account, key, schema } = core.options;
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let closing = false;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  async function control(req: IncomingMessage, pathname: string): Promise<ApiResponse> {
    const route = `${req.method} ${pathname.replace(/\/+$/, '')}`;
    switch (route) {
      case 'POST /__sandbox/faults': {
        const body = await readBody(req);
        try {
          core.addFaults(JSON.parse(body ?? '') as FaultInput);
        } catch (error) {
          return text(400, `Invalid faults: ${(error as Error).message}`);
        }
        return json(200, core.faults.pending());
      }
      case 'GET /__sandbox/faults':
        return json(200, core.faults.pending());
      case 'DELETE /__sandbox/faults':
        core.faults.clear();
        return json(200, core.faults.pending());
      case 'POST /__sandbox/reset':
        core.reset();
        return json(200, { reset: true });
      case 'GET /__sandbox/requests':
        return json(200, core.log.list());
      case 'DELETE /__sandbox/requests':
        core.log.clear();
        return json(200, []);
      case 'GET /__sandbox/contacts':
        return json(200, { Contacts: core.contacts() });
      case 'GET /__sandbox/fields':
        return json(200, core.fields());
      default:
        return text(404, 'Unknown sandbox control route.');
    }
  }

  async function api(req: IncomingMessage, res: ServerResponse, rawUrl: string): Promise<void> {
    const method = req.method ?? 'GET';
    const { pathname, query } = splitUrl(rawUrl);
    const logged = (status: number, fault?: Fault) =>
      core.log.add({
        time: new Date().toISOString(),
        method,
        path: redactUrl(rawUrl, key),
        status,
        ...(fault ? { fault: fault.type } : {}),
      });
    const body = method === 'POST' ? await readBody(req) : '';
    const fault = core.faults.next();
    if (fault?.type === 'reset') {
      logged(0, fault);
      req.socket.destroy();
      return;
    }
    if (fault?.type === 'status' || fault?.type === 'html') {
      const response = faultResponse(fault);
      logged(response.status, fault);
      send(res, response);
      return;
    }
    if (fault?.type === 'delay') await sleep(fault.ms);
    if (closing) return;
    const saves = !(fault?.type === 'echo' && !fault.commit);
    let response =
      body === undefined
        ? text(413, `Request body larger than ${MAX_BODY_BYTES} bytes.`)
        : !saves
          ? { status: 200, headers: {}, body: '' }
          : core.handle(
              method,
              pathname,
              query,
              body,
              fault?.type === 'truncated' ? undefined : req.headers['if-modified-since'],
            );
    if (fault?.type === 'commit-then-fail') response = faultResponse(fault);
    if (fault?.type === 'echo' && response.status === 200 && body !== undefined) response = falseEcho(fault, body);
    if (fault?.type === 'truncated') response = truncate(response);
    logged(response.status, fault);
    send(res, response);
  }

  const server = createServer((req, res) => {
    const rawUrl = req.url ?? '/';
    const work = rawUrl.startsWith(CONTROL_PREFIX)
      ? control(req, splitUrl(rawUrl).pathname).then((response) => send(res, response))
      : api(req, res, rawUrl);
    work.catch((error: unknown) => {
      console.error('sandbox: internal error:', (error as Error).message);
      if (!res.headersSent) send(res, text(500, 'Internal sandbox error.'));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('sandbox: no TCP address');
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const origin = `http://${host}:${address.port}`;
  const apiBase = `${origin}/API_WEB`;

  return {
    origin,
    apiBase,
    account,
    key,
    schema,
    url(resource, baseFilter, queryValues) {
      const name = [resource, account, key, ...(baseFilter === undefined ? [] : [baseFilter])].join('-');
      const search = queryValues ? `?${new URLSearchParams(queryValues).toString().replace(/\+/g, '%20')}` : '';
      return `${apiBase}/EN/${encodeURIComponent(name)}.awp${search}`;
    },
    close() {
      if (closing) return Promise.resolve();
      closing = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
      });
    },
    reset: () => core.reset(),
    addFaults: (faults) => core.addFaults(faults),
    clearFaults: () => core.faults.clear(),
    pendingFaults: () => core.faults.pending(),
    requests: () => core.log.list(),
    clearRequests: () => core.log.clear(),
    contacts: () => core.contacts(),
    addList: (name) => core.addList(name),
    fields: (resource) => core.fields(resource),
    fieldName(fieldKey) {
      const field = core.fields('Contacts').find((info) => info.key === fieldKey);
      if (!field) throw new Error(`sandbox: no Contacts field with key "${fieldKey}"`);
      return field.name;
    },
  };
}
