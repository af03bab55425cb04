import { takeOverFromEarlierRuns } from '@/utils/review/orphan-watch';
import { reviewPage } from '@/utils/review/review-page';
import { watchForAgreement } from '@/utils/sniff/watch-for-agreement';

/**
 * Injected by the background into a frame the sniffer flagged; never listed in the manifest.
 *
 * Frames: the sniffer runs in every frame and the background injects this script into the
 * frame that asked, so each frame that holds an agreement and its controls reviews it itself,
 * with its own panel and lock (a cross-origin frame cannot be reached from the top frame, and
 * the lock must sit where the controls are). A frame holding only an agree checkbox that links
 * to the terms fetches and reviews the linked terms the same way.
 *
 * Everything lives inside main(): the build imports this file in Node to read its options.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  registration: 'runtime',
  // The page's own message listeners never see anything from Clausewise.
  noScriptStartedPostMessage: true,
  main() {
    // The background may inject twice (a page re-sniffed after navigation): review once.
    const flagged = globalThis as { __clausewiseReviewing?: boolean };
    if (flagged.__clausewiseReviewing) return;
    flagged.__clausewiseReviewing = true;
    // A review left by the Clausewise before an update or reload gives way to this one.
    takeOverFromEarlierRuns(document);

    // Single-page apps render after the sniffer fired: look again after DOM changes, a few times.
    const retryLimits = { debounceMs: 800, maxChecks: 1, budgetMs: Number.POSITIVE_INFINITY, lifetimeMs: 2 * 60_000 };
    const maxAttempts = 8;
    const attempt = async (n: number): Promise<void> => {
      let reviewed = false;
      try {
        reviewed = (await reviewPage(document)) !== undefined;
      } catch (error) {
        // Fail open: nothing was locked, or the review released what it held.
        console.warn('Clausewise: review failed; the page is left unlocked.', error);
        return;
      }
      if (reviewed || n + 1 >= maxAttempts) return;
      watchForAgreement(document.documentElement, () => true, () => void attempt(n + 1), retryLimits);
    };
    void attempt(0);
  },
});
