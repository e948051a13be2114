// The background's one entry for runtime messages: check the sender, validate the payload, run the handler,
// validate the answer. It never throws and never answers a refused message with anything but a refusal.
import {
  BACKGROUND_REQUESTS,
  CONTENT_SCRIPT_TYPES,
  type BackgroundRequest,
  type BackgroundRequestType,
  type BackgroundResponse,
  type ErrorResponse,
} from '../messaging/contract';
import { classifySender, type KnownSender, type SelfIdentity } from '../messaging/sender';

export type Handler<K extends BackgroundRequestType> = (
  request: BackgroundRequest<K>,
  sender: KnownSender,
) => Promise<BackgroundResponse<K>>;

export type Handlers = { [K in BackgroundRequestType]: Handler<K> };

export type Router = (message: unknown, sender: unknown) => Promise<unknown>;

const refused: ErrorResponse = { ok: false, error: 'refused' };
const invalid: ErrorResponse = { ok: false, error: 'invalid' };
const broken: ErrorResponse = { ok: false, error: 'failed', reason: 'unexpected' };

const contentTypes: ReadonlySet<string> = new Set(CONTENT_SCRIPT_TYPES);

function isRequestType(type: unknown): type is BackgroundRequestType {
  return typeof type === 'string' && Object.hasOwn(BACKGROUND_REQUESTS, type);
}

export function createRouter(handlers: Handlers, self: () => SelfIdentity, report?: (error: unknown) => void): Router {
  return async (message, rawSender) => {
    try {
      const sender = classifySender(rawSender, self());
      if (!sender) return refused;
      const type = message !== null && typeof message === 'object' ? (message as { type?: unknown }).type : undefined;
      if (!isRequestType(type)) return invalid;
      // Content scripts get the fewest messages that work; pages get the rest, and not the content scripts' ones.
      if ((sender.kind === 'content') !== contentTypes.has(type)) return refused;
      const spec = BACKGROUND_REQUESTS[type];
      const parsed = spec.request.safeParse(message);
      if (!parsed.success) return invalid;
      const handler = handlers[type] as Handler<typeof type>;
      const answer = await handler(parsed.data as BackgroundRequest<typeof type>, sender);
      // The answer goes through its schema too: unknown keys are stripped, so nothing extra can leak.
      const checked = spec.response.safeParse(answer);
      if (!checked.success) {
        report?.(new Error(`answer to ${type} failed its schema`));
        return broken;
      }
      return checked.data;
    } catch (error) {
      report?.(error);
      return broken;
    }
  };
}
