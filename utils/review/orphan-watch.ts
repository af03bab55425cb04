/**
 * When Clausewise is updated, reloaded or removed while a page it reviewed is open, Chromium
 * keeps the old content script running in that page, cut off from the extension: its panel
 * stays on screen, can no longer record the reading, and says "locked" while its lock cannot
 * be released by reading. Firefox stops the old script, which takes its lock with it and
 * leaves its panel in the page, dead (hidden when the extension is removed, with the style it
 * showed by: shadow-host.ts). The updated Clausewise reviews the page again
 * (background-first-look.ts) and takes over: the old review is taken down first, in Chromium
 * by the old script itself, told by an event on the window, in Firefox by removing what it
 * left. Where nothing takes over (Clausewise removed), the old review is taken down the first
 * time the user touches the page (a pointer press, a key, the wheel, coming back to the tab):
 * panel and lock gone, the page as it was without Clausewise. The check is one property read.
 */
import { browser } from 'wxt/browser';
import { HOST_TAG } from '../ui/shadow-host';

/** Sent by a new run of the analyser in a document, heard by the runs before it. */
const TAKE_OVER_EVENT = 'clausewise-take-over';

const EVENTS = ['pointerdown', 'keydown', 'wheel', 'visibilitychange', TAKE_OVER_EVENT] as const;

/** Whether this script has lost its extension (Chromium clears `runtime.id` when it does). */
function isCutOff(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}

/**
 * Calls `onCutOff` once, at the first user input after the extension went away (or when an
 * updated Clausewise takes over the page); returns a stop
 * function. Listens on the window's capture phase, where the lock listens too: started before
 * the lock, it hears a press on a locked control before the lock stops it, and the lock is gone
 * by the time the click comes.
 */
export function watchForCutOff(doc: Document, onCutOff: () => void): () => void {
  const target: Window | Document = doc.defaultView ?? doc;
  const check = () => {
    if (!isCutOff()) return;
    stop();
    onCutOff();
  };
  const stop = () => {
    for (const type of EVENTS) target.removeEventListener(type, check, { capture: true });
  };
  for (const type of EVENTS) target.addEventListener(type, check, { capture: true, passive: true });
  return stop;
}

/**
 * Called by a new run of the analyser before it reviews the document (one run per document and
 * extension instance, so any review already in it belongs to a Clausewise since updated,
 * reloaded or removed): a run still alive takes itself down (Chromium), and the panels and
 * hints of a run its browser stopped (Firefox) are removed.
 */
export function takeOverFromEarlierRuns(doc: Document): void {
  doc.defaultView?.dispatchEvent(new Event(TAKE_OVER_EVENT));
  for (const host of doc.querySelectorAll(HOST_TAG)) host.remove();
}
