// The Centrix API client: the only code that knows the shape of the Centrix API. Its only caller is the background.
import type { CentrixClient, CentrixClientOptions } from './types';

export type * from './types';
export { CENTRIX_RESOURCES } from './types';

/** Creates a client bound to one account. Methods never throw for expected failures: they return a result. */
export function createCentrixClient(options: CentrixClientOptions): CentrixClient {
  void options;
  const notYet = (): never => {
    throw new Error('not yet');
  };
  return {
    readContacts: notYet,
    saveContacts: notYet,
    readScripts: notYet,
    readUsers: notYet,
    readOpportunities: notYet,
    readRevenueTypes: notYet,
    readFieldCatalogue: notYet,
    testConnection: notYet,
  };
}
