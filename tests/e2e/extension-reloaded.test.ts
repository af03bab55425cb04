/**
 * Clausewise updated or reloaded while a page it reviewed is open. Chromium keeps the old
 * content script running in the page, cut off from the extension: its lock went on holding the
 * checkbox, which no reading could release any more (the page could not be accepted without a
 * reload). Now the old review is taken down at the user's next touch. Firefox stops a reloaded
 * add-on's scripts with it: the lock holds nothing any more (its panel stays on screen until
 * the page reloads). In both, the checkbox works after the reload.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import type { BrowserKind, LaunchedBrowser } from './harness/browsers';
import { casePage } from './harness/paths';
import { useBrowserAndServer } from './harness/suite';
import { sleep } from './lock-fixtures';
import { openAgreement, panelStatus } from './panel-helpers';

/** Reloads the extension from its own context: Chromium's worker, Firefox's options page. */
async function reloadExtension(browser: LaunchedBrowser): Promise<void> {
  const reload = () => setTimeout(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(), 50);
  if (browser.kind === 'chromium') {
    const worker = await browser.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'));
    await (await worker.worker())!.evaluate(reload);
  } else {
    const options = await browser.openExtensionPage('options.html');
    await options.evaluate(reload);
  }
  await sleep(2000);
}

describe.each<BrowserKind>(['chromium', 'firefox'])('a reviewed page when the extension is reloaded, in %s', (kind) => {
  const env = useBrowserAndServer(kind, (server) => server.route('/download.html', casePage('en-eula-text-box')));

  it('gives the page its checkbox back, and in Chromium takes the old panel down at the next touch', async () => {
    const page: Page = await openAgreement(env.browser, env.server.url('/download.html'));
    expect(await panelStatus(page)).toBe('locked');
    await reloadExtension(env.browser);
    await page.bringToFront();

    await page.click('input[name=accept]');
    expect(await page.$eval('input[name=accept]', (box) => (box as HTMLInputElement).checked)).toBe(true);
    if (kind === 'chromium') expect(await page.evaluate(() => document.querySelectorAll('clausewise-root').length)).toBe(0);
    await page.close();
  });
});
