/**
 * The browser's own side panel (Chromium) or sidebar (Firefox): it mirrors the active tab's
 * summary, and its "Show in page" shows the clause in the page as the page's own panel does.
 * Opening the real side panel takes a user gesture no test can give; the same page is opened
 * in a tab of the window instead, where it follows the active tab in the same way.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserKind } from './harness/browsers';
import { pagesDir } from './harness/paths';
import { useBrowserAndServer } from './harness/suite';
import { openAgreement } from './panel-helpers';

describe.each<BrowserKind>(['chromium', 'firefox'])('the side panel, in %s', (kind) => {
  const env = useBrowserAndServer(kind, (server) => server.route('/terms.html', readFileSync(path.join(pagesDir, 'folded-terms.html'), 'utf8')));

  it("lists the active tab's key clauses and shows one in the page when asked", async () => {
    const sidePanel = await env.browser.openExtensionPage('sidepanel.html');
    const page = await openAgreement(env.browser, env.server.url('/terms.html'));
    await page.bringToFront();
    const inPanel = await page.$$eval('pierce/.clause .clause-number', (els) => els.map((e) => e.textContent));

    await sidePanel.waitForSelector('.clause .show', { timeout: 10_000 });
    expect(await sidePanel.$$eval('.clause .clause-number', (els) => els.map((e) => e.textContent).sort())).toEqual([...inPanel].sort());

    // 7.1 sits in a closed <details>: shown from the side panel, it is unfolded and outlined.
    await sidePanel.$$eval('.clause', (cards) => {
      const card = cards.find((c) => c.querySelector('.clause-number')?.textContent === '7.1');
      (card!.querySelector('.show') as HTMLButtonElement).click();
    });
    await page.waitForSelector('pierce/.highlight', { timeout: 5000 });
    expect(await page.$$eval('details', (all) => all.map((d) => (d as HTMLDetailsElement).open))).toEqual([false, false, true, false]);
    await sidePanel.close();
    await page.close();
  });
});
