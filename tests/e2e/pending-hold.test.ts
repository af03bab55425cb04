/**
 * The hold while deciding, in Chromium and Firefox with the built extension: a sign-up box
 * that links to its terms is held from the moment Clausewise knows it until the terms have been
 * read. The terms are served late (the server delays them); a real click during the delay
 * leaves the box unchecked and brings up a quiet hint. Terms that arrive hand the box to the
 * review's lock; terms that fail give it back, and only the quiet "could not load" note of ours
 * stays in the page.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type BrowserKind, type LaunchedBrowser } from './harness/browsers';
import { startServer, type TestServer } from './harness/server';
import { isChecked, serveLockFixtures } from './lock-fixtures';
import { panelStatus, scrollPanelToEnd } from './panel-helpers';

const TERMS = '/lock/terms.html';
/** Long enough that the hint is still up when a loaded machine gets round to drawing it; under the 8 s fetch timeout. */
const DELAY_MS = 5000;

/** Opens the sign-up page and resolves once Clausewise has asked for its terms (the hold is in place by then). */
async function openWhileTermsAreSlow(browser: LaunchedBrowser, server: TestServer): Promise<{ page: Page; termsAnswerAt: number }> {
  const since = Date.now();
  const page = await browser.newPage();
  await page.goto(server.url('/lock/linked-signup.html'), { waitUntil: 'load' });
  const hit = await server.waitForHit(TERMS, { since, timeoutMs: 15_000 });
  return { page, termsAnswerAt: hit.at + DELAY_MS };
}

/** Everything of Clausewise's in the page: its shadow hosts and what their roots show. */
const ourTraces = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('clausewise-root')).map((host) =>
      Array.from(host.shadowRoot?.querySelectorAll('.panel, .lock-hint, .pending-hint, .status-linked-failed') ?? []).map((el) => el.className),
    ),
  );

describe.each<BrowserKind>(['chromium', 'firefox'])('hold while the linked terms are read, in %s', (kind) => {
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

  it('holds the box while slow terms load, then keeps it locked until the summary is read', async () => {
    const remove = server.fault(TERMS, { delayMs: DELAY_MS });
    try {
      const { page, termsAnswerAt } = await openWhileTermsAreSlow(browser, server);
      await page.click('#linked-box');
      const clickedAt = Date.now();
      expect(clickedAt).toBeLessThan(termsAnswerAt);
      expect(await isChecked(page, '#linked-box')).toBe(false);
      // The attempt brings up a quiet hint beside the box, also said to screen readers.
      const hint = await page.waitForSelector('pierce/.pending-hint', { timeout: 4000 });
      expect(await hint!.evaluate((el) => el.textContent)).toMatch(/linked terms|链接的条款/u);
      await page.waitForFunction(
        () => Array.from(document.querySelector('clausewise-root')?.shadowRoot?.querySelectorAll('[role=status]') ?? []).some((el) => /linked terms|链接的条款/u.test(el.textContent ?? '')),
        { timeout: 2000 },
      );
      expect(await page.$('pierce/.panel')).toBeNull();

      await page.waitForSelector('pierce/.panel', { timeout: 15_000 });
      expect(await panelStatus(page)).toBe('locked');
      expect(await page.$('pierce/.pending-hint')).toBeNull();
      await page.click('#linked-box');
      expect(await isChecked(page, '#linked-box')).toBe(false);
      await scrollPanelToEnd(page);
      await page.click('#linked-box');
      expect(await isChecked(page, '#linked-box')).toBe(true);
      await page.close();
    } finally {
      remove();
    }
  });

  it('holds the box while failing terms load, then gives it back with only the quiet note left', async () => {
    const remove = server.fault(TERMS, { delayMs: DELAY_MS, status: 404 });
    try {
      const { page, termsAnswerAt } = await openWhileTermsAreSlow(browser, server);
      const pageBefore = await page.evaluate(() => document.body.innerHTML);
      await page.click('#linked-box');
      expect(Date.now()).toBeLessThan(termsAnswerAt);
      expect(await isChecked(page, '#linked-box')).toBe(false);
      await page.waitForSelector('pierce/.pending-hint', { timeout: 4000 });

      await page.waitForSelector('pierce/.status-linked-failed', { timeout: 15_000 });
      // The click made while held was dropped, not replayed.
      expect(await isChecked(page, '#linked-box')).toBe(false);
      expect(await ourTraces(page)).toEqual([['status status-linked-failed']]);
      expect(await page.evaluate(() => document.body.innerHTML)).toBe(pageBefore);
      expect(await page.$eval('#linked-box', (el) => (el as HTMLInputElement).disabled)).toBe(false);
      await page.click('#linked-box');
      expect(await isChecked(page, '#linked-box')).toBe(true);
      await page.close();
    } finally {
      remove();
    }
  });
});
