import { requestAnalysis } from '@/utils/sniff/request-analysis';
import { closerLook } from '@/utils/sniff/closer-look';

/**
 * Loaded by the background into a frame where the every-page first look said "maybe" (a
 * checkbox, a sign-up field, a dialog, a page still to be rendered), or where a single-page app
 * moved to a view that says so: reads the page's controls and headings, watches a page that may
 * still grow an agreement, and asks for the analyser when it finds one. A plain (unlisted)
 * script: no polyfill, no content-script context, nothing sent into the page.
 */
export default defineUnlistedScript(() => {
  // Loaded again after a single-page app's navigation: one watch at a time. The flag lives in
  // the extension's isolated world, which the page cannot see.
  const state = globalThis as { __clausewiseStopWatching?: () => void };
  state.__clausewiseStopWatching?.();
  state.__clausewiseStopWatching = closerLook(document, () => document.URL, requestAnalysis);
});
