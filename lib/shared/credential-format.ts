// What an account number and an API key may look like, in the one place the API client (lib/centrix/url.ts, which
// refuses to build a URL otherwise) and the options form (lib/ui/options-validation.ts, which says so as the user
// types) both read. Pure: no browser globals, no dependencies.

/**
 * (ours) An account number is 1-32 ASCII letters or digits. The guide calls it a "number"; letters are allowed in
 * case Centrix ever issues them, since they cannot break the path. Anything else is refused, never altered.
 */
export const ACCOUNT_PATTERN = /^[A-Za-z0-9]{1,32}$/;

/**
 * (ours) A key is 1-256 of `A-Z a-z 0-9 _ ~ -`, not starting or ending with `-`. A `/` would change the path, a `.`
 * could end it at `.awp`, and `%`, `?`, `#`, spaces or non-ASCII would need an encoding the server may not undo:
 * such a key is refused with a clear message, never trimmed or re-encoded. Inner `-` are allowed (GUID-style keys
 * are common, and the sandbox's key has them): the base-filter segment that always follows the key keeps the path
 * unambiguous (DEFAULT_BASE_FILTER in lib/centrix/assumptions.ts).
 */
export const KEY_PATTERN = /^(?!-)[A-Za-z0-9_~-]{1,256}(?<!-)$/;

export const isAccountFormat = (account: string): boolean => ACCOUNT_PATTERN.test(account);
export const isApiKeyFormat = (apiKey: string): boolean => KEY_PATTERN.test(apiKey);
