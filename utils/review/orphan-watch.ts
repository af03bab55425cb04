/**
 * When Clausewise is updated, reloaded or removed while a page it reviewed is open, Chromium
 * keeps the old content script running in that page, cut off from the extension: its panel
 * stays on screen, can no longer record the reading, and says "locked" while its lock cannot
 * be released by reading. The first time the user touches the page after that (a pointer
 * press, a key, the wheel, coming back to the tab), the review is taken down: panel and lock
 * gone, the page as it was without Clausewise. The check is one property read.
 */
import { browser } from 'wxt/browser';

const EVENTS = ['pointerdown', 'keydown', 'wheel', 'visibilitychange'] as const;

/** Whether this script has lost its extension (Chromium clears `runtime.id` when it does). */
function isCutOff(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}

/**
 * Calls `onCutOff` once, at the first user input after the extension went away; returns a stop
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
