import type { InvalidRequestCode } from './types';

/**
 * Thrown by the URL and filter builders when an input cannot be sent as given (it is never altered to fit). The
 * client turns it into an `invalid-request` failure. `detail` names the offending field or token, never a secret.
 */
export class CentrixRequestError extends Error {
  constructor(
    readonly code: InvalidRequestCode,
    message: string,
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'CentrixRequestError';
  }
}
