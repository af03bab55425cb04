/**
 * The lock on the agree controls of real-world shapes, in Chromium and Firefox with the built
 * extension: buttons, submit/image/button inputs, role=button links, a clickable div, checkboxes
 * by click, label and Space, Enter in a form field, several controls on one page, a modal
 * dialog, an open shadow root, a single-page app that renders the sign-up view late, a form a
 * framework re-renders, and consent lines that must stay unlocked. Page scripts cannot unlock;
 * after unlock the page's own handlers see everything and its DOM is as the page made it.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type BrowserKind, type LaunchedBrowser } from './harness/browsers';
import { startServer, type TestServer } from './harness/server';
import { isChecked, pageLog, serveLockFixtures, skipReview, sleep } from './lock-fixtures';
import { openAgreement, panelCategoryOf, panelStatus } from './panel-helpers';

const CONTROL_IDS = ['#agree-box', '#privacy-box', '#submit-btn', '#image-btn', '#agree-input', '#accept-input', '#agree-link', '#fake-agree'];

/** The form as the page's own markup has it, parsed from the served HTML in the page. */
const formAsServed = (page: Page) =>
  page.evaluate(async () => {
    const html = await (await fetch(location.href)).text();
    return new DOMParser().parseFromString(html, 'text/html').getElementById('signup')!.outerHTML;
  });

describe.each<BrowserKind>(['chromium', 'firefox'])('agree controls in %s', (kind) => {
  let server: TestServer;
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    server = await startServer();
    serveLockFixtures(server);
    browser = await launchWithExtension(kind);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('holds every kind of agree control against trusted clicks, Space and Enter', async () => {
    const page = await openAgreement(browser, server.url('/lock/controls.html'));
    expect(await panelStatus(page)).toBe('locked');
    for (const id of CONTROL_IDS) await page.click(id);
    await page.click('label:has(#agree-box)');
    await page.focus('#agree-box');
    await page.keyboard.press(' ');
    await page.focus('#email');
    await page.keyboard.type('me@example.test');
    await page.keyboard.press('Enter');
    await sleep(300);
    expect(await isChecked(page, '#agree-box')).toBe(false);
    expect(await isChecked(page, '#privacy-box')).toBe(false);
    expect(await pageLog(page)).not.toMatch(/click:|submit/u);
    expect(page.url()).toContain('/lock/controls.html');
    await page.close();
  });

  it("leaves the cookie banner's Accept all on the agreement page alone", async () => {
    const page = await openAgreement(browser, server.url('/lock/controls.html'));
    expect(await panelStatus(page)).toBe('locked');
    await page.click('#cookie-accept');
    expect(await pageLog(page)).toContain('click:cookie-accept');
    await page.close();
  });

  it('cannot be undone by the page: synthetic events, removing the hints, looking for its state', async () => {
    const page = await openAgreement(browser, server.url('/lock/controls.html'));
    const tried = await page.evaluate(() => {
      const box = document.getElementById('agree-box') as HTMLInputElement;
      box.click();
      box.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
      document.querySelector('label')!.click();
      (document.getElementById('signup') as HTMLFormElement).requestSubmit();
      document.querySelector('clausewise-root')?.remove();
      return { checked: box.checked, visibleState: Object.keys(window).filter((k) => /clausewise/iu.test(k)) };
    });
    expect(tried).toEqual({ checked: false, visibleState: [] });
    await sleep(200);
    await page.click('#agree-box');
    expect(await isChecked(page, '#agree-box')).toBe(false);
    expect(await pageLog(page)).toBe('');
    await page.close();
  });

  it('after Skip review the page sees every event and its DOM is what it made', async () => {
    const page = await openAgreement(browser, server.url('/lock/controls.html'));
    await skipReview(page);
    expect(await panelStatus(page)).toBe('skipped');
    for (const id of CONTROL_IDS) await page.click(id);
    for (const id of CONTROL_IDS) expect(await pageLog(page)).toContain(`click:${id.slice(1)}`);
    expect(await isChecked(page, '#agree-box')).toBe(true);
    await page.focus('#agree-box');
    await page.keyboard.press(' ');
    expect(await isChecked(page, '#agree-box')).toBe(false);
    await page.focus('#email');
    await page.keyboard.press('Enter');
    await sleep(200);
    expect(await pageLog(page)).toContain('submit');
    await page.evaluate(() => {
      for (const box of document.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = false;
    });
    expect(await page.$eval('#signup', (el) => el.outerHTML)).toBe(await formAsServed(page));
    await page.close();
  });

  it('holds the agree button of a modal dialog', async () => {
    const page = await openAgreement(browser, server.url('/lock/modal.html'));
    expect(await panelStatus(page)).toBe('locked');
    await page.click('#open');
    await page.click('#dlg-agree');
    expect(await pageLog(page)).toBe('');
    await page.keyboard.press('Escape');
    await skipReview(page);
    await page.click('#open');
    await page.click('#dlg-agree');
    expect(await pageLog(page)).toBe('agreed;');
    await page.close();
  });

  it('holds the lone "Accept and install" button of a download page with no field at all', async () => {
    const page = await openAgreement(browser, server.url('/lock/install.html'));
    expect(await panelStatus(page)).toBe('locked');
    await page.click('#accept');
    expect(await pageLog(page)).toBe('');
    await skipReview(page);
    await page.click('#accept');
    expect(await pageLog(page)).toBe('installed;');
    await page.close();
  });

  it('holds a checkbox inside an open shadow root', async () => {
    const page = await openAgreement(browser, server.url('/lock/shadow.html'));
    await page.click('pierce/#shadow-box');
    expect(await page.$eval('pierce/#shadow-box', (el) => (el as HTMLInputElement).checked)).toBe(false);
    await skipReview(page);
    await page.click('pierce/#shadow-box');
    expect(await page.$eval('pierce/#shadow-box', (el) => (el as HTMLInputElement).checked)).toBe(true);
    await page.close();
  });

  // Both apps move to /lock/<app>/signup 1.5 s after load and render a sign-up form there.
  it.each([
    ['an app still rendering at load (watched by the closer look)', 'spa', '#spa-box'],
    ['a rendered app with no form at load (looked at again after the navigation)', 'app-rendered', '#app-box'],
  ])('finds the sign-up view of %s after a client-side navigation', async (_, app, box) => {
    const page = await browser.newPage();
    await page.goto(server.url(`/lock/${app}.html`), { waitUntil: 'load' });
    await page.waitForSelector('pierce/.panel', { timeout: 15_000 });
    expect(page.url()).toContain(`/lock/${app}/signup`);
    await page.click(box);
    expect(await isChecked(page, box)).toBe(false);
    await page.close();
  });

  it('finds the sign-up dialog a page with no field builds when the user clicks, at the same address', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/lock/dialog-on-click.html'), { waitUntil: 'load' });
    // The every-page check passed the page over: no panel while nobody clicks.
    await sleep(2500);
    expect(await page.$('pierce/.panel')).toBeNull();
    await page.click('#join');
    await page.waitForSelector('pierce/.panel', { timeout: 15_000 });
    await page.click('#join-box');
    expect(await isChecked(page, '#join-box')).toBe(false);
    await page.close();
  });

  it('analyses the terms written out in a dialog that a click builds over a long product page', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/lock/dialog-terms-on-click.html'), { waitUntil: 'load' });
    await page.click('#buy');
    await page.waitForSelector('pierce/.panel', { timeout: 15_000 });
    // The summary is of the dialog's terms, not of the page's reviews.
    expect(await panelCategoryOf(page, '3.1')).toBe('liability');
    expect(await panelCategoryOf(page, '5.2')).toBe('dispute');
    expect(await panelStatus(page)).toBe('locked');
    await page.click('#buy-box');
    expect(await isChecked(page, '#buy-box')).toBe(false);
    await page.close();
  });

  it('lets a page whose image is slow fire its load event, and still finds the dialog a later click builds', async () => {
    // The same page with an image that takes 2 s: the every-page check must not hold the load
    // event while it waits for the user's clicks (Chromium holds it for a pending injection).
    server.route('/slow/news.html', async () => ({
      type: 'text/html; charset=utf-8',
      body: (await (await fetch(server.url('/lock/dialog-on-click.html'))).text()).replace('</main>', '</main><img src="/slow/photo.svg" alt="">'),
    }));
    server.route('/slow/photo.svg', { type: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>' }, { delayMs: 2000 });
    const page = await browser.newPage();
    await page.goto(server.url('/slow/news.html'), { waitUntil: 'load', timeout: 10_000 });
    const loadEventEnd = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
    expect(loadEventEnd).toBeGreaterThanOrEqual(2000);
    expect(loadEventEnd).toBeLessThan(5000);
    await sleep(1000);
    expect(await page.$('pierce/.panel')).toBeNull();
    await page.click('#join');
    await page.waitForSelector('pierce/.panel', { timeout: 15_000 });
    await page.click('#join-box');
    expect(await isChecked(page, '#join-box')).toBe(false);
    await page.close();
  });

  it('keeps holding controls a framework replaces on every render', async () => {
    const page = await openAgreement(browser, server.url('/lock/rerender.html'));
    const rendersAtStart = Number(await page.$eval('#renders', (el) => el.textContent));
    await page.waitForFunction((n) => Number(document.getElementById('renders')!.textContent) >= n + 2, {}, rendersAtStart);
    // The nodes are now ones the lock never saw at first; stop rendering so the test can aim at them.
    await page.evaluate(() => (window as unknown as { stopRendering(): void }).stopRendering());
    await page.click('.box');
    expect(await isChecked(page, '.box')).toBe(false);
    await page.click('.go');
    await sleep(300);
    expect(page.url()).toContain('/lock/rerender.html');
    await page.evaluate(() => (window as unknown as { rerender(): void }).rerender());
    await page.click('.box');
    expect(await isChecked(page, '.box')).toBe(false);
    await skipReview(page);
    await page.evaluate(() => (window as unknown as { rerender(): void }).rerender());
    await page.click('.box');
    expect(await isChecked(page, '.box')).toBe(true);
    await page.close();
  });

  it('leaves newsletter and cookie consent alone', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/lock/newsletter.html'), { waitUntil: 'load' });
    await sleep(2000);
    expect(await page.$('clausewise-root')).toBeNull();
    await page.click('#news-box');
    expect(await isChecked(page, '#news-box')).toBe(true);
    await page.close();
  });

  it('never locks on a site in the "don\'t lock here" list of the options', async () => {
    const options = await browser.openExtensionPage('options.html');
    const field = await options.waitForSelector('[data-setting=neverLockSites] textarea', { timeout: 10_000 });
    await options.bringToFront();
    await field!.focus();
    await options.keyboard.type('127.0.0.1');
    await options.keyboard.press('Tab');
    await sleep(500);
    const page = await browser.newPage();
    await page.goto(server.url('/lock/controls.html'), { waitUntil: 'load' });
    await sleep(2500);
    expect(await page.$('clausewise-root')).toBeNull();
    await page.click('#agree-box');
    expect(await isChecked(page, '#agree-box')).toBe(true);
    // Taken off the list, the same page is reviewed and locked again.
    await options.bringToFront();
    await field!.focus();
    for (let i = 0; i < '127.0.0.1'.length; i++) await options.keyboard.press('Backspace');
    await options.keyboard.press('Tab');
    await sleep(500);
    const again = await openAgreement(browser, server.url('/lock/controls.html'));
    expect(await panelStatus(again)).toBe('locked');
    await Promise.all([options.close(), page.close(), again.close()]);
  });
});
