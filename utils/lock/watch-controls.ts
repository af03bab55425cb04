/**
 * Notices, while a lock holds, the DOM changes that may leave an agree control unheld: a held
 * control removed (a framework replacing it with a new node) or new buttons, inputs or links
 * added (a dialog opening, a late render). Shadow roots that hold controls are watched too,
 * since a document observer does not see inside them. The cost is bounded: the callback does
 * a few `isConnected` checks and `matches` calls, and stops asking for re-finds after a budget.
 */
export interface ControlWatcher {
  stop(): void;
}

const CONTROL_LIKE = 'input, button, a, label, [role=button], [role=checkbox], [tabindex], [onclick]';
/** Re-finds are a full query of the page; a page that mutates forever gets this many. */
const MAX_REFINDS = 300;
const MAX_REFIND_MS = 400;

function addsControls(records: MutationRecord[]): boolean {
  for (const record of records) {
    for (const node of Array.from(record.addedNodes)) {
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      if (el.matches(CONTROL_LIKE) || el.querySelector(CONTROL_LIKE) || el.shadowRoot) return true;
      // Text added into a label or button ("Agree" rendered late) changes what a control says.
    }
    if (record.target.nodeType === 1 && (record.target as Element).closest?.('label, button, [role=button]')) return true;
  }
  return false;
}

export function watchControls(held: Set<Element>, refind: () => void): ControlWatcher {
  const first = held.values().next().value as Element | undefined;
  const doc = first?.ownerDocument ?? document;
  let refinds = 0;
  let spentMs = 0;
  const observed = new Set<Node>();
  /** Detached controls already answered with a re-find; they need not trigger another. */
  const goneBefore = new WeakSet<Element>();

  const observeRootsOf = () => {
    for (const control of held) {
      const root = control.getRootNode();
      if (root !== doc && root instanceof ShadowRoot && !observed.has(root)) {
        observed.add(root);
        observer.observe(root, { childList: true, subtree: true });
      }
    }
  };

  const observer = new MutationObserver((records) => {
    if (refinds >= MAX_REFINDS || spentMs >= MAX_REFIND_MS) return;
    let lost = false;
    for (const control of held) {
      if (!control.isConnected && !goneBefore.has(control)) {
        lost = true;
        goneBefore.add(control);
      }
    }
    if (!lost && !addsControls(records)) return;
    const started = performance.now();
    refinds++;
    try {
      refind();
      observeRootsOf();
    } catch {
      // A failed re-find keeps the controls already held.
    }
    spentMs += performance.now() - started;
  });
  observer.observe(doc, { childList: true, subtree: true });
  observed.add(doc);
  observeRootsOf();

  return {
    stop() {
      observer.disconnect();
    },
  };
}
