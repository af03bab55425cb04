/**
 * Running code in the extension's own context, where its storage and APIs are: Chromium's
 * service worker, Firefox's options page (an MV2 background page is not a puppeteer target),
 * and Chromium's options page too while its worker is not ready.
 */
import type { WebWorker } from 'puppeteer-core';
import type { LaunchedBrowser } from './browsers';

/**
 * Runs `act` in the extension's context and returns its result. `leaveOpen`: the options
 * page, when one is used, stays open, for an `act` that goes on after it returns (a reload of
 * the extension on a timer, which ends the page itself).
 */
export async function inExtension<T>(browser: LaunchedBrowser, act: () => T | Promise<T>, { leaveOpen = false } = {}): Promise<T> {
  if (browser.kind === 'chromium') {
    const worker = await readyServiceWorker(browser);
    if (worker) return (await worker.evaluate(act)) as T;
  }
  const options = await browser.openExtensionPage('options.html');
  try {
    return (await options.evaluate(act)) as T;
  } finally {
    if (!leaveOpen) await options.close();
  }
}

/**
 * The extension's service worker once its extension APIs are there, or undefined. A worker
 * that Chromium is starting (or stopping after its idle time) can be a target whose global
 * scope has no `chrome` yet (or any more); code run in it then fails for a reason that has
 * nothing to do with the test. When no ready worker turns up within `waitMs`, the caller
 * uses an extension page instead, which has the same storage and APIs.
 */
async function readyServiceWorker(browser: LaunchedBrowser, waitMs = 3000): Promise<WebWorker | undefined> {
  const prefix = browser.extensionBaseUrl ?? 'chrome-extension://';
  const deadline = Date.now() + waitMs;
  do {
    const target = browser.browser.targets().find((t) => t.type() === 'service_worker' && t.url().startsWith(prefix));
    const worker = await target?.worker().catch(() => null);
    const ready = await worker
      ?.evaluate(() => typeof (globalThis as { chrome?: { storage?: unknown } }).chrome?.storage === 'object')
      .catch(() => false);
    if (worker && ready) return worker;
    await new Promise((resolve) => setTimeout(resolve, 100));
  } while (Date.now() < deadline);
  return undefined;
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
