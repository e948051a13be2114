// Which findings the user ticked, by finding key (keys are built from content, so a selection survives a refresh).
import { signal, type ReadonlySignal } from '@preact/signals';

/** `newPeople`: the keys "Select all new" adds (emails stay one by one: they are often noise). */
export function createSelectionStore(newPeople: ReadonlySignal<readonly string[]>) {
  const selected = signal<ReadonlySet<string>>(new Set());

  function toggle(key: string): void {
    const next = new Set(selected.value);
    if (!next.delete(key)) next.add(key);
    selected.value = next;
  }

  return {
    selected,
    toggle,
    selectNew: () => (selected.value = new Set([...selected.value, ...newPeople.value])),
    remove: (keys: ReadonlySet<string>) => (selected.value = new Set([...selected.value].filter((k) => !keys.has(k)))),
    has: (key: string) => selected.value.has(key),
  };
}

export type SelectionStore = ReturnType<typeof createSelectionStore>;
