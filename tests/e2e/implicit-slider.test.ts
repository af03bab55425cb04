/**
 * A mobile register page with a slide-to-verify slider under "继续操作即视为同意<a>平台服务协议</a>",
 * in Chromium and Firefox with the built extension. Sliding is how the user continues, so the
 * slider is held: a real drag (trusted mouse input) and its arrow keys do not verify it, and its
 * hint says why, until the summary of the linked terms has been scrolled to its end; then the
 * same drag verifies it, the page's handlers see exactly the events they see without Clausewise
 * and the page ends up exactly as it would, and 下一步 submits. A page script's own events and
 * scrolls never unlock. Terms that cannot be loaded lock nothing: the slider works at once.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchWithExtension, type BrowserKind, type LaunchedBrowser } from './harness/browsers';
import { forgetReviews } from './harness/extension-context';
import { startServer, type TestServer } from './harness/server';
import { load, serveImplicitPages, TERMS } from './implicit-fixtures';
import { serveLockFixtures, skipReview, sleep } from './lock-fixtures';
import { openAgreement, panelStatus, scrollPanelToEnd } from './panel-helpers';

const PAGE = '/implicit/mobile-slider-zh.html';
/** The slider hint in either UI language (locales/*.yml, lock.sliderHint). */
const SLIDER_HINT = /Continuing accepts the terms|继续操作即视为同意条款/u;

/** Press on the knob, drag it well past the end of the track and let go, as a person does. */
async function dragSlider(page: Page): Promise<void> {
  const box = (await (await page.$('#knob'))!.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 320, y, { steps: 12 });
  await page.mouse.up();
}

/** The same with a finger: touchstart on the knob, moves along the track, touchend. */
async function swipeSlider(page: Page): Promise<void> {
  const box = (await (await page.$('#knob'))!.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.touchscreen.touchStart(x, y);
  for (let step = 1; step <= 8; step++) await page.touchscreen.touchMove(x + step * 40, y);
  await page.touchscreen.touchEnd();
}

interface SliderState {
  state: string | undefined;
  label: string | null;
  nextShown: boolean;
  /** Events the page's own slider handlers received. */
  events: string[];
}

const sliderState = (page: Page): Promise<SliderState> =>
  page.evaluate(() => ({
    state: document.getElementById('slider')!.dataset.state,
    label: document.getElementById('slide-label')!.textContent,
    nextShown: !document.getElementById('next')!.hidden,
    events: [...((window as unknown as { sliderEvents: string[] }).sliderEvents ?? [])],
  }));

/** The page's body without Clausewise's host element: what the page itself made of the drag. */
const pageBody = (page: Page) =>
  page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    body.querySelectorAll('clausewise-root').forEach((el) => el.remove());
    return body.outerHTML;
  });

describe.each<BrowserKind>(['chromium', 'firefox'])('a slide-to-verify sign-up with "继续操作即视为同意" in %s', (kind) => {
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

  it('shows the linked terms, holds the slider against a drag and its keys with a hint, then verifies and submits once the summary is read', async () => {
    server.clearHits();
    const page = await openAgreement(browser, server.url(PAGE));
    expect(server.hitsFor(TERMS).length).toBeGreaterThan(0);
    expect(await panelStatus(page)).toBe('locked');
    const numbers = await page.$$eval('pierce/.clause-number', (els) => els.map((e) => e.textContent));
    expect(numbers).toEqual(expect.arrayContaining(['3.1', '5.1', '5.2']));
    const hints = await page.$$eval('pierce/.lock-hint', (els) => els.map((e) => e.textContent ?? ''));
    expect(hints).toHaveLength(1);
    expect(hints[0]).toMatch(SLIDER_HINT);

    await dragSlider(page);
    await page.focus('#knob');
    for (const key of ['ArrowRight', 'End', 'Enter'] as const) await page.keyboard.press(key);
    await sleep(300);
    expect(await sliderState(page)).toEqual({ state: 'idle', label: '向右滑动验证', nextShown: false, events: [] });
    expect(await page.$eval('#knob', (el) => (el as HTMLElement).style.left)).toBe('');
    // The attempt brought the hint forward.
    expect(await page.$$eval('pierce/.lock-hint.flash', (els) => els.length)).toBe(1);

    // The page's own script can neither slide it nor unlock by scrolling the summary.
    await page.evaluate(() => {
      const knob = document.getElementById('knob')!;
      const at = (type: string, x: number) => knob.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, clientX: x, clientY: 10 }));
      at('mousedown', 10);
      at('mousemove', 400);
      at('mouseup', 400);
      const list = document.querySelector('clausewise-root')!.shadowRoot!.querySelector('.list')!;
      list.dispatchEvent(new WheelEvent('wheel', { deltaY: 5000, bubbles: true }));
      list.scrollTop = list.scrollHeight;
    });
    await sleep(300);
    expect(await panelStatus(page)).toBe('locked');
    expect((await sliderState(page)).state).toBe('idle');
    // Back to the top, so the reader's own wheel scrolls it (a list already at its end does not scroll).
    await page.evaluate(() => {
      document.querySelector('clausewise-root')!.shadowRoot!.querySelector('.list')!.scrollTop = 0;
    });

    await scrollPanelToEnd(page);
    expect(await panelStatus(page)).toBe('unlocked');
    expect(await page.$('pierce/.lock-hint')).toBeNull();
    await dragSlider(page);
    const after = await sliderState(page);
    expect(after).toMatchObject({ state: 'verified', label: '验证通过', nextShown: true });
    expect(after.events[0]).toBe('mousedown');
    expect(after.events.at(-1)).toBe('mouseup');

    await page.type('#phone', '13800000000');
    const since = Date.now();
    await Promise.all([page.waitForNavigation(), page.click('#next')]);
    expect((await server.waitForHit('/accepted', { since })).query.phone).toBe('13800000000');
    await page.close();
  });

  it('once reviewed, gives the page the same events and the same result as a browser without Clausewise', async () => {
    const plain = await launchWithExtension(kind, { extensionDir: null });
    let without: { state: SliderState; body: string };
    try {
      const page = await load(plain, server.url(PAGE));
      await dragSlider(page);
      without = { state: await sliderState(page), body: await pageBody(page) };
    } finally {
      await plain.close();
    }
    expect(without.state.state).toBe('verified');

    const page = await openAgreement(browser, server.url(PAGE));
    await scrollPanelToEnd(page);
    await dragSlider(page);
    expect(await sliderState(page)).toEqual(without.state);
    expect(await pageBody(page)).toBe(without.body);
    await page.close();
  });

  it('holds a touch swipe the same way, and lets it verify once the summary is read', async () => {
    const page = await openAgreement(browser, server.url(PAGE));
    await swipeSlider(page);
    await sleep(300);
    expect(await sliderState(page)).toMatchObject({ state: 'idle', events: [] });
    await scrollPanelToEnd(page);
    await swipeSlider(page);
    const after = await sliderState(page);
    expect(after).toMatchObject({ state: 'verified', nextShown: true });
    expect(after.events[0]).toBe('touchstart');
    await page.close();
  });

  it('lets the keyboard move the slider once the review is skipped', async () => {
    const page = await openAgreement(browser, server.url(PAGE));
    await page.focus('#knob');
    await page.keyboard.press('End');
    expect((await sliderState(page)).events).toEqual([]);
    await skipReview(page);
    await page.focus('#knob');
    await page.keyboard.press('End');
    expect(await sliderState(page)).toEqual({ state: 'verified', label: '验证通过', nextShown: true, events: ['keydown'] });
    await page.close();
  });

  it.each([
    ['links that go nowhere', '#', undefined],
    ['an error status', TERMS, { status: 404 }],
  ] as const)('locks nothing when the terms have %s: the slider verifies at once', async (_what, terms, fault) => {
    const remove = fault ? server.fault(TERMS, fault) : () => undefined;
    try {
      const page = await load(browser, server.url(`${PAGE}?terms=${encodeURIComponent(terms)}`));
      await page.waitForSelector('pierce/.status-linked-failed', { timeout: 20_000 });
      expect(await page.$('pierce/.lock-hint')).toBeNull();
      await dragSlider(page);
      expect(await sliderState(page)).toMatchObject({ state: 'verified', nextShown: true });
      const since = Date.now();
      await Promise.all([page.waitForNavigation(), page.click('#next')]);
      expect((await server.waitForHit('/accepted', { since })).path).toBe('/accepted');
      await page.close();
    } finally {
      remove();
    }
  });
});
