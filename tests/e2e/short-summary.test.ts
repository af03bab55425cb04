/**
 * A summary short enough to need no scrolling counts as read once it has been on screen for
 * the configured time (here set to 2 s in the options page, as a user would).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type BrowserKind, type LaunchedBrowser } from './harness/browsers';
import { startServer, type TestServer } from './harness/server';
import { openAgreement, panelStatus } from './panel-helpers';

describe.each<BrowserKind>(['chromium', 'firefox'])('short summary in %s', (kind) => {
  let server: TestServer;
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchWithExtension(kind);
    // Set the reading delay through the options page's own control.
    const options = await browser.openExtensionPage('options.html');
    const field = await options.waitForSelector('#setting-readDelayMs');
    await field!.click({ count: 3 });
    await options.keyboard.type('2');
    await options.keyboard.press('Tab');
    await options.waitForFunction(() => document.body.textContent?.includes('Saved') || document.body.textContent?.includes('已保存'));
    await options.close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('unlocks after the configured time on screen, not before', async () => {
    const page = await openAgreement(browser, server.url('/pages/short-terms.html'));
    const shownAt = Date.now();
    expect(await page.$eval('pierce/.list', (el) => el.scrollHeight <= el.clientHeight + 4)).toBe(true);
    expect(await panelStatus(page)).toBe('locked');
    await page.click('#ok');
    expect(await page.$eval('#ok', (el) => (el as HTMLInputElement).checked)).toBe(false);

    await page.waitForFunction(
      () => document.querySelector('clausewise-root')?.shadowRoot?.querySelector('.status-unlocked') !== null,
      { timeout: 10_000 },
    );
    const elapsed = Date.now() - shownAt;
    expect(elapsed).toBeGreaterThanOrEqual(1500);
    await page.click('#ok');
    expect(await page.$eval('#ok', (el) => (el as HTMLInputElement).checked)).toBe(true);
    await page.close();
  });
});
