/**
 * Reading and driving Clausewise's in-page panel the way a user does: it lives in an open
 * shadow root, so `pierce/` selectors find it; scrolling uses the real mouse wheel.
 */
import type { Page } from 'puppeteer-core';
import type { LaunchedBrowser } from './harness/browsers';

export type PanelStatus = 'locked' | 'unlocked' | 'skipped' | 'no-control';

export async function openAgreement(browser: LaunchedBrowser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('pierce/.panel', { timeout: 15_000 });
  return page;
}

export async function panelStatus(page: Page): Promise<PanelStatus | undefined> {
  const cls = await page.$eval('pierce/.status', (el) => el.className).catch(() => '');
  return /status-([a-z-]+)/u.exec(cls)?.[1] as PanelStatus | undefined;
}

/** The category group a clause (by number) is listed under. */
export async function panelCategoryOf(page: Page, number: string): Promise<string | null> {
  const handles = await page.$$('pierce/.clause');
  for (const handle of handles) {
    const found = await handle.evaluate(
      (el, n) => (el.querySelector('.clause-number')?.textContent === n ? el.closest('.group')?.getAttribute('data-category') ?? null : undefined),
      number,
    );
    if (found !== undefined) return found;
  }
  return null;
}

/** Wheel over the summary list until the panel reports it unlocked (or give up). */
export async function scrollPanelToEnd(page: Page, maxSteps = 200): Promise<void> {
  const list = await page.$('pierce/.list');
  const box = await list!.boundingBox();
  await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
  for (let step = 0; step < maxSteps; step++) {
    if ((await panelStatus(page)) !== 'locked') return;
    await page.mouse.wheel({ deltaY: 400 });
    await new Promise((r) => setTimeout(r, 30));
  }
  throw new Error('the panel did not unlock after scrolling to its end');
}
