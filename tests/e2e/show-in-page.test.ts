/**
 * "Show in page" for clauses a terms page keeps folded away: sections in closed `<details>`,
 * a `hidden="until-found"` section (which find-in-page would open), and a section a script's
 * accordion hides with CSS. The first two are unfolded and scrolled to, as the page's own
 * controls would unfold them; the last only the page can open, and the panel says so instead
 * of doing nothing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import type { BrowserKind } from './harness/browsers';
import { pagesDir } from './harness/paths';
import { useBrowserAndServer } from './harness/suite';
import { sleep } from './lock-fixtures';
import { openAgreement } from './panel-helpers';

async function showClause(page: Page, number: string): Promise<void> {
  for (const card of await page.$$('pierce/.clause')) {
    if ((await card.evaluate((el) => el.querySelector('.clause-number')?.textContent)) !== number) continue;
    await ((await card.$('.show')) as ElementHandle<HTMLElement>).click();
    return;
  }
  throw new Error(`no card for clause ${number}`);
}

/** Whether the page's paragraph starting with `number` is shown inside the window (Firefox lays out a closed <details>'s content, hidden). */
const onScreen = (page: Page, number: string) =>
  page.evaluate((n) => {
    const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.startsWith(`${n} `));
    const r = p!.getBoundingClientRect();
    return p!.checkVisibility() && r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
  }, number);

const statusText = (page: Page) => page.$eval('pierce/.status', (el) => el.textContent ?? '');

describe.each<BrowserKind>(['chromium', 'firefox'])('clauses in folded sections, in %s', (kind) => {
  const env = useBrowserAndServer(kind, (server) => server.route('/terms.html', readFileSync(path.join(pagesDir, 'folded-terms.html'), 'utf8')));

  it('unfolds a closed <details> or an until-found section to show the clause, and says when the page hides it otherwise', async () => {
    const page = await openAgreement(env.browser, env.server.url('/terms.html'));
    await page.setViewport({ width: 1280, height: 700 });
    expect(await onScreen(page, '7.1')).toBe(false);

    await showClause(page, '7.1');
    await page.waitForSelector('pierce/.highlight', { timeout: 5000 });
    await sleep(1000);
    expect(await onScreen(page, '7.1')).toBe(true);
    // Only the section that holds the clause opened.
    expect(await page.$$eval('details', (all) => all.map((d) => (d as HTMLDetailsElement).open))).toEqual([false, false, true, false]);

    await showClause(page, '13.1');
    await sleep(1000);
    expect(await onScreen(page, '13.1')).toBe(true);
    expect(await page.$eval('section', (s) => s.hasAttribute('hidden'))).toBe(false);

    const before = await statusText(page);
    expect(before).not.toContain('hidden');
    await showClause(page, '14.1');
    await page.waitForFunction(() => document.querySelector('clausewise-root')?.shadowRoot?.querySelector('.status')?.textContent?.includes('hidden'), { timeout: 5000 });
    expect(await page.$eval('#script-accordion', (el) => getComputedStyle(el).display)).toBe('none');
    // Showing a clause the page shows clears the note.
    await showClause(page, '12.1');
    await sleep(300);
    expect(await statusText(page)).toBe(before);
    await page.close();
  });
});
