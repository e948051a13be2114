// Which nodes one scan has visited, kept on the nodes themselves: a symbol property on the content script's own
// view of each node (its isolated world in Chromium, its Xray in Firefox), which the page can neither see nor set.
// A WeakSet did the same job, but a garbage collector must go through such a table of weak entries on every
// collection: with a page's tens of thousands of nodes in it, each batch of new nodes cost half as much again as the
// same nodes in the first scan.

export interface NodeMarks {
  has(node: Node): boolean;
  add(node: Node): void;
  delete(node: Node): void;
}

const MARK = Symbol('centrix-capture.seen');
type Marked = Node & { [MARK]?: number };

// Each scan marks with its own number, so that a new view (single-page navigation) starts unmarked without visiting
// the old marks, and a mark holds no reference that could keep an old scan alive.
let scans = 0;

export function createNodeMarks(): NodeMarks {
  const id = ++scans;
  return {
    has: (node) => (node as Marked)[MARK] === id,
    add: (node) => void ((node as Marked)[MARK] = id),
    delete: (node) => void ((node as Marked)[MARK] = 0),
  };
}
