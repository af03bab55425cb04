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
 * What a hint must not cover: the control, and for a checkbox or radio button the consent text
 * beside it, which the user is about to read and whose terms link they may follow: the text of
 * its label ("I accept the terms of the License Agreement"), and what stands after the label or
 * the box on the same line (sign-up forms often write `<label><input>已接受</label><a>《用户协议》</a>`
 * or `<input><span>我已阅读并同意<a>…</a></span>`).
 */
function anchorOf(control: Element): DOMRect | null {
  const own = control.getBoundingClientRect();
  if (own.width === 0 && own.height === 0) return null;
  const input = control as HTMLInputElement;
  if (control.tagName !== 'INPUT' || (input.type !== 'checkbox' && input.type !== 'radio')) return own;
  const label = control.closest('label') ?? input.labels?.[0];
  const withLabel = label ? union(own, contentRect(label)) : own;
  return followingOnLine(label && label.contains(control) ? label : control, withLabel);
}

/** What ends the consent text beside a box: the next control is not part of it. */
const CONTROLS = 'input, button, select, textarea, [role=button]';

/** Inline content this far (px) from what precedes it belongs to another part of the line. */
const LINE_GAP = 24;

/**
 * `line` grown by the inline content that follows `start` (its next siblings, or its parent's
 * when it has none) on that line: text and elements, up to a form control, something that
 * starts on another line, or a gap wider than LINE_GAP ("已有账号？登录" floated to the far end).
 */
function followingOnLine(start: Element, line: DOMRect): DOMRect {
  let box = line;
  let from: Node = start;
  // A box wrapped alone in a styling element (<span class="check"><input></span>) reaches its
  // text through that element's siblings.
  for (let depth = 0; depth < 2 && !from.nextSibling && from.parentElement; depth++) from = from.parentElement;
  for (let node = from.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === Node.ELEMENT_NODE && ((node as Element).matches(CONTROLS) || (node as Element).querySelector(CONTROLS))) break;
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.TEXT_NODE) continue;
    const rect = contentRect(node);
    if (rect.width === 0 && rect.height === 0) continue;
    const sameLine = rect.top < line.bottom && rect.bottom > line.top;
    if (!sameLine || rect.left - box.right > LINE_GAP) break;
    box = union(box, rect);
  }
  return box;
}

/** The box of a node's laid-out content (a text node has no box of its own). */
function contentRect(node: Node): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(node);
  return range.getBoundingClientRect();
}

function union(a: DOMRect, b: DOMRect): DOMRect {
  if (b.width === 0 && b.height === 0) return a;
  const left = Math.min(a.left, b.left);
  const top = Math.min(a.top, b.top);
  return new DOMRect(left, top, Math.max(a.right, b.right) - left, Math.max(a.bottom, b.bottom) - top);
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
