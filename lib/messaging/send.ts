// Typed senders for the popup, the options page and the content script. Types only from the contract (no zod at
// run time), so the content script's bundle stays small; the background validates every request it receives.
import { browser } from 'wxt/browser';
import type {
  BackgroundRequest,
  BackgroundRequestType,
  BackgroundResponse,
  ContentScriptRequestType,
  ErrorResponse,
} from './contract';

type Send = (message: unknown) => Promise<unknown>;

const unavailable: ErrorResponse = { ok: false, error: 'unavailable' };

/**
 * Sends a request to the background and resolves with its answer; never rejects: a background that cannot be
 * reached (worker restarting, extension reloaded) answers `{ ok: false, error: 'unavailable' }`.
 */
export async function sendToBackground<K extends BackgroundRequestType>(
  message: BackgroundRequest<K>,
  send: Send = (m) => browser.runtime.sendMessage(m),
): Promise<BackgroundResponse<K> | ErrorResponse> {
  try {
    const answer = await send(message);
    if (answer !== null && typeof answer === 'object' && 'ok' in answer) return answer as BackgroundResponse<K>;
    return unavailable;
  } catch {
    return unavailable;
  }
}

/** The same, narrowed to what a content script may send. */
export function sendFromContentScript<K extends ContentScriptRequestType>(
  message: BackgroundRequest<K>,
  send?: Send,
): Promise<BackgroundResponse<K> | ErrorResponse> {
  return sendToBackground<K>(message, send);
}
