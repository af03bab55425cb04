/**
 * Reading and driving Clausewise's in-page panel the way a user does: it lives in an open
 * shadow root, so `pierce/` selectors find it; scrolling uses the real mouse wheel.
 */
import type { Page } from 'puppeteer-core';
import { HOST_TAG } from '../../utils/ui/shadow-host';
import type { LaunchedBrowser } from './harness/browsers';

export type PanelStatus = 'locked' | 'unlocked' | 'skipped' | 'no-control' | 'read-before';

export async function openAgreement(browser: LaunchedBrowser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('pierce/.panel', { timeout: 15_000 });
  return page;
}

/** Gives up on a query that has not answered in this time, and asks again. */
const QUERY_WAIT_MS = 2000;
const answerWithin = <T>(query: Promise<T>): Promise<T | undefined> =>
  Promise.race([query.catch(() => undefined), new Promise<undefined>((resolve) => setTimeout(resolve, QUERY_WAIT_MS))]);

/**
 * Waits for the panel in the frame whose address ends in `urlSuffix`. In Chromium a
 * cross-origin frame is asked through its own target: puppeteer's handle of such a frame
 * sometimes never gets an execution context, and a query through it hangs while the panel is
 * on screen (5 of 30 loads of the frames page; the frame's own session saw the panel in all 30).
 */
export async function waitForPanelInFrame(browser: LaunchedBrowser, page: Page, urlSuffix: string, timeoutMs = 15_000): Promise<void> {
  const drawn = `!!document.querySelector('${HOST_TAG}')?.shadowRoot?.querySelector('.panel')`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    // The frame's own target, not a tab that happens to show the same address.
    const target = browser.kind === 'chromium' ? browser.browser.targets().find((t) => t.type() !== 'page' && t.url().endsWith(urlSuffix)) : undefined;
    if (target) {
      const session = await target.createCDPSession();
      const answer = await answerWithin(session.send('Runtime.evaluate', { expression: drawn, returnByValue: true }));
      await session.detach().catch(() => undefined);
      if (answer?.result.value === true) return;
    } else {
      const frame = page.frames().find((f) => f.url().endsWith(urlSuffix));
      if (frame && (await answerWithin(frame.$('pierce/.panel')))) return;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no panel in the frame at …${urlSuffix} within ${timeoutMs} ms`);
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

/**
 * The agree control `selector` ignores a trusted click while the summary is unread, and works
 * once the panel has been scrolled to its end.
 */
export async function expectHeldUntilRead(page: Page, selector: string): Promise<void> {
  const isChecked = () => page.$eval(selector, (box) => (box as HTMLInputElement).checked);
  await page.click(selector);
  if (await isChecked()) throw new Error(`${selector} was not held before the summary was read`);
  await scrollPanelToEnd(page);
  await new Promise((r) => setTimeout(r, 100));
  await page.click(selector);
  if (!(await isChecked())) throw new Error(`${selector} was still held after the summary was read`);
}
