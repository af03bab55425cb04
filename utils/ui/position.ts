/** The shadow roots an element sits in, innermost first (none for light-DOM elements). */
function shadowRootsAbove(element: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (let root = element.getRootNode(); root.nodeType === 11 && 'host' in root; root = (root as ShadowRoot).host.getRootNode()) {
    roots.push(root as ShadowRoot);
  }
  return roots;
}

/**
 * Calls `update` once per animation frame after the page scrolls or resizes, so overlays drawn
 * in the shadow root (lock hints, highlights) follow the page elements they point at. Scroll
 * events of a box inside a web component stay in its shadow root (they are not composed), so
 * the shadow roots holding the `targets` are listened to as well.
 */
export function followLayout(update: () => void, targets: readonly Element[] = []): () => void {
  let frame = 0;
  const schedule = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      update();
    });
  };
  const scrollSources: Array<Window | ShadowRoot> = [window, ...new Set(targets.flatMap(shadowRootsAbove))];
  for (const source of scrollSources) source.addEventListener('scroll', schedule, { capture: true, passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : undefined;
  resize?.observe(document.documentElement);
  update();
  return () => {
    cancelAnimationFrame(frame);
    for (const source of scrollSources) source.removeEventListener('scroll', schedule, { capture: true });
    window.removeEventListener('resize', schedule);
    resize?.disconnect();
  };
}

/** Room a lock hint takes: one line of text (the longest translation fits), and the gap to what it points at. */
const HINT_WIDTH = 260;
const HINT_HEIGHT = 30;
const HINT_GAP = 8;

/**
 * What a hint must not cover: the control, and for a checkbox or radio button the text of its
 * label ("I accept the terms of the License Agreement"), which the user is about to read.
 */
function anchorOf(control: Element): DOMRect | null {
  const own = control.getBoundingClientRect();
  if (own.width === 0 && own.height === 0) return null;
  const input = control as HTMLInputElement;
  if (control.tagName !== 'INPUT' || (input.type !== 'checkbox' && input.type !== 'radio')) return own;
  const label = control.closest('label') ?? input.labels?.[0];
  if (!label) return own;
  const range = document.createRange();
  range.selectNodeContents(label);
  const text = range.getBoundingClientRect();
  const left = Math.min(own.left, text.left);
  const top = Math.min(own.top, text.top);
  return new DOMRect(left, top, Math.max(own.right, text.right) - left, Math.max(own.bottom, text.bottom) - top);
}

/**
 * Where the lock hints of `controls` sit (viewport coordinates), one per control, or null where
 * a control gets none: it is not laid out, or the hint would overlap one already placed (a
 * checkbox and its form's button, one under the other, need one hint, not two on top of each
 * other and of the checkbox's label). A hint goes right of its control and label, or above the
 * control where the room to the right, up to `right` (the panel's left edge), is too narrow.
 */
export function lockHintPositions(controls: readonly Element[], right: number): Array<{ top: number; left: number } | null> {
  const placed: Array<{ top: number; left: number }> = [];
  return controls.map((control) => {
    const anchor = anchorOf(control);
    if (!anchor) return null;
    const beside = anchor.right + HINT_GAP + HINT_WIDTH <= right;
    const position = beside
      ? { top: Math.max(0, anchor.top + anchor.height / 2 - HINT_HEIGHT / 2), left: anchor.right + HINT_GAP }
      : { top: Math.max(0, anchor.top - HINT_HEIGHT - 4), left: Math.max(0, anchor.left) };
    const overlaps = placed.some((p) => Math.abs(p.top - position.top) < HINT_HEIGHT && Math.abs(p.left - position.left) < HINT_WIDTH);
    if (overlaps) return null;
    placed.push(position);
    return position;
  });
}
