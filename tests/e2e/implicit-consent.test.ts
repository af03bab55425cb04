/**
 * Implicit consent and agree links, in Chromium and Firefox with the built extension. "By
 * creating an account, you agree to our <a>Terms</a>" beside a "Create account" button: the
 * every-page check sends the page to the analyser, the linked terms are fetched and their key
 * clauses shown, and the button is held (click, and Enter in a field) until the summary has been
 * scrolled to its end — then the form submits. Terms that cannot be loaded lock nothing and are
 * mentioned quietly; a newsletter's "By clicking Submit, you agree" is left exactly as it was;
 * "I agree" links are held and released like buttons.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchWithExtension, type BrowserKind, type LaunchedBrowser } from './harness/browsers';
import { forgetReviews } from './harness/extension-context';
import { startServer, type TestServer } from './harness/server';
import { load, serveImplicitPages, TERMS } from './implicit-fixtures';
import { serveLockFixtures, skipReview, sleep } from './lock-fixtures';
import { openAgreement, panelStatus, scrollPanelToEnd } from './panel-helpers';

/** Long enough for the every-page check and, where it fires, the analysis. */
const SETTLE_MS = 2500;

/** The body as the server sent it, parsed in the page: what the page looks like untouched. */
const bodyAsServed = (page: Page) =>
  page.evaluate(async () => new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html').body.outerHTML);

describe.each<BrowserKind>(['chromium', 'firefox'])('implicit consent and agree links in %s', (kind) => {
  let server: TestServer;
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    server = await startServer();
    serveLockFixtures(server);
    serveImplicitPages(server);
    browser = await launchWithExtension(kind);
  });
  // Each test reads or skips from a first review: an agreement read before is not locked again.
  beforeEach(() => forgetReviews(browser));
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the linked terms and holds "Create account" against a click and Enter until the summary is read', async () => {
    server.clearHits();
    const page = await openAgreement(browser, server.url('/implicit/signup.html'));
    expect(server.hitsFor(TERMS).length).toBeGreaterThan(0);
    expect(await panelStatus(page)).toBe('locked');
    const numbers = await page.$$eval('pierce/.clause-number', (els) => els.map((e) => e.textContent));
    expect(numbers).toEqual(expect.arrayContaining(['3.1', '5.1', '5.2']));

    const since = Date.now();
    await page.click('#create');
    await page.type('#email', 'me@example.test');
    await page.keyboard.press('Enter');
    await sleep(500);
    expect(server.hitsFor('/accepted').filter((h) => h.at >= since)).toEqual([]);
    expect(page.url()).toContain('/implicit/signup.html');
    expect(await page.$$eval('pierce/.lock-hint', (els) => els.length)).toBeGreaterThan(0);

    await scrollPanelToEnd(page);
    expect(await panelStatus(page)).toBe('unlocked');
    const submittedAfter = Date.now();
    await Promise.all([page.waitForNavigation(), page.click('#create')]);
    const hit = await server.waitForHit('/accepted', { since: submittedAfter });
    expect(hit.method).toBe('POST');
    expect(hit.form.email).toBe('me@example.test');
    await page.close();
  });

  it('holds the 下一步 button of a Chinese "继续操作即视为同意" footer the same way', async () => {
    const page = await openAgreement(browser, server.url('/implicit/signup-zh.html'));
    expect(await panelStatus(page)).toBe('locked');
    const since = Date.now();
    await page.click('#next');
    await sleep(300);
    expect(server.hitsFor('/accepted').filter((h) => h.at >= since)).toEqual([]);
    await skipReview(page);
    await Promise.all([page.waitForNavigation(), page.click('#next')]);
    expect((await server.waitForHit('/accepted', { since })).path).toBe('/accepted');
    await page.close();
  });

  it.each([
    ['links that go nowhere', '#', undefined],
    ['an error status', TERMS, { status: 404 }],
    ['no answer within the deadline', TERMS, { hang: true }],
  ] as const)('locks nothing and says so quietly when the terms have %s', async (_what, terms, fault) => {
    const remove = fault ? server.fault(TERMS, fault) : () => undefined;
    try {
      const page = await load(browser, server.url(`/implicit/signup.html?terms=${encodeURIComponent(terms)}`));
      await page.waitForSelector('pierce/.status-linked-failed', { timeout: 20_000 });
      expect(await page.$('pierce/.panel')).toBeNull();
      expect(await page.$('pierce/.lock-hint')).toBeNull();
      await page.type('#email', 'free@example.test');
      const since = Date.now();
      await Promise.all([page.waitForNavigation(), page.click('#create')]);
      expect((await server.waitForHit('/accepted', { since })).form.email).toBe('free@example.test');
      await page.close();
    } finally {
      remove();
    }
  });

  it('leaves a newsletter\'s "By clicking Submit, you agree" form exactly as it was, and working', async () => {
    server.clearHits();
    const page = await load(browser, server.url('/implicit/newsletter.html'));
    await sleep(SETTLE_MS);
    expect(await page.$('clausewise-root')).toBeNull();
    expect(server.hitsFor(TERMS)).toEqual([]);
    expect(await page.evaluate(() => document.body.outerHTML)).toBe(await bodyAsServed(page));
    await page.type('#email', 'reader@example.test');
    const since = Date.now();
    await Promise.all([page.waitForNavigation(), page.click('#submit')]);
    expect((await server.waitForHit('/accepted', { since })).query.email).toBe('reader@example.test');
    await page.close();
  });

  it('holds an "I agree" link against a click and Enter, and follows it once the summary is read', async () => {
    const page = await openAgreement(browser, server.url('/implicit/agree-link.html'));
    expect(await panelStatus(page)).toBe('locked');
    const since = Date.now();
    await page.click('#agree-link');
    await page.focus('#agree-link');
    await page.keyboard.press('Enter');
    await sleep(500);
    expect(server.hitsFor('/accepted').filter((h) => h.at >= since)).toEqual([]);
    expect(page.url()).toContain('/implicit/agree-link.html');

    await scrollPanelToEnd(page);
    await Promise.all([page.waitForNavigation(), page.click('#agree-link')]);
    expect((await server.waitForHit('/accepted', { since })).query.via).toBe('link');
    await page.close();
  });

  it('holds a role=button "Agree and continue" link against a click and Enter, and releases it on Skip', async () => {
    const page = await openAgreement(browser, server.url('/implicit/agree-link.html'));
    const since = Date.now();
    await page.click('#agree-continue');
    await page.focus('#agree-continue');
    await page.keyboard.press('Enter');
    await sleep(500);
    expect(server.hitsFor('/accepted').filter((h) => h.at >= since)).toEqual([]);
    await skipReview(page);
    await page.focus('#agree-continue');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    expect((await server.waitForHit('/accepted', { since })).query.via).toBe('role-link-key');
    await page.close();
  });
});
