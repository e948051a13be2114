// `npm start`: build the sandbox extension for Chromium, start the local Centrix sandbox with demo data and a demo
// prospect page, and open Chromium with the extension loaded. The work lives in start-session.ts, loaded through
// tsx so the TypeScript sandbox server and the e2e harness are reused as they are.
import { tsImport } from 'tsx/esm/api';

const { runStartSession } = await tsImport('./start-session.ts', import.meta.url);
await runStartSession();
