// zod 4 compiles object parsers with `new Function` unless told not to, and probes for it when a schema is built.
// An extension's CSP forbids eval, so the jitless switch must be set before the first schema is CONSTRUCTED (zod
// reads it in each object schema's constructor, not at parse time). Every schema module of lib/centrix imports `z`
// from here, which guarantees that order for them; other code with zod schemas should do the same.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
