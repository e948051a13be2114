// What the popup's live region says after an action; the component words it in the UI language. Every popup store
// that acts on the user's behalf writes the one signal the popup store creates.
import type { Signal } from '@preact/signals';

export type Announcement =
  | { kind: 'queued'; count: number }
  | { kind: 'error'; text: string }
  | { kind: 'scan-done'; count: number }
  | { kind: 'scan-empty' };

export type AnnouncementSignal = Signal<Announcement | null>;
