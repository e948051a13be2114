import { CentrixRequestError } from '../../../../lib/centrix/request-error';

/** The CentrixRequestError `fn` throws; fails the test when it throws nothing or something else. */
export function refusal(fn: () => unknown): CentrixRequestError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CentrixRequestError) return error;
    throw error;
  }
  throw new Error('expected a CentrixRequestError');
}
