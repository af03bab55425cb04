/**
 * The first look, the only code that runs on every page and in every frame: counts of the
 * elements an agreement is accepted with or arrives in, without touching a single element.
 *
 * It runs in the page's own world, sent there by the background as a function
 * (background-first-look.ts), and hands its answer back as the injection's result. Why: a
 * script in an extension's isolated world makes the browser build that world in every frame,
 * its context and the extension's bindings, which costs 3–5 ms per page in Chromium before the
 * script's first line (an empty content script, measured with the bench's trace), several
 * times this look. In the page's world that world already exists, and nothing needs the
 * extension's bindings: the answer returns with the injection. The title and the address are
 * read by the background from the tab; everything that reads elements is the closer look
 * (looks-like-agreement.ts), loaded into the isolated world only where this says "maybe".
 *
 * The page can see this look, and a page bent on it could make it say "no": it reads counts
 * only, changes nothing, keeps no state a page could read, and the lock itself is only ever set
 * up in the isolated world. An answer other than true, false or null is taken as a "maybe".
 *
 * Because the browser sends the function's source, it must be self-contained: nothing but its
 * parameters and the page's own `document` and timers. Its numbers come as an argument
 * (`FIRST_LOOK_LIMITS`), shared with the closer look's look after clicks
 * (look-again-after-clicks.ts), the same idea in the isolated world, where it may import.
 */

import { LOOK_AGAIN_AFTER_CLICK_MS, MAX_LOOKS_AFTER_CLICKS } from './look-again-after-clicks';

/** Fewer elements than this (head included): most of the page is still to be rendered by script. */
export const MIN_ELEMENTS_OF_A_RENDERED_PAGE = 120;

/**
 * How long one first look waits for clicks before it hands back "ask again", to be sent anew.
 * In Chromium the pending injection keeps the background's worker alive, but not for ever: with
 * nothing else to do, the worker was stopped between 345 and 360 s after the look was sent
 * (Chromium 156, measured), and the look's answer would have nowhere to go.
 */
export const MAX_WAIT_FOR_CLICKS_MS = 4 * 60_000;

/** The first look's numbers, passed to it as an argument (it cannot import them): the closer look's timing after clicks. */
export const FIRST_LOOK_LIMITS = {
  minElementsOfARenderedPage: MIN_ELEMENTS_OF_A_RENDERED_PAGE,
  lookAfterClickMs: [...LOOK_AGAIN_AFTER_CLICK_MS],
  maxLooksAfterClicks: MAX_LOOKS_AFTER_CLICKS,
  maxWaitMs: MAX_WAIT_FOR_CLICKS_MS,
};

/**
 * Whether the closer look could find anything in this frame: true at once, or later, after
 * the user's clicks where `waitForClicks`, when a sign-up or terms dialog has appeared (false
 * once the looks are used up, which for most pages is never). Null for "not yet, ask again":
 * where it would wait but the page is still loading, and from a wait that has lasted
 * `maxWaitMs`. A page still to be rendered by script is looked at closer, to be watched; so is
 * a page without a title, whose headings are all there is to go by. A rendered single-page app
 * is not: when it moves to another view the background looks again. A query that finds nothing
 * creates no element.
 *
 * In a subframe only the fields and dialogs count: ad and widget frames are small and untitled,
 * and would each get the closer look for nothing. A subframe is judged by its address in the
 * background.
 */
export function firstLook(
  isTopFrame: boolean,
  waitForClicks: boolean,
  limits: typeof FIRST_LOOK_LIMITS,
  doc: Document = document,
): boolean | null | Promise<boolean | null> {
  // The fields every agree checkbox and implicit consent the closer look can find needs, an
  // e-mail field that a next step may follow with terms, and dialogs: one query, one walk of
  // the page (a compound selector costs less than a list of attribute selectors, measured).
  const maybeSigns = 'input:is([type=checkbox], [type=password], [type=tel], [type=email]), dialog';
  const { minElementsOfARenderedPage, lookAfterClickMs, maxWaitMs } = limits;
  let looksLeft = limits.maxLooksAfterClicks;

  const look = () =>
    doc.querySelector(maybeSigns) !== null ||
    (isTopFrame && (doc.getElementsByTagName('*').length < minElementsOfARenderedPage || doc.title.trim() === ''));
  if (look()) return true;
  if (!waitForClicks) return false;
  // The browser holds the page's load event while this answer is pending: "not yet", and the
  // background asks again once the page has loaded.
  if (doc.readyState !== 'complete') return null;
  return new Promise<boolean | null>((resolve) => {
    // The looks of the latest burst of clicks still to come.
    let timers: ReturnType<typeof setTimeout>[] = [];
    let waitedLongEnough = false;
    const stop = (found: boolean | null) => {
      doc.removeEventListener('click', onClick, true);
      for (const timer of [...timers, giveBack]) clearTimeout(timer);
      resolve(found);
    };
    const lookNow = () => {
      if (looksLeft-- <= 0) stop(false);
      else if (look()) stop(true);
      else if (waitedLongEnough && timers.length === 0) stop(null);
    };
    function onClick(): void {
      // A burst of clicks is looked at after its last click. Passive: the page's events are untouched.
      for (const timer of timers) clearTimeout(timer);
      timers = lookAfterClickMs.map((ms, i) =>
        setTimeout(() => {
          if (i === lookAfterClickMs.length - 1) timers = [];
          lookNow();
        }, ms),
      );
    }
    // The pending answer keeps the background's worker alive for some minutes only: it is handed
    // back in time ("ask again"), once the burst of clicks under way, if any, has been looked at.
    const giveBack = setTimeout(() => (timers.length === 0 ? stop(null) : (waitedLongEnough = true)), maxWaitMs);
    doc.addEventListener('click', onClick, { capture: true, passive: true });
  });
}
