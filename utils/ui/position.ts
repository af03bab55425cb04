/**
 * Calls `update` once per animation frame after the page scrolls or resizes, so overlays drawn
 * in the shadow root (lock hints, highlights) follow the page elements they point at.
 */
export function followLayout(update: () => void): () => void {
  let frame = 0;
  const schedule = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      update();
    });
  };
  window.addEventListener('scroll', schedule, { capture: true, passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : undefined;
  resize?.observe(document.documentElement);
  update();
  return () => {
    cancelAnimationFrame(frame);
    window.removeEventListener('scroll', schedule, { capture: true });
    window.removeEventListener('resize', schedule);
    resize?.disconnect();
  };
}
