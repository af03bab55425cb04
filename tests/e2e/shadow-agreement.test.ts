/**
 * An agreement rendered by web components, in real Chromium and Firefox with the built
 * extension: the sign-up form is in an app shell's open shadow root and the agreement text in
 * a component one and two shadow roots further down (pages/shadow/signup-app.html). The panel
 * lists its key clauses with the emphasis the components' own styles give them, the agree
 * checkbox in the shadow root stays locked until the summary is read, and "Show in page"
 * scrolls the component's scrolling box to the clause and highlights it. A dialog component
 * (pages/shadow/terms-dialog.html) that slots a light-DOM clause in is read in render order.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type BrowserKind, type LaunchedBrowser } from './harness/browsers';
import { startServer, type TestServer } from './harness/server';
import { openAgreement, panelCategoryOf, panelStatus, scrollPanelToEnd } from './panel-helpers';

const PAGE = '/pages/shadow/signup-app.html';

const checked = (page: Page) => page.$eval('pierce/#read', (el) => (el as HTMLInputElement).checked);

/** The panel card of a clause, by its number. */
async function cardOf(page: Page, number: string): Promise<ElementHandle<Element>> {
  for (const card of await page.$$('pierce/.clause')) {
    if ((await card.evaluate((el) => el.querySelector('.clause-number')?.textContent)) === number) return card;
  }
  throw new Error(`no card for clause ${number}`);
}

/** The page's paragraph that holds a clause, searched through every open shadow root. */
const clauseParagraph = (page: Page, number: string) =>
  page.evaluateHandle((n) => {
    const search = (root: Document | ShadowRoot): Element | undefined => {
      const found = [...root.querySelectorAll('p')].find((el) => el.textContent?.startsWith(`${n}.`));
      if (found) return found;
      for (const el of root.querySelectorAll('*')) {
        const inner = el.shadowRoot && search(el.shadowRoot);
        if (inner) return inner;
      }
      return undefined;
    };
    return search(document)!;
  }, number) as Promise<ElementHandle<Element>>;

/** Where a clause is drawn, and whether it is visible inside the scrolling box and the window. */
const placeOf = (clause: ElementHandle<Element>) =>
  clause.evaluate((p) => {
    const box = (document.querySelector('my-app')!.shadowRoot!.querySelector('.agreement') as HTMLElement).getBoundingClientRect();
    const r = p.getBoundingClientRect();
    return {
      top: r.top,
      left: r.left,
      height: r.height,
      visible: r.top >= box.top - 1 && r.bottom <= box.bottom + 1 && r.top >= 0 && r.bottom <= innerHeight,
    };
  });

const highlightRect = (page: Page) =>
  page.evaluate(() => {
    const h = document.querySelector('clausewise-root')?.shadowRoot?.querySelector('.highlight');
    if (!h) return null;
    const r = h.getBoundingClientRect();
    return { top: r.top, left: r.left, width: r.width, height: r.height };
  });

describe.each<BrowserKind>(['chromium', 'firefox'])('agreement inside shadow roots in %s', (kind) => {
  let server: TestServer;
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    server = await startServer();
    server.route('/accepted', '<!doctype html><title>Accepted</title><h1>Accepted</h1>');
    browser = await launchWithExtension(kind);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists the key clauses from the shadow roots, grouped, with the components’ emphasis marked', async () => {
    const page = await openAgreement(browser, server.url(PAGE));
    for (const id of ['4.7', '5.4', '5.5', '10.1', '10.2', '10.3', '10.5', '10.6', '12.1']) expect(await panelCategoryOf(page, id), id).toBe('liability');
    expect(await panelCategoryOf(page, '13.1')).toBe('law');
    expect(await panelCategoryOf(page, '13.2')).toBe('dispute');
    const groups = await page.$$eval('pierce/.group', (els) => els.map((e) => e.getAttribute('data-category')));
    expect(groups.slice(0, 3)).toEqual(['liability', 'law', 'dispute']);

    // <b><u> (4.7), the component's <style> (10.1, 13.2, two and three levels down) and
    // adoptedStyleSheets (10.6, 13.1) all count as emphasis; the page's own CSS does not reach in.
    for (const id of ['4.7', '10.1', '10.6', '13.1', '13.2']) {
      const card = await cardOf(page, id);
      expect(await card.evaluate((el) => el.querySelectorAll('.emph').length), `emphasis of ${id}`).toBeGreaterThan(0);
      expect(await card.evaluate((el) => el.querySelector('.tag-emph') !== null), `tag of ${id}`).toBe(true);
    }
    for (const id of ['10.3', '10.5', '12.1']) {
      const card = await cardOf(page, id);
      expect(await card.evaluate((el) => el.querySelectorAll('.emph').length), `emphasis of ${id}`).toBe(0);
      expect(await card.evaluate((el) => el.querySelector('.tag-plain') !== null), `tag of ${id}`).toBe(true);
    }
    await page.close();
  });

  it('keeps the agree checkbox in the shadow root locked until the summary is read', async () => {
    const page = await openAgreement(browser, server.url(PAGE));
    expect(await panelStatus(page)).toBe('locked');
    await page.click('pierce/#read');
    expect(await checked(page)).toBe(false);
    const before = server.hitsFor('/accepted').length;
    await page.click('pierce/#agree');
    await new Promise((r) => setTimeout(r, 300));
    expect(server.hitsFor('/accepted').length).toBe(before);

    await scrollPanelToEnd(page);
    expect(await panelStatus(page)).toBe('unlocked');
    await page.click('pierce/#read');
    expect(await checked(page)).toBe(true);
    // The component's own handler saw the change and enabled its button: the form submits.
    const submittedAfter = Date.now();
    await Promise.all([page.waitForNavigation(), page.click('pierce/#agree')]);
    const hit = await server.waitForHit('/accepted', { since: submittedAfter });
    expect(hit.query.read).toBe('on');
    await page.close();
  });

  it('reads a dialog component with slotted clauses in the order they render', async () => {
    // Found by its agreement title; the clauses are all in the dialog's shadow root or slotted in.
    const page = await openAgreement(browser, server.url('/pages/shadow/terms-dialog.html'));
    const liability = await page.$$eval('pierce/.group[data-category=liability] .clause-number', (els) => els.map((e) => e.textContent));
    expect(liability).toEqual(['4.7', '10.1', '10.2', '10.5', '10.6']);
    expect(await panelCategoryOf(page, '13.1')).toBe('law');
    expect(await panelCategoryOf(page, '13.2')).toBe('dispute');
    const numbers = await page.$$eval('pierce/.clause-number', (els) => els.map((e) => e.textContent));
    expect(numbers).not.toContain('99.1'); // in no slot: not on the page
    expect(await (await cardOf(page, '10.5')).evaluate((el) => el.querySelectorAll('.emph').length)).toBe(0);
    expect(await (await cardOf(page, '10.6')).evaluate((el) => el.querySelectorAll('.emph').length)).toBeGreaterThan(0);

    // Show in page on the slotted clause scrolls the dialog's own box to it.
    const slotted = await page.$('p[slot=extra]');
    const inBox = () =>
      slotted!.evaluate((p) => {
        const box = document.querySelector('terms-dialog')!.shadowRoot!.querySelector('.body')!.getBoundingClientRect();
        const r = p.getBoundingClientRect();
        return r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
      });
    expect(await inBox()).toBe(false);
    await (await (await cardOf(page, '10.5')).$('.show'))!.click();
    const deadline = Date.now() + 5000;
    while (!(await inBox())) {
      if (Date.now() > deadline) throw new Error('the slotted clause was not scrolled into view');
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await page.$('pierce/.highlight')).not.toBeNull();
    await page.close();
  });

  it('Show in page scrolls the component’s box to a clause and highlights it there', async () => {
    const page = await openAgreement(browser, server.url(PAGE));
    const clause = await clauseParagraph(page, '13.1'); // three shadow roots down
    expect(await clause.evaluate((p) => p.getRootNode() instanceof ShadowRoot)).toBe(true);
    expect((await placeOf(clause)).visible).toBe(false);
    const show = await (await cardOf(page, '13.1')).$('.show');
    await show!.click();
    const deadline = Date.now() + 5000;
    while (!(await placeOf(clause)).visible) {
      if (Date.now() > deadline) throw new Error('the clause was not scrolled into view');
      await new Promise((r) => setTimeout(r, 100));
    }
    // Once the smooth scroll has settled, the highlight frames the clause where it now is:
    // it followed the scrolling inside the component, whose scroll events stay in its shadow root.
    await new Promise((r) => setTimeout(r, 600));
    const place = await placeOf(clause);
    const highlight = await highlightRect(page);
    expect(highlight).not.toBeNull();
    expect(Math.abs(highlight!.top - (place.top - 4))).toBeLessThanOrEqual(2);
    expect(Math.abs(highlight!.left - (place.left - 4))).toBeLessThanOrEqual(2);
    expect(highlight!.height).toBeGreaterThanOrEqual(place.height);
    // Nothing of Clausewise was put into the page's own shadow roots.
    expect(await page.evaluate(() => document.querySelector('my-app')!.shadowRoot!.innerHTML.includes('clausewise'))).toBe(false);
    await page.close();
  });
});
