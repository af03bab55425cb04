/**
 * A page the first look passed over may build its sign-up or terms dialog only when the user
 * clicks "Sign up" or "Buy", without changing its address (which would make the background look
 * again). Clicks are what such dialogs follow, so after a click the first look's counts are taken
 * again, shortly after (most dialogs are drawn within half a second) and once more later (those
 * that wait for the network). Until a click nothing runs: a listener costs the page nothing
 * measurable, and each look again is one query that finds nothing and a count (a few tenths of a
 * millisecond). The listener is passive and in the extension's isolated world: the page sees
 * no change in its events.
 */

/** When after a click the page is looked at again. */
export const LOOK_AGAIN_AFTER_CLICK_MS = [500, 2000] as const;

/** Looks at most this many times in one document, however many clicks a page gets. */
export const MAX_LOOKS_AFTER_CLICKS = 60;

/**
 * Calls `look` after clicks until it returns true (then `found` is called once and listening
 * ends) or the looks are used up. Returns the function that stops listening.
 */
export function lookAgainAfterClicks(doc: Document, look: () => boolean, found: () => void): () => void {
  let looksLeft = MAX_LOOKS_AFTER_CLICKS;
  let timers: ReturnType<typeof setTimeout>[] = [];
  const stop = () => {
    doc.removeEventListener('click', onClick, true);
    for (const timer of timers) clearTimeout(timer);
    timers = [];
  };
  const lookNow = () => {
    if (looksLeft <= 0) return stop();
    looksLeft--;
    if (!look()) return;
    stop();
    found();
  };
  function onClick(): void {
    // A burst of clicks is looked at after its last click.
    for (const timer of timers) clearTimeout(timer);
    timers = LOOK_AGAIN_AFTER_CLICK_MS.map((ms) => setTimeout(lookNow, ms));
  }
  doc.addEventListener('click', onClick, { capture: true, passive: true });
  return stop;
}
