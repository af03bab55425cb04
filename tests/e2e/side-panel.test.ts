/**
 * The browser's own side panel (Chromium) or sidebar (Firefox): it mirrors the active tab's
 * summary (the top frame's, or else that of a frame holding an agreement), and its "Show in
 * page" shows the clause in the page as the page's own panel does.
 * Opening the real side panel takes a user gesture no test can give; the same page is opened
 * in a tab of the window instead, where it follows the active tab in the same way.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import type { BrowserKind } from './harness/browsers';
import { pagesDir } from './harness/paths';
import { useBrowserAndServer } from './harness/suite';
import { openAgreement } from './panel-helpers';

/** Presses "Show in page" on the side panel's card of clause `number`. */
const showFromSidePanel = (sidePanel: Page, number: string) =>
  sidePanel.$$eval(
    '.clause',
    (cards, n) => (cards.find((c) => c.querySelector('.clause-number')?.textContent === n)!.querySelector('.show') as HTMLButtonElement).click(),
    number,
  );

/** Clause 7.1 of the folded terms, shown: its closed <details> alone opened, and the clause outlined. */
async function expectUnfoldedAndOutlined(context: Page | Frame): Promise<void> {
  await context.waitForSelector('pierce/.highlight', { timeout: 5000 });
  expect(await context.$$eval('details', (all) => all.map((d) => (d as HTMLDetailsElement).open))).toEqual([false, false, true, false]);
}

describe.each<BrowserKind>(['chromium', 'firefox'])('the side panel, in %s', (kind) => {
  const env = useBrowserAndServer(kind, (server) => {
    server.route('/terms.html', readFileSync(path.join(pagesDir, 'folded-terms.html'), 'utf8'));
    server.route('/checkout.html', '<!doctype html><title>Checkout</title><h1>Checkout</h1><p>Review the terms below.</p><iframe src="/terms.html" width="1000" height="600"></iframe>');
  });

  it("lists the active tab's key clauses and shows one in the page when asked", async () => {
    const sidePanel = await env.browser.openExtensionPage('sidepanel.html');
    const page = await openAgreement(env.browser, env.server.url('/terms.html'));
    await page.bringToFront();
    const inPanel = await page.$$eval('pierce/.clause .clause-number', (els) => els.map((e) => e.textContent));

    await sidePanel.waitForSelector('.clause .show', { timeout: 10_000 });
    expect(await sidePanel.$$eval('.clause .clause-number', (els) => els.map((e) => e.textContent).sort())).toEqual([...inPanel].sort());

    // 7.1 sits in a closed <details>.
    await showFromSidePanel(sidePanel, '7.1');
    await expectUnfoldedAndOutlined(page);
    await sidePanel.close();
    await page.close();
  });

  it('mirrors an agreement a frame of the page holds, and shows its clauses in that frame', async () => {
    const sidePanel = await env.browser.openExtensionPage('sidepanel.html');
    const page = await env.browser.newPage();
    await page.goto(env.server.url('/checkout.html'), { waitUntil: 'load' });
    await page.bringToFront();
    const frame = page.frames().find((f) => f.url().endsWith('/terms.html'))!;
    await frame.waitForSelector('pierce/.panel', { timeout: 15_000 });

    await sidePanel.waitForFunction(() => [...document.querySelectorAll('.clause-number')].some((n) => n.textContent === '7.1'), { timeout: 10_000 });
    await showFromSidePanel(sidePanel, '7.1');
    await expectUnfoldedAndOutlined(frame);
    await sidePanel.close();
    await page.close();
  });
});
