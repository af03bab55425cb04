/**
 * Clausewise installed while the user already has an agreement open (an administrator's
 * force-install, an update, or a browser that restored its tabs before the extension started):
 * the open page had its navigation before the extension listened, and is looked at all the
 * same once the extension starts. In Chromium and Firefox, the built extension installed into
 * a running browser after the page has loaded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type BrowserKind, type LaunchedBrowser } from './harness/browsers';
import { casePage, extensionDirs } from './harness/paths';
import { startServer, type TestServer } from './harness/server';
import { panelStatus } from './panel-helpers';

describe.each<BrowserKind>(['chromium', 'firefox'])('an agreement open before Clausewise is installed, in %s', (kind) => {
  let server: TestServer;
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    server = await startServer();
    server.route('/download.html', casePage('en-eula-text-box'));
    browser = await launchWithExtension(kind, { extensionDir: null });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('summarises the page and locks its agree controls once the extension is installed', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/download.html'), { waitUntil: 'load' });
    await browser.browser.installExtension(extensionDirs[kind]);
    await page.waitForSelector('pierce/.clause', { timeout: 15_000 });
    expect(await panelStatus(page)).toBe('locked');
    await page.close();
  });
});
