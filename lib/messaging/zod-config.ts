// zod 4 probes `new Function` to pick its fast path; the extension CSP forbids eval and web-ext lint flags the probe.
// Every module that builds schemas imports this first, so the setting holds whichever bundle loads zod.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
