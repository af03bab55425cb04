/**
 * "Show in page" asked from outside the page's panel: the browser's side panel mirrors a
 * frame's summary and sends its requests to that frame. One listener per content script (the
 * messaging library allows no more), handing each request to the review live at the time.
 */
import { onMessage } from '../messages';

let live: ((index: number) => void) | undefined;
let listening = false;

/** Makes `show` the receiver of side-panel requests; returns a function that stops it. */
export function serveShowRequests(show: (index: number) => void): () => void {
  if (!listening) {
    listening = true;
    onMessage('showClause', ({ data: index }) => {
      if (!live) return false;
      live(index);
      return true;
    });
  }
  live = show;
  return () => {
    if (live === show) live = undefined;
  };
}
