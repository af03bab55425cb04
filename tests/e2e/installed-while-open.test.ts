/**
 * Clausewise installed while the user already has an agreement open (an administrator's
 * force-install, an update, or a browser that restored its tabs before the extension started):
 * the open page had its navigation before the extension listened, and is looked at all the
 * same once the extension starts. In Chromium and Firefox, the built extension installed into
 * a running browser after the page has loaded.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserKind } from './harness/browsers';
import { casePage, extensionDirs } from './harness/paths';
import { useBrowserAndServer } from './harness/suite';
import { panelStatus } from './panel-helpers';

describe.each<BrowserKind>(['chromium', 'firefox'])('an agreement open before Clausewise is installed, in %s', (kind) => {
  const env = useBrowserAndServer(kind, (server) => server.route('/download.html', casePage('en-eula-text-box')), { extensionDir: null });

  it('summarises the page and locks its agree controls once the extension is installed', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.server.url('/download.html'), { waitUntil: 'load' });
    await env.browser.browser.installExtension(extensionDirs[kind]);
    await page.waitForSelector('pierce/.clause', { timeout: 15_000 });
    expect(await panelStatus(page)).toBe('locked');
    await page.close();
  });
});
