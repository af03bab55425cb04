/**
 * The whole job on the sample agreement, in real Chromium and Firefox with the built
 * extension: the panel lists the key clauses, the agree controls are locked against trusted
 * mouse and keyboard input, scrolling the summary to its end unlocks them, the form then
 * submits, and Skip review unlocks at once and is recorded as a skip.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchWithExtension, type BrowserKind, type LaunchedBrowser } from './harness/browsers';
import { forgetReviews } from './harness/extension-context';
import { sharedDir } from './harness/paths';
import { startServer, type TestServer } from './harness/server';
import { openAgreement, panelCategoryOf, panelStatus, scrollPanelToEnd } from './panel-helpers';

const expected = JSON.parse(readFileSync(join(sharedDir, 'fixtures/aliyun-service-agreement.expected.json'), 'utf8')) as {
  categories: Record<'liability' | 'law' | 'dispute', string[]>;
  clauses: Array<{ id: string; emphasis: string }>;
};

const checked = (page: Page) => page.$eval('#read', (el) => (el as HTMLInputElement).checked);

describe.each<BrowserKind>(['chromium', 'firefox'])('sample agreement in %s', (kind) => {
  let server: TestServer;
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    server = await startServer();
    server.route('/accepted', '<!doctype html><title>Accepted</title><h1>Accepted</h1>');
    browser = await launchWithExtension(kind);
  });
  // Each test reads or skips from a first review: an agreement read before is not locked again.
  beforeEach(() => forgetReviews(browser));
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the key clauses grouped by category, with the emphasised ones marked', async () => {
    const page = await openAgreement(browser, server.url('/shared/fixtures/aliyun-service-agreement.html'));
    const numbers = await page.$$eval('pierce/.clause-number', (els) => els.map((e) => e.textContent));
    for (const clause of expected.clauses.filter((c) => c.emphasis !== 'none')) expect(numbers).toContain(clause.id);
    expect(await panelCategoryOf(page, '13.1')).toBe('law');
    expect(await panelCategoryOf(page, '13.2')).toBe('dispute');
    for (const id of expected.categories.liability) expect(await panelCategoryOf(page, id), id).toBe('liability');
    const groups = await page.$$eval('pierce/.group', (els) => els.map((e) => e.getAttribute('data-category')));
    expect(groups.slice(0, 3)).toEqual(['liability', 'law', 'dispute']);
    const emphasisMarks = await page.$$eval('pierce/.clause .emph', (els) => els.length);
    expect(emphasisMarks).toBeGreaterThan(10);
    await page.close();
  });

  it('locks the checkbox and the button against trusted input until the summary is read', async () => {
    const page = await openAgreement(browser, server.url('/shared/fixtures/aliyun-service-agreement.html'));
    expect(await panelStatus(page)).toBe('locked');

    await page.click('#read'); // trusted mouse click on the box
    expect(await checked(page)).toBe(false);
    const label = await page.$('label');
    await label!.click(); // trusted click on the label text
    expect(await checked(page)).toBe(false);
    await page.focus('#read');
    await page.keyboard.type(' '); // keyboard: Space toggles a focused checkbox
    expect(await checked(page)).toBe(false);
    await page.evaluate(() => document.getElementById('read')!.click()); // a page script
    expect(await checked(page)).toBe(false);

    // Even if the site enabled its button, a trusted click or Enter cannot submit.
    await page.evaluate(() => ((document.getElementById('agree') as HTMLButtonElement).disabled = false));
    const before = server.hitsFor('/accepted').length;
    await page.click('#agree');
    await page.focus('#agree');
    await page.keyboard.press('Enter');
    await new Promise((r) => setTimeout(r, 500));
    expect(server.hitsFor('/accepted').length).toBe(before);
    expect(page.url()).toContain('aliyun-service-agreement.html');

    // The lock hint explains itself next to the control.
    expect(await page.$$eval('pierce/.lock-hint', (els) => els.length)).toBeGreaterThan(0);
    await page.evaluate(() => ((document.getElementById('agree') as HTMLButtonElement).disabled = true));

    await scrollPanelToEnd(page);
    expect(await panelStatus(page)).toBe('unlocked');
    expect(await page.$$eval('pierce/.lock-hint', (els) => els.length)).toBe(0);

    // Unlocked: the same inputs now work, the site's own script enables the button when the
    // box is ticked, and the form submits.
    await page.focus('#read');
    await page.keyboard.type(' ');
    expect(await checked(page)).toBe(true);
    await label!.click();
    expect(await checked(page)).toBe(false);
    await page.click('#read');
    expect(await checked(page)).toBe(true);
    expect(await page.$eval('#agree', (el) => (el as HTMLButtonElement).disabled)).toBe(false);
    const submittedAfter = Date.now();
    await Promise.all([page.waitForNavigation(), page.click('#agree')]);
    const hit = await server.waitForHit('/accepted', { since: submittedAfter });
    expect(hit.query.read).toBe('on');
    await page.close();
  });

  it('unlocks the scrolling-box sign-up form the same way', async () => {
    const page = await openAgreement(browser, server.url('/shared/fixtures/aliyun-signup-scrollbox.html'));
    await page.click('#read');
    expect(await checked(page)).toBe(false);
    await scrollPanelToEnd(page);
    await page.click('#read');
    expect(await checked(page)).toBe(true);
    await page.close();
  });

  it('shows a clause in the page, collapses and expands, and unlocks from the keyboard', async () => {
    const page = await openAgreement(browser, server.url('/shared/fixtures/aliyun-service-agreement.html'));
    const inView = () =>
      page.evaluate(() => {
        const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.startsWith('13.1.'))!;
        const r = p.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      });
    expect(await inView()).toBe(false);
    const cards = await page.$$('pierce/.clause');
    for (const card of cards) {
      if ((await card.$eval('.clause-number', (el) => el.textContent).catch(() => null)) === '13.1') {
        const show = await card.$('.show');
        await show!.click();
        break;
      }
    }
    await page.waitForFunction(
      () => {
        const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.startsWith('13.1.'))!;
        const r = p.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      },
      { timeout: 5000 },
    );
    expect(await page.$('pierce/.highlight')).not.toBeNull();

    await page.click('pierce/.panel-head .icon');
    expect(await page.$('pierce/.panel')).toBeNull();
    await page.click('pierce/.tab');
    await page.waitForSelector('pierce/.panel');
    expect(await panelStatus(page)).toBe('locked');

    // Keyboard only: focus the summary and press End.
    const list = await page.$('pierce/.list');
    await list!.focus();
    await page.keyboard.press('End');
    await page.waitForFunction(
      () => document.querySelector('clausewise-root')?.shadowRoot?.querySelector('.status-unlocked') !== null,
      { timeout: 5000 },
    );
    await page.click('#read');
    expect(await checked(page)).toBe(true);
    await page.close();
  });

  it('Skip review asks for confirmation, unlocks at once, and is recorded as a skip', async () => {
    const page = await openAgreement(browser, server.url('/shared/fixtures/aliyun-service-agreement.html'));
    await page.click('pierce/.skip');
    expect(await panelStatus(page)).toBe('locked'); // only asked, not yet skipped
    await page.click('pierce/.confirm .danger');
    expect(await panelStatus(page)).toBe('skipped');
    await page.click('#read');
    expect(await checked(page)).toBe(true);

    const options = await browser.openExtensionPage('options.html');
    await options.waitForSelector('li time');
    const entry = await options.$eval('li', (li) => li.textContent ?? '');
    expect(entry).toContain('skipped');
    await options.close();
    await page.close();
  });
});
