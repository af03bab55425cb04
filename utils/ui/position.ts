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

/** Where a hint line sits: just above `control`, inside the viewport; null for a control not laid out (hidden). */
export function hintPositionAbove(control: Element): { top: number; left: number } | null {
  const r = control.getBoundingClientRect();
  return r.width > 0 || r.height > 0 ? { top: Math.max(0, r.top - 34), left: Math.max(0, r.left) } : null;
}
