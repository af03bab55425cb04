/**
 * An install page whose licence agreement is plain text in a read-only text box
 * (tests/unit/cases/en-eula-text-box), in Chromium and Firefox with the built extension: the
 * panel lists the box's key clauses (and nothing typed in the page's editable feedback box),
 * "Show in page" scrolls the box to the clause, and the licence checkbox and the download are
 * held until the summary is read. And a licence opened as a plain-text file (the browser shows
 * it in a <pre>), or set in a box whose CSS keeps line breaks, gets its summary clause by clause.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import type { BrowserKind } from './harness/browsers';
import { casePage } from './harness/paths';
import { useBrowserAndServer } from './harness/suite';
import { sleep } from './lock-fixtures';
import { openAgreement, panelCategoryOf, panelStatus, scrollPanelToEnd } from './panel-helpers';

/** The text box's scroll position, and how far it can scroll. */
const boxScroll = (page: Page) => page.$eval('#eula', (box) => ({ top: box.scrollTop, max: box.scrollHeight - box.clientHeight }));

async function showClause(page: Page, number: string): Promise<void> {
  for (const card of await page.$$('pierce/.clause')) {
    if ((await card.$eval('.clause-number', (el) => el.textContent).catch(() => null)) !== number) continue;
    await (await card.$('.show'))!.click();
    return;
  }
  throw new Error(`no card for clause ${number}`);
}

describe.each<BrowserKind>(['chromium', 'firefox'])('a licence agreement in a text box in %s', (kind) => {
  const env = useBrowserAndServer(kind, (server) => {
    server.route('/download.html', casePage('en-eula-text-box'));
    server.route('/download', 'downloading');
    const licence = /<pre>([\s\S]*)<\/pre>/u.exec(casePage('en-plain-text-licence'))![1].replace(/&amp;/gu, '&');
    server.route('/LICENSE.txt', { type: 'text/plain; charset=utf-8', body: licence });
    // The same licence in a box that keeps line breaks by CSS, not a <pre>: the computed style speaks.
    server.route('/licence.html', `<!doctype html><title>Orchard Tools</title><div style="white-space: pre-wrap">${licence.replace(/&/gu, '&amp;').replace(/</gu, '&lt;')}</div>`);
  });

  it('lists the clauses of the box, scrolls the box to them, and holds the download until the summary is read', async () => {
    const page = await openAgreement(env.browser, env.server.url('/download.html'));
    await page.waitForSelector('pierce/.clause', { timeout: 15_000 });
    expect(await panelCategoryOf(page, '7')).toBe('liability');
    expect(await panelCategoryOf(page, '8')).toBe('law');
    expect(await panelCategoryOf(page, '9')).toBe('dispute');
    const texts = await page.$$eval('pierce/.clause-text', (els) => els.map((el) => el.textContent ?? ''));
    expect(texts.some((t) => t.includes('Pixelfold users may write anything here'))).toBe(false);

    // The box opens at its top; the last clause is below what it shows.
    expect((await boxScroll(page)).top).toBe(0);
    await showClause(page, '9');
    await page.waitForFunction(() => (document.querySelector('#eula') as HTMLTextAreaElement).scrollTop > 0, { timeout: 5000 });
    const atLast = await boxScroll(page);
    expect(atLast.top).toBeGreaterThan(atLast.max * 0.8);
    await showClause(page, '5');
    await page.waitForFunction((last) => (document.querySelector('#eula') as HTMLTextAreaElement).scrollTop < last, { timeout: 5000 }, atLast.top);
    const atFifth = await boxScroll(page);
    expect(atFifth.top).toBeGreaterThan(0);

    expect(await panelStatus(page)).toBe('locked');
    // The hints of the checkbox and of the button below it cover neither each other nor the
    // checkbox's label, which the user reads before ticking it.
    const overlaps = await page.evaluate(() => {
      const hints = Array.from(document.querySelector('clausewise-root')!.shadowRoot!.querySelectorAll('.lock-hint'), (h) => h.getBoundingClientRect());
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('label')!);
      const label = range.getBoundingClientRect();
      const meet = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      return { hints: hints.length, onLabel: hints.some((h) => meet(h, label)), onEachOther: hints.some((h, i) => hints.slice(i + 1).some((o) => meet(h, o))) };
    });
    expect(overlaps).toEqual({ hints: 2, onLabel: false, onEachOther: false });
    env.server.clearHits();
    await page.click('input[name=accept]');
    expect(await page.$eval('input[name=accept]', (box) => (box as HTMLInputElement).checked)).toBe(false);
    await page.click('button[type="submit"]');
    await sleep(500);
    expect(env.server.hitsFor('/download')).toEqual([]);

    await scrollPanelToEnd(page);
    expect(await panelStatus(page)).toBe('unlocked');
    await page.click('input[name=accept]');
    await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')]);
    expect(env.server.hitsFor('/download').map((hit) => hit.query)).toEqual([{ accept: 'on' }]);
    await page.close();
  });

  it.each(['/LICENSE.txt', '/licence.html'])('summarises a plain-text licence clause by clause (%s)', async (path) => {
    const page = await openAgreement(env.browser, env.server.url(path));
    await page.waitForSelector('pierce/.clause', { timeout: 15_000 });
    expect(await panelCategoryOf(page, '4')).toBe('liability');
    expect(await panelCategoryOf(page, '6')).toBe('law');
    expect(await panelCategoryOf(page, '7')).toBe('dispute');
    expect(await panelStatus(page)).toBe('no-control');
    await page.close();
  });
});
