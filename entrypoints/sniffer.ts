import { requestAnalysis } from '@/utils/sniff/request-analysis';
import { sniffPage } from '@/utils/sniff/sniff-page';

/**
 * Runs on every page and in every frame. Built as a plain script (listed in the manifest by
 * wxt.config.ts) rather than a WXT content script, so it ships without the extension-API
 * polyfill and the content-script context, and sends or dispatches nothing into the page.
 * It only reads; the analyser is loaded into a frame only when this says "maybe".
 */
export default defineUnlistedScript(() => {
  sniffPage(document, () => document.URL, requestAnalysis);
});
