/**
 * Clausewise updated or reloaded while a page it reviewed is open. Chromium keeps the old
 * content script running in the page, cut off from the extension: its lock went on holding the
 * checkbox, which no reading could release any more. Firefox stops the old script: its lock
 * held nothing any more and its panel stayed on screen, dead. Now the reloaded Clausewise
 * reviews the open page again and its review takes the old one's place: one panel, which
 * reads and unlocks as on a freshly loaded page, or, where the user had read the agreement to
 * the end already, leaves it unlocked.
 */
import type { Frame, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { HOST_TAG } from '../../utils/ui/shadow-host';
import type { BrowserKind, LaunchedBrowser } from './harness/browsers';
import { inExtension } from './harness/extension-context';
import { casePage } from './harness/paths';
import { useBrowserAndServer } from './harness/suite';
import { sleep } from './lock-fixtures';
import { expectHeldUntilRead, openAgreement, panelStatus, scrollPanelToEnd } from './panel-helpers';

type ExtensionApi = { runtime: { reload(): void }; management: { uninstallSelf(): Promise<void> } };

const reloadExtension = (browser: LaunchedBrowser) =>
  inExtension(browser, () => setTimeout(() => (globalThis as unknown as { chrome: ExtensionApi }).chrome.runtime.reload(), 50), { leaveOpen: true });
// A command-line (unpacked) extension can remove itself, though no tool can remove it in Chromium.
const removeExtension = (browser: LaunchedBrowser) =>
  inExtension(browser, () => setTimeout(() => void (globalThis as unknown as { chrome: ExtensionApi }).chrome.management.uninstallSelf(), 50), { leaveOpen: true });

/**
 * Marks the panel in `context` (the page, or the frame that holds the agreement), reloads the
 * extension and waits for the new review's panel, with nothing left of the old one.
 */
async function reloadAndAwaitNewPanel(browser: LaunchedBrowser, page: Page, context: Page | Frame): Promise<void> {
  await context.evaluate((tag) => document.querySelector(tag)!.setAttribute('data-before-reload', ''), HOST_TAG);
  await reloadExtension(browser);
  await bringToFrontWhileTabsClose(page);
  await context.waitForFunction(
    (tag) => {
      const hosts = [...document.querySelectorAll(tag)];
      return hosts.length === 1 && !hosts[0].hasAttribute('data-before-reload') && !!hosts[0].shadowRoot?.querySelector('.panel');
    },
    { timeout: 15_000, polling: 200 },
    HOST_TAG,
  );
}

/**
 * Firefox closes the extension's page as the extension reloads; activating another tab while
 * that one closes can fail with "BrowsingContext does no longer exist" (seen once in CI), so the
 * activation is tried again.
 */
async function bringToFrontWhileTabsClose(page: Page): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await page.bringToFront();
      return;
    } catch (error) {
      if (attempt === 5) throw error;
      await sleep(200);
    }
  }
}

/** Whether a panel of Clausewise is on screen (a host left in the page may hold one, hidden). */
const panelShown = (page: Page) =>
  page.evaluate(
    (tag) => [...document.querySelectorAll(tag)].some((host) => host.shadowRoot?.querySelector('.panel')?.checkVisibility() === true),
    HOST_TAG,
  );

const isChecked = (page: Page) => page.$eval('input[name=accept]', (box) => (box as HTMLInputElement).checked);

describe.each<BrowserKind>(['chromium', 'firefox'])('a reviewed page when the extension is reloaded, in %s', (kind) => {
  const env = useBrowserAndServer(kind, (server) => server.route('/download.html', casePage('en-eula-text-box')));

  it('is reviewed again by the reloaded extension, whose panel replaces the old one and unlocks when read', async () => {
    const page: Page = await openAgreement(env.browser, env.server.url('/download.html'));
    expect(await panelStatus(page)).toBe('locked');
    await reloadAndAwaitNewPanel(env.browser, page, page);
    expect(await panelStatus(page)).toBe('locked');
    await expectHeldUntilRead(page, 'input[name=accept]');
    expect(await page.evaluate((tag) => document.querySelectorAll(tag).length, HOST_TAG)).toBe(1);
    await page.close();
  });
});

describe.each<BrowserKind>(['chromium', 'firefox'])('a page read to the end when the extension is reloaded, in %s', (kind) => {
  const env = useBrowserAndServer(kind, (server) => server.route('/download.html', casePage('en-eula-text-box')));

  it('is not locked again by the reloaded extension: the agreement has not changed since it was read', async () => {
    const page: Page = await openAgreement(env.browser, env.server.url('/download.html'));
    await scrollPanelToEnd(page);
    await sleep(100);
    await page.click('input[name=accept]');
    expect(await isChecked(page)).toBe(true);
    await page.click('input[name=accept]');

    await reloadAndAwaitNewPanel(env.browser, page, page);
    expect(await panelStatus(page)).toBe('read-before');
    await page.click('input[name=accept]');
    expect(await isChecked(page)).toBe(true);
    await page.close();
  });
});

describe.each<BrowserKind>(['chromium', 'firefox'])('an agreement reviewed in a frame when the extension is reloaded, in %s', (kind) => {
  const env = useBrowserAndServer(kind, (server) => {
    server.route('/download.html', casePage('en-eula-text-box'));
    server.route('/get-the-app.html', '<!doctype html><title>Get the app</title><h1>Get the app</h1><iframe src="/download.html" width="1000" height="700"></iframe>');
  });

  it('is reviewed again in its frame, the new panel in place of the old', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.server.url('/get-the-app.html'), { waitUntil: 'load' });
    const frame = page.frames().find((f) => f.url().endsWith('/download.html'))!;
    await frame.waitForSelector('pierce/.panel', { timeout: 15_000 });
    await reloadAndAwaitNewPanel(env.browser, page, frame);
    await frame.click('input[name=accept]');
    expect(await frame.$eval('input[name=accept]', (box) => (box as HTMLInputElement).checked)).toBe(false);
    await page.close();
  });
});

describe.each<BrowserKind>(['chromium', 'firefox'])('a reviewed page when the extension is removed, in %s', (kind) => {
  const env = useBrowserAndServer(kind, (server) => server.route('/download.html', casePage('en-eula-text-box')));

  it('gets its checkbox back and loses the old panel: at once in Firefox, at the next touch in Chromium', async () => {
    const page: Page = await openAgreement(env.browser, env.server.url('/download.html'));
    expect(await panelStatus(page)).toBe('locked');
    expect(await panelShown(page)).toBe(true);
    // Shown by the style the extension inserted, not by the host's own fallback.
    expect(await page.$eval(HOST_TAG, (host) => (host as HTMLElement).style.getPropertyValue('display'))).toBe('none');
    await removeExtension(env.browser);
    await sleep(1500);
    await page.bringToFront();
    // Firefox stops a removed add-on's scripts, and takes away the style its panel shows by.
    if (kind === 'firefox') expect(await panelShown(page)).toBe(false);

    await page.click('input[name=accept]');
    expect(await isChecked(page)).toBe(true);
    expect(await panelShown(page)).toBe(false);
    await page.close();
  });
});
