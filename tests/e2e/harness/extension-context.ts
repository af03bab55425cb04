/**
 * Running code in the extension's own context, where its storage and APIs are: Chromium's
 * service worker, Firefox's options page (an MV2 background page is not a puppeteer target).
 */
import type { LaunchedBrowser } from './browsers';

/**
 * Runs `act` in the extension's context and returns its result. `leaveOpen`: Firefox's options
 * page stays open, for an `act` that goes on after it returns (a reload of the extension on a
 * timer, which ends the page itself).
 */
export async function inExtension<T>(browser: LaunchedBrowser, act: () => T | Promise<T>, { leaveOpen = false } = {}): Promise<T> {
  if (browser.kind === 'chromium') {
    const target = await browser.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'));
    return (await (await target.worker())!.evaluate(act)) as T;
  }
  const options = await browser.openExtensionPage('options.html');
  try {
    return (await options.evaluate(act)) as T;
  } finally {
    if (!leaveOpen) await options.close();
  }
}

/**
 * Forgets the agreements read so far, so that the next review is a first one: an agreement read
 * to the end is not locked again (earlier-read.ts), and the tests of one browser share a site.
 */
export function forgetReviews(browser: LaunchedBrowser): Promise<void> {
  return inExtension(browser, () => {
    type Api = { storage: { local: { remove(key: string): Promise<void> } } };
    const api = globalThis as unknown as { browser?: Api; chrome: Api };
    return (api.browser ?? api.chrome).storage.local.remove('reviewLog');
  });
}
