// The popup's and options page's only way to the background: one typed function per request, each answer checked
// against the contract's schema, so a broken or missing background becomes an ordinary error answer, never a throw.
import {
  BACKGROUND_REQUESTS,
  type BackgroundRequest,
  type BackgroundResponse,
  type ErrorResponse,
  type UiRequestType,
} from '../messaging/contract';

/** Sends one message and resolves with the raw answer (`browser.runtime.sendMessage` in the extension). */
export type SendMessage = (message: unknown) => Promise<unknown>;

export type UiResponse<K extends UiRequestType> = BackgroundResponse<K>;

export async function request<K extends UiRequestType>(
  send: SendMessage,
  message: BackgroundRequest<K> & { type: K },
): Promise<UiResponse<K>> {
  let raw: unknown;
  try {
    raw = await send(message);
  } catch {
    // The worker was restarting or the extension was reloaded: nothing that happened is worth showing verbatim.
    return { ok: false, error: 'unavailable' } satisfies ErrorResponse as UiResponse<K>;
  }
  const parsed = BACKGROUND_REQUESTS[message.type].response.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'invalid' } satisfies ErrorResponse as UiResponse<K>;
  return parsed.data as UiResponse<K>;
}

/** Narrows an answer to its failure half. */
export function isError(response: { ok: boolean }): response is ErrorResponse {
  return response.ok === false;
}
