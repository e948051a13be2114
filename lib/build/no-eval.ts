// zod 4 probes whether `new Function` works and, if so, compiles schemas to code at run time. An extension's CSP
// forbids that, we run zod jitless anyway (lib/centrix/zod.ts, lib/messaging/zod-config.ts), and `web-ext lint`
// reports the probe as DANGEROUS_EVAL. Answering the probe "no" at build time keeps the behaviour we already ask
// for and removes the last eval from what we ship. If zod changes the probe, the lint step reports it again.
const PROBE = /const F = Function;\s*new F\(""\);\s*return true;/g;

export function stripEvalProbe(code: string): string {
  return code.replace(PROBE, 'return false;');
}

export function noEvalPlugin() {
  return {
    name: 'centrix:no-eval',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      if (!/[\\/]zod[\\/]/.test(id) || !code.includes('new F("")')) return null;
      return { code: stripEvalProbe(code), map: null };
    },
  };
}
