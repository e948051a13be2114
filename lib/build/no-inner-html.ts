// Preact's only innerHTML sink serves `dangerouslySetInnerHTML`, which this project never uses (eslint forbids
// it). Removing the sink at build time takes an XSS path out of every page we ship and keeps `web-ext lint` free
// of UNSAFE_VAR_ASSIGNMENT. If the pattern ever stops matching, the lint step reports the sink again.
const SINK = /([A-Za-z_$][\w$]*)\.innerHTML=([A-Za-z_$][\w$]*)\.__html/g;
const REFUSAL = 'void (()=>{throw new Error("dangerouslySetInnerHTML is disabled in Centrix Capture")})()';

export function stripInnerHtmlSink(code: string): string {
  return code.replace(SINK, REFUSAL);
}

export function noInnerHtmlPlugin() {
  return {
    name: 'centrix:no-inner-html',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      if (!/[\\/]preact[\\/]dist[\\/]/.test(id) || !code.includes('innerHTML')) return null;
      return { code: stripInnerHtmlSink(code), map: null };
    },
  };
}
