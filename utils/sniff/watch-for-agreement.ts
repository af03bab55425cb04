/**
 * Single-page apps and sign-up dialogs put their agreement on the page after load. Where the
 * first look found nothing but the page may still grow one, watch for added elements and look
 * again — debounced, within a small time budget, and never for long: the watcher only reads
 * the page and disconnects itself after its checks or its lifetime are used up.
 */
export interface WatchLimits {
  /** Quiet time after the last mutation before looking again. */
  debounceMs: number;
  /** Looks at most this many times. */
  maxChecks: number;
  /** Stops once the looks together have taken this long. */
  budgetMs: number;
  /** Stops after this long whatever happens. */
  lifetimeMs: number;
}

export const DEFAULT_WATCH_LIMITS: WatchLimits = { debounceMs: 400, maxChecks: 40, budgetMs: 60, lifetimeMs: 10 * 60_000 };

/** Calls `found()` once when `check()` first says yes; returns a function that stops watching. */
export function watchForAgreement(target: Node, check: () => boolean, found: () => void, limits: WatchLimits = DEFAULT_WATCH_LIMITS): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let checks = 0;
  let spentMs = 0;
  let stopped = false;

  const stop = () => {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    clearTimeout(lifetime);
  };

  const look = () => {
    timer = undefined;
    if (stopped) return;
    const started = performance.now();
    let yes = false;
    try {
      yes = check();
    } catch {
      yes = false;
    }
    spentMs += performance.now() - started;
    checks++;
    if (yes) {
      stop();
      found();
    } else if (checks >= limits.maxChecks || spentMs >= limits.budgetMs) {
      stop();
    }
  };

  const observer = new MutationObserver((records) => {
    if (stopped) return;
    // Only new elements can bring an agreement; text edits and removals are ignored.
    if (!records.some((r) => r.addedNodes.length > 0)) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(look, limits.debounceMs);
  });
  observer.observe(target, { childList: true, subtree: true });
  const lifetime = setTimeout(stop, limits.lifetimeMs);
  return stop;
}
