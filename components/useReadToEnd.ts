import { useEffect, useRef } from 'preact/hooks';

/**
 * Reports when the user has scrolled the summary to its end — by their own hand: a scroll
 * counts only after a trusted wheel, key, touch or pointer event in the list, so a page script
 * that scrolls the list cannot fake it. A summary that needs no scrolling counts as read once
 * it has been on screen for `delayMs` while the tab is visible.
 */
export function useReadToEnd(
  list: { current: HTMLElement | null },
  active: boolean,
  delayMs: number,
  onRead: () => void,
  /** How far down the list (px from its top) must be reached; default: the very end. */
  readLine?: (list: HTMLElement) => number,
): void {
  const done = useRef(false);
  const callback = useRef(onRead);
  callback.current = onRead;

  useEffect(() => {
    const el = list.current;
    if (!el || !active || done.current) return;
    let interacted = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = () => {
      if (done.current) return;
      done.current = true;
      callback.current();
    };
    const needed = () => Math.min(el.scrollHeight, readLine ? readLine(el) : el.scrollHeight);
    const atEnd = () => el.scrollTop + el.clientHeight >= needed() - 4;
    const onInput = (event: Event) => {
      if (event.isTrusted) interacted = true;
    };
    const onScroll = () => {
      if (interacted && atEnd()) finish();
    };
    const startTimerIfShort = () => {
      clearTimeout(timer);
      if (needed() <= el.clientHeight + 4 && !document.hidden) timer = setTimeout(finish, delayMs);
    };
    const inputs = ['wheel', 'keydown', 'pointerdown', 'touchstart'];
    for (const type of inputs) el.addEventListener(type, onInput, { passive: true });
    el.addEventListener('scroll', onScroll, { passive: true });
    document.addEventListener('visibilitychange', startTimerIfShort);
    startTimerIfShort();
    return () => {
      clearTimeout(timer);
      for (const type of inputs) el.removeEventListener(type, onInput);
      el.removeEventListener('scroll', onScroll);
      document.removeEventListener('visibilitychange', startTimerIfShort);
    };
  }, [active, delayMs]);
}
