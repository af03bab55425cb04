import { reportMayHoldAgreement } from '@/utils/sniff/request-analysis';
import { firstLook } from '@/utils/sniff/sniff-page';

/**
 * Runs on every page and in every frame. Built as a plain script (listed in the manifest by
 * wxt.config.ts) rather than a WXT content script, so it ships without the extension-API
 * polyfill and the content-script context, and sends or dispatches nothing into the page.
 * It only counts; the closer look and the analyser are loaded into a frame only where the
 * background, told what it found, says so.
 */
export default defineUnlistedScript(() => {
  // Run again by the background after a single-page app's navigation: one listener at a time.
  // The flag lives in the extension's isolated world, which the page cannot see.
  const state = globalThis as { __clausewiseStopFirstLook?: () => void };
  state.__clausewiseStopFirstLook?.();
  state.__clausewiseStopFirstLook = firstLook(document, self === top, reportMayHoldAgreement);
});
