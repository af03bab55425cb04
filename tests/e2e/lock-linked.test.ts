/**
 * Linked agreements, agreements in frames, and the acceptance forms of the shared corpus, in
 * Chromium and Firefox with the built extension. "I have read and agree to the <a>Terms</a>":
 * the linked terms are fetched (same origin from the page, another origin through the
 * background), analysed, shown, and the checkbox locked; when they cannot be loaded, nothing
 * is locked and the panel says so quietly.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ElementHandle, Page, Target } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type BrowserKind, type LaunchedBrowser } from './harness/browsers';
import { pagesDir, sharedDir } from './harness/paths';
import { startServer, type TestServer } from './harness/server';
import { isChecked, otherOrigin, serveLockFixtures, skipReview, sleep } from './lock-fixtures';
import { openAgreement, panelStatus, waitForPanelInFrame } from './panel-helpers';

const corpus = join(sharedDir, 'corpus/pages/acceptance-forms');

describe.each<BrowserKind>(['chromium', 'firefox'])('linked agreements and frames in %s', (kind) => {
  let server: TestServer;
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    server = await startServer();
    serveLockFixtures(server);
    server.route(/^\/corpus\//, async ({ hit }) => ({ type: 'text/html; charset=utf-8', body: await readFile(join(corpus, hit.path.slice('/corpus/'.length))) }));
    // Terms long enough that their governing-law clause is far below the top.
    const filler = Array.from({ length: 40 }, (_, i) => `<p>0.${i + 1} This paragraph explains how the service works in everyday use, item ${i + 1}.</p>`).join('\n');
    const body = await readFile(join(pagesDir, 'lock', 'terms-body.html'), 'utf8');
    server.route('/long-terms.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Terms of Service</title></head><body>${filler}${body}</body></html>`);
    browser = await launchWithExtension(kind);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('fetches same-origin linked terms, shows their key clauses without "Show in page", and locks the box', async () => {
    const page = await openAgreement(browser, server.url('/lock/linked-signup.html'));
    expect(server.hitsFor('/lock/terms.html').length).toBeGreaterThan(0);
    expect(await panelStatus(page)).toBe('locked');
    const headings = await page.$$eval('pierce/.clause-number', (els) => els.map((e) => e.textContent));
    expect(headings).toEqual(expect.arrayContaining(['3.1', '5.1', '5.2']));
    expect(await page.$$eval('pierce/.clause .show', (els) => els.length)).toBe(0);
    await page.click('#linked-box');
    expect(await isChecked(page, '#linked-box')).toBe(false);
    await skipReview(page);
    await page.click('#linked-box');
    expect(await isChecked(page, '#linked-box')).toBe(true);
    await page.close();
  });

  it('links each clause of the linked terms to its place in them, which the browser opens scrolled to the clause', async () => {
    const page = await openAgreement(browser, server.url('/lock/linked-signup.html?terms=/long-terms.html'));
    const link = await page.evaluateHandle(() => {
      const cards = [...document.querySelector('clausewise-root')!.shadowRoot!.querySelectorAll('.clause')];
      return cards.find((c) => c.querySelector('.clause-number')?.textContent === '5.1')!.querySelector('a.terms-link')!;
    });
    expect(await link.evaluate((a) => (a as HTMLAnchorElement).href)).toContain('/long-terms.html#:~:text=5.1%20These%20terms%20are%20governed,');
    const opened = new Promise<Page | null>((resolve) => browser.browser.once('targetcreated', (target: Target) => resolve(target.page())));
    await (link as ElementHandle<HTMLElement>).click();
    const terms = (await opened)!;
    await terms.waitForFunction(() => document.readyState === 'complete' && window.scrollY > 0, { timeout: 10_000 });
    const clauseTop = await terms.evaluate(() => [...document.querySelectorAll('p')].find((p) => p.textContent!.startsWith('5.1'))!.getBoundingClientRect().top);
    expect(clauseTop).toBeGreaterThanOrEqual(0);
    expect(clauseTop).toBeLessThan(await terms.evaluate(() => window.innerHeight));
    await terms.close();
    await page.close();
  });

  it('fetches cross-origin linked terms through the background', async () => {
    const terms = `${otherOrigin(server)}/lock/terms.html`;
    server.clearHits();
    const page = await openAgreement(browser, server.url(`/lock/linked-signup.html?terms=${encodeURIComponent(terms)}`));
    const hit = server.hitsFor('/lock/terms.html')[0];
    expect(hit.headers.host).toBe(`localhost:${server.port}`);
    expect(hit.headers.cookie).toBeUndefined();
    await page.click('#linked-box');
    expect(await isChecked(page, '#linked-box')).toBe(false);
    await page.close();
  });

  it.each([
    ['an error status', { status: 500 }],
    ['a dropped connection', { reset: true }],
    ['no answer within the deadline', { hang: true }],
  ])('locks nothing and says so quietly when the linked terms fail with %s', async (_what, fault) => {
    const remove = server.fault('/lock/terms.html', fault);
    try {
      const page = await browser.newPage();
      await page.goto(server.url('/lock/linked-signup.html'), { waitUntil: 'load' });
      await page.waitForSelector('pierce/.status-linked-failed', { timeout: 20_000 });
      expect(await page.$('pierce/.panel')).toBeNull();
      await page.click('#linked-box');
      expect(await isChecked(page, '#linked-box')).toBe(true);
      await page.close();
    } finally {
      remove();
    }
  });

  it('reviews an agreement inside same-origin and cross-origin frames, each in its own frame, and a frame of terms by its address', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/lock/frames.html'), { waitUntil: 'load' });
    const frameOf = (host: string) => page.frames().find((f) => f.url().includes(host) && f.url().includes('frame-agreement'));
    for (const host of ['127.0.0.1', 'localhost']) {
      await sleep(100);
      const frame = frameOf(host);
      expect(frame, host).toBeDefined();
      await frame!.waitForSelector('pierce/.panel', { timeout: 15_000 });
      await frame!.click('#frame-box');
      expect(await frame!.$eval('#frame-box', (el) => (el as HTMLInputElement).checked), host).toBe(false);
    }
    // A frame of terms with no field is found by its address, which the background reads from the frame's navigation.
    expect(page.frames().find((f) => f.url().endsWith('/lock/terms.html'))).toBeDefined();
    await waitForPanelInFrame(browser, page, '/lock/terms.html');
    await page.close();
  });

  it('puts the lock hint of a box beside its consent text and terms link, not on them', async () => {
    const page = await openAgreement(browser, server.url('/lock/consent-beside-box.html'));
    expect(await panelStatus(page)).toBe('locked');
    const layout = await page.evaluate(() => {
      const hints = Array.from(document.querySelector('clausewise-root')!.shadowRoot!.querySelectorAll('.lock-hint'), (h) => h.getBoundingClientRect());
      const rectOf = (selector: string) => {
        const range = document.createRange();
        range.selectNodeContents(document.querySelector(selector)!);
        return range.getBoundingClientRect();
      };
      const meet = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const read = ['#sibling-text', '#sibling-link', 'label', '#label-link'];
      const onRow = (selector: string) => {
        const row = document.querySelector(selector)!.getBoundingClientRect();
        return hints.some((h) => h.top < row.bottom && h.bottom > row.top);
      };
      return { covered: read.filter((selector) => hints.some((h) => meet(h, rectOf(selector)))), hinted: [onRow('#sibling-row'), onRow('#label-row')] };
    });
    expect(layout).toEqual({ covered: [], hinted: [true, true] });
    await page.close();
  });

  it('locks the agree control of the corpus sign-up with an agreement in a hidden modal', async () => {
    const page = await openAgreement(browser, server.url('/corpus/signup-yundianbao-register-with-embedded-agreement-modal.html'));
    expect(await panelStatus(page)).toBe('locked');
    const before = await isChecked(page, '#agreement');
    await page.click('#agreement');
    expect(await isChecked(page, '#agreement')).toBe(before);
    await page.close();
  });

  it.each([
    'signup-jd-clone-register-checkbox.html',
    'signup-passwordutils-contact-form-privacy-checkbox.html',
    'signup-taobao-clone-mobile-register-footer-consent.html',
    'signup-wildnest-resort-create-account-implicit-consent.html',
  ])('leaves %s working: its terms link goes nowhere, so nothing is locked', async (file) => {
    const page = await browser.newPage();
    await page.goto(server.url(`/corpus/${file}`), { waitUntil: 'load' });
    await sleep(2500);
    expect(await page.$('pierce/.lock-hint')).toBeNull();
    const box = await page.$('input[type=checkbox]');
    if (box) {
      await box.click();
      expect(await box.evaluate((el) => (el as HTMLInputElement).checked)).toBe(true);
    }
    await page.close();
  });
});
