import { reviewPage } from '@/utils/review/review-page';

/** Injected by the background into pages the sniffer flagged; never listed in the manifest. */
export default defineContentScript({
  matches: ['<all_urls>'],
  registration: 'runtime',
  async main() {
    // The background may inject twice (a page re-sniffed after navigation): review once.
    const flagged = globalThis as { __clausewiseReviewing?: boolean };
    if (flagged.__clausewiseReviewing) return;
    flagged.__clausewiseReviewing = true;
    try {
      await reviewPage(document);
    } catch (error) {
      console.warn('Clausewise: review failed; the page is left unlocked.', error);
    }
  },
});
