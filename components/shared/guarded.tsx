import type { ComponentChildren } from 'preact';
import { useErrorBoundary } from 'preact/hooks';
import { useT } from './i18n';

/**
 * One part of a page that may fail to render (a value from storage or a server it did not expect) without taking
 * the rest with it: the part is replaced by a line saying what could not be shown, and its siblings render as usual.
 */
export function Guarded({ what, children }: { what: string; children: ComponentChildren }) {
  const [error] = useErrorBoundary();
  const tr = useT();
  if (error) {
    return (
      <p class="section notice bad" role="alert">
        {tr('uiPartFailed', what)}
      </p>
    );
  }
  return <>{children}</>;
}
