/**
 * Research mode measures reading time per clause correctly, in real Chromium and Firefox ESR
 * with the built extension: the test scrolls the real panel with the mouse wheel at known
 * times, hides the tab behind another for a known stretch, and stops all input for longer than
 * the 30 s idle threshold; from the panel's geometry at each step it computes how long each
 * clause was at least half visible while the reader was present, and checks every clause's
 * measured time is within ±10 % of that. It also checks consent, the indicator, the view's
 * lifecycle fields, and that the options page's exports parse back to what was stored.
 * Firefox runs the same steps with shorter stretches (the idle stretch still passes 30 s).
 *
 * A second test switches research mode off on the options page in the middle of a view and
 * reads on: the stored view ends at the switch and gains nothing afterwards.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseCsvExport, parseJsonExport } from '../../utils/research/export';
import type { ViewRecord } from '../../utils/research/types';
import { launchWithExtension, type BrowserKind, type LaunchedBrowser } from './harness/browsers';
import { forgetReviews } from './harness/extension-context';
import { startServer, type TestServer } from './harness/server';
import { panelStatus } from './panel-helpers';
import { cardShares, listScrollTop, serveStudyPage, setUserResearch, settle, storedViews, waitFor, waitInPanel, type CardShare } from './research/helpers';

const IDLE_MS = 30_000;

/** How long each stretch of the timing test lasts, in ms. */
interface Pace {
  beforeShow: number;
  afterShow: number;
  read: number;
  hidden: number;
  backFromHidden: number;
  /** No input at all: longer than IDLE_MS, so the part after it must not count. */
  silent: number;
}
const PACE: Record<BrowserKind, Pace> = {
  chromium: { beforeShow: 1000, afterShow: 4000, read: 6000, hidden: 6000, backFromHidden: 4000, silent: 40_000 },
  // Shorter, to keep the suite's time in bounds; every stretch still spans many checkpoints.
  firefox: { beforeShow: 1000, afterShow: 3000, read: 4000, hidden: 4000, backFromHidden: 3000, silent: 35_000 },
};

/** The build each browser loads: RESEARCH_EXTENSION_DIR / RESEARCH_FIREFOX_EXTENSION_DIR name a private copy. */
const extensionDirFor = (kind: BrowserKind) => (kind === 'chromium' ? process.env.RESEARCH_EXTENSION_DIR : process.env.RESEARCH_FIREFOX_EXTENSION_DIR);

/** Firefox saves downloads straight into `dir`, without asking (Chromium is told over CDP). */
const firefoxDownloadPrefs = (dir: string) => ({
  'browser.download.folderList': 2,
  'browser.download.dir': dir,
  'browser.download.useDownloadDir': true,
  'browser.download.always_ask_before_handling_new_types': false,
  'browser.download.start_downloads_in_tmp_dir': false,
  'browser.download.alwaysOpenPanel': false,
  'browser.helperApps.neverAsk.saveToDisk': 'text/csv,application/json',
});
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Stretches of the test: which clauses were at least half visible, and whether the reader counted as present. */
interface Segment {
  from: number;
  to: number;
  visible: number[];
  counted: boolean;
}

function truthFrom(segments: Segment[]): Map<number, number> {
  const truth = new Map<number, number>();
  for (const s of segments) {
    if (!s.counted) continue;
    for (const i of s.visible) truth.set(i, (truth.get(i) ?? 0) + (s.to - s.from));
  }
  return truth;
}

/** Cards clearly on one side of the 50 % line; the test never parks the list where one is borderline. */
function visibleOf(shares: CardShare[]): number[] {
  const borderline = shares.filter((s) => s.share > 0.4 && s.share < 0.6);
  if (borderline.length > 0) throw new Error(`borderline visibility: ${JSON.stringify(borderline)}`);
  return shares.filter((s) => s.share >= 0.5).map((s) => s.index).sort((a, b) => a - b);
}

interface ListLayout {
  height: number;
  top: number;
  max: number;
  cards: Array<{ top: number; height: number }>;
}

/** The list's height, scroll range and each card's place in it. */
function layoutOf(page: Page): Promise<ListLayout> {
  return page.$eval('pierce/.list', (list) => {
    const box = list.getBoundingClientRect();
    return {
      height: box.height,
      top: list.scrollTop,
      max: list.scrollHeight - list.clientHeight,
      cards: [...list.querySelectorAll<HTMLElement>('[data-index]')].map((c) => {
        const r = c.getBoundingClientRect();
        return { top: r.top - box.top + list.scrollTop, height: r.height };
      }),
    };
  });
}

/** Whether every card would be clearly in or out (see `visibleOf`) with the list scrolled to `top`. */
function cleanAt(layout: ListLayout, top: number): boolean {
  return layout.cards.every((c) => {
    const visible = Math.max(0, Math.min(c.top + c.height, top + layout.height) - Math.max(c.top, top));
    const share = Math.max(visible / c.height, (0.5 * visible) / (layout.height / 2));
    return share <= 0.3 || share >= 0.7;
  });
}

/** A scrollTop near `wanted` at which no card is borderline. */
async function cleanScrollTop(page: Page, wanted: number): Promise<number> {
  const layout = await layoutOf(page);
  for (let step = 0; step < 60; step++) {
    for (const candidate of [wanted + step * 10, wanted - step * 10]) {
      const top = Math.min(layout.max, Math.max(0, candidate));
      if (cleanAt(layout, top)) return top;
    }
  }
  throw new Error(`no clean scroll position near ${wanted}`);
}

describe.each<BrowserKind>(['chromium', 'firefox'])('research mode reading-time measurement in %s', (kind) => {
  const pace = PACE[kind];
  let server: TestServer;
  let browser: LaunchedBrowser;
  let downloads: string;

  beforeAll(async () => {
    server = await startServer();
    downloads = mkdtempSync(join(tmpdir(), 'clausewise-research-downloads-'));
    browser = await launchWithExtension(kind, { extensionDir: extensionDirFor(kind), prefs: kind === 'firefox' ? firefoxDownloadPrefs(downloads) : undefined });
  });
  // Each test reads or skips from a first review: an agreement read before is not locked again.
  beforeEach(() => forgetReviews(browser));
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  });

  // First: before any view is stored, with research mode off as installed.
  it('says on an empty dashboard that research mode is off, and leads to the settings', async () => {
    const dashboard = await browser.openExtensionPage('dashboard.html');
    await dashboard.waitForSelector('.dashboard-empty', { timeout: 10_000 });
    expect(await dashboard.$eval('.dashboard-off', (el) => el.textContent)).toContain('Research mode is off');
    expect(await dashboard.$$('canvas')).toHaveLength(0);
    await dashboard.click('.dashboard-off a');
    await dashboard.waitForSelector('#setting-research-enabled', { timeout: 10_000 });
    expect(await dashboard.$eval('#setting-research-enabled', (el) => (el as HTMLInputElement).checked)).toBe(false);
    await dashboard.close();
  });

  it('measures each clause within ±10 % across scrolling, a hidden tab and an idle stretch, and exports what it stored', async () => {
    const url = serveStudyPage(server);
    const options = await browser.openExtensionPage('options.html');
    await setUserResearch(options, { enabled: true, studyId: 'e2e-timing' });

    // The tab that will hide the study page later; study pages open in front of it.
    const other = await browser.newPage();
    await other.goto(server.url('/accepted'));

    // First view: consent comes first, and nothing is stored before it.
    const first = await browser.newPage();
    // A new tab is not necessarily the front one; waiting for elements needs a visible page.
    await first.bringToFront();
    await first.goto(url, { waitUntil: 'load' });
    await waitInPanel(first, '.research-consent');
    expect(await storedViews(options)).toEqual([]);
    expect(await first.$eval('pierce/.research-consent', (el) => el.textContent ?? '')).toContain('e2e-timing');
    await first.click('pierce/.research-yes');
    await waitInPanel(first, '.research-recording', 5000);
    // The end of the list is a fixed place: find a window height at which it (and the top)
    // shows every card clearly in or out, so the truth below is never a coin toss.
    let height = 800;
    for (; ; height -= 10) {
      if (height < 560) throw new Error('no window height with a clean end of list');
      await first.setViewport({ width: 1280, height });
      const layout = await layoutOf(first);
      if (cleanAt(layout, 0) && cleanAt(layout, layout.max)) break;
    }
    // Leaves by navigating away (the page's pagehide), then closes the tab.
    await first.goto(server.url('/accepted'), { waitUntil: 'load' });
    await first.close({ runBeforeUnload: false });
    await waitFor('the first view, left', async () => ((await storedViews(options)).some((v) => v.final && v.outcome === 'left') ? true : undefined));

    // Second view, consent given: recording starts as the panel appears.
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height });
    await page.goto(url, { waitUntil: 'load' });
    await page.bringToFront();
    await waitInPanel(page, '.research-recording');
    const recordingFrom = Date.now();

    const segments: Segment[] = [];
    let visible = visibleOf(await cardShares(page));
    let counted = true;
    let mark = recordingFrom;
    /** Closes the running segment at `at` and starts the next with the given state. */
    const boundary = (at: number, next: { visible?: number[]; counted?: boolean }) => {
      segments.push({ from: mark, to: at, visible, counted });
      mark = at;
      visible = next.visible ?? visible;
      counted = next.counted ?? counted;
    };
    const timed = async (action: () => Promise<unknown>) => {
      const before = Date.now();
      await action();
      return (before + Date.now()) / 2;
    };
    expect(visible.length).toBeGreaterThan(0);
    const cardCount = (await page.$$('pierce/.clause')).length;

    // 1. Reading the top of the list; "Show in page" on the first card is recorded as a jump.
    const firstShow = await page.$('pierce/.clause .show');
    const jumpedIndex = Number(await firstShow!.evaluate((b) => b.closest<HTMLElement>('[data-index]')!.dataset.index));
    await sleep(pace.beforeShow);
    await firstShow!.click();
    await sleep(pace.afterShow);

    // 2. Wheel further down and read.
    const listBox = (await (await page.$('pierce/.list'))!.boundingBox())!;
    await page.mouse.move(Math.round(listBox.x + listBox.width / 2), Math.round(listBox.y + listBox.height / 2));
    const wheelTo = async (wanted: number) => {
      const target = await cleanScrollTop(page, wanted);
      const from = await page.$eval('pierce/.list', (l) => l.scrollTop);
      const at = await timed(() => page.mouse.wheel({ deltaY: target - from }));
      await settle(page);
      return at;
    };
    let at = await wheelTo(600);
    boundary(at, { visible: visibleOf(await cardShares(page)) });
    await sleep(pace.read);

    // 3. Another tab in front: the study tab is hidden, nothing counts.
    at = await timed(() => other.bringToFront());
    boundary(at, { counted: false });
    expect(await page.evaluate(() => document.visibilityState)).toBe('hidden');
    await sleep(pace.hidden);
    at = await timed(() => page.bringToFront());
    boundary(at, { counted: true });
    expect(await page.evaluate(() => document.visibilityState)).toBe('visible');
    await sleep(pace.backFromHidden);

    // 4. Wheel on, then no input at all for longer than the idle threshold: the first 30 s count, the rest does not.
    at = await wheelTo(1300);
    boundary(at, { visible: visibleOf(await cardShares(page)) });
    const idleFrom = at + IDLE_MS;
    await sleep(pace.silent);
    boundary(idleFrom, { counted: false });

    // 5. Wheel to the end (which unlocks), read 4 s, then accept on the page.
    at = await wheelTo(100_000);
    boundary(at, { visible: visibleOf(await cardShares(page)), counted: true });
    await waitFor('unlock', async () => ((await panelStatus(page)) === 'unlocked' ? true : undefined), 5000);
    const unlockedAt = Date.now();
    await sleep(4000);
    // Hiding the panel stops every clause clock at once (a known instant, unlike the page's end).
    at = await timed(() => page.click('pierce/.panel-head .icon'));
    boundary(at, { visible: [] });
    await sleep(1000);
    await page.click('#read');
    const clickedAgree = Date.now();
    await Promise.all([page.waitForNavigation(), page.click('#agree')]);
    boundary(Date.now(), {});
    await server.waitForHit('/accepted', { since: clickedAgree - 1000 });

    // The page is gone: its final record is stored.
    const view = await waitFor('the final record', async () => (await storedViews(options)).find((v) => v.final && v.outcome === 'accepted'));
    const truth = truthFrom(segments);
    const report = view.clauses.map((c) => ({ clause: c.number || String(c.clauseIndex), index: c.clauseIndex, truthMs: Math.round(truth.get(c.clauseIndex) ?? 0), measuredMs: c.readingMs }));
    console.log('research timing: truth vs measured per clause\n' + report.map((r) => `  ${r.clause.padEnd(4)} truth ${String(r.truthMs).padStart(6)} ms  measured ${String(r.measuredMs).padStart(6)} ms  ${r.truthMs ? (((r.measuredMs - r.truthMs) / r.truthMs) * 100).toFixed(1) + ' %' : ''}`).join('\n'));

    expect(report.filter((r) => r.truthMs > 0).length).toBeGreaterThanOrEqual(4);
    expect(report).toHaveLength(cardCount);
    for (const r of report) {
      if (r.truthMs > 0) expect(Math.abs(r.measuredMs - r.truthMs), `clause ${r.clause}`).toBeLessThanOrEqual(r.truthMs * 0.1);
      // Cards the wheel only swept past were on screen for a frame or two at most.
      else expect(r.measuredMs, `clause ${r.clause}`).toBeLessThanOrEqual(300);
    }

    // The view's own fields.
    expect(view).toMatchObject({ studyId: 'e2e-timing', origin: server.origin, url: '', language: 'en', keyClauses: cardCount, outcome: 'accepted', keyClauseCharacters: 0 });
    expect(view.keyClauseWords).toBeGreaterThan(300);
    const msToUnlock = unlockedAt - recordingFrom;
    expect(Math.abs(view.msToUnlock! - msToUnlock)).toBeLessThanOrEqual(msToUnlock * 0.1);
    expect(view.msToAccept! - view.msToUnlock!).toBeGreaterThanOrEqual(3500);
    expect(view.clauses.find((c) => c.clauseIndex === jumpedIndex)!.jumps).toBe(1);
    expect(view.clauses.filter((c) => c.jumps > 0)).toHaveLength(1);
    for (const c of view.clauses) {
      expect(c.text, 'clause text is not recorded without the policy').toBeUndefined();
      expect(c.expectedMs).toBe(Math.round((c.length / 238) * 60_000));
    }
    const depths = view.scroll.map((s) => s.depth);
    expect(depths.at(-1)).toBe(1);
    expect(depths.length).toBeGreaterThanOrEqual(4);
    // Present time: everything but the hidden tab and the idle remainder.
    const presentMs = segments.filter((s) => s.counted).reduce((n, s) => n + s.to - s.from, 0);
    expect(Math.abs(view.activeMs - presentMs)).toBeLessThanOrEqual(presentMs * 0.1);

    // Export round-trip from the options page's buttons.
    if (kind === 'chromium') {
      const cdp = await browser.browser.target().createCDPSession();
      await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    }
    await options.bringToFront();
    // Opened anew rather than reloaded: Firefox reports no load event for extension pages.
    await browser.openExtensionPage('options.html', options);
    for (const button of ['.export-views', '.export-clauses', '.export-scroll', '.export-json']) {
      await waitFor(button, async () => ((await options.$(`${button}:not([disabled])`)) ? true : undefined), 20_000);
      await options.click(button);
    }
    const files = await waitFor('four export files', async () => {
      // Unfinished downloads: Chromium's .crdownload; Firefox's .part beside an empty placeholder.
      const names = readdirSync(downloads);
      if (names.some((n) => n.endsWith('.crdownload') || n.endsWith('.part'))) return undefined;
      return names.length === 4 && names.every((n) => statSync(join(downloads, n)).size > 0) ? names : undefined;
    });
    const read = (part: string) => readFileSync(join(downloads, files.find((n) => n.includes(`-${part}-`))!), 'utf8');
    const stored: ViewRecord[] = await storedViews(options);
    expect(parseCsvExport({ views: read('views'), clauses: read('clauses'), scroll: read('scroll') })).toEqual(stored);
    expect(parseJsonExport(read('all'))).toEqual(stored);

    // The dashboard plots what was stored: three charts, each with its numbers in a table.
    const dashboard = await browser.openExtensionPage('dashboard.html');
    await waitFor('the dashboard', async () => ((await dashboard.$$('canvas')).length === 3 ? true : undefined));
    expect(await dashboard.$eval('.dashboard-summary', (el) => el.textContent)).toContain(`${stored.length} agreement views`);
    const rows = await dashboard.$$eval('[data-chart="reading-vs-expected"] tbody tr', (trs) => trs.length);
    expect(rows).toBe(stored.reduce((n, v) => n + v.clauses.length, 0));
    const drawn = await dashboard.$$eval('canvas', (canvases) => canvases.map((c) => (c as HTMLCanvasElement).width > 0 && (c as HTMLCanvasElement).height > 0));
    expect(drawn).toEqual([true, true, true]);
    await other.close();
  }, 150_000);

  it('stops recording the view at once when research mode is switched off on the options page', async () => {
    const url = serveStudyPage(server);
    const options = await browser.openExtensionPage('options.html');
    await setUserResearch(options, { enabled: true, studyId: 'e2e-switch-off' });
    const page = await browser.newPage();
    await page.bringToFront();
    await page.goto(url, { waitUntil: 'load' });
    await waitInPanel(page, '.research-consent');
    await page.click('pierce/.research-yes');
    await waitInPanel(page, '.research-recording', 5000);
    const recordingFrom = Date.now();
    const ofThisStudy = async () => (await storedViews(options)).filter((v) => v.studyId === 'e2e-switch-off');

    // Read and scroll for a while, with the study page in front.
    const listBox = (await (await page.$('pierce/.list'))!.boundingBox())!;
    await page.mouse.move(Math.round(listBox.x + listBox.width / 2), Math.round(listBox.y + listBox.height / 2));
    for (let i = 0; i < 3; i++) {
      await sleep(1500);
      await page.mouse.wheel({ deltaY: 150 });
    }
    await settle(page);
    await sleep(1000);
    const readBeforeMs = Date.now() - recordingFrom;

    // Research off on the options page, which stays behind: the study page is still in front and
    // visible, so its clocks would run on. The checkbox is clicked from inside the options page
    // (its own change handler saves the setting): a puppeteer click waits for a frame that a
    // page behind another does not draw.
    const switchedFrom = Date.now();
    await options.$eval('#setting-research-enabled', (el) => (el as HTMLInputElement).click());
    const switchedAt = Date.now();
    expect(await options.$eval('#setting-research-enabled', (el) => (el as HTMLInputElement).checked)).toBe(false);
    expect(await page.evaluate(() => document.visibilityState)).toBe('visible');
    await waitInPanel(page, '.research-stopped', 5000);
    expect(await page.$('pierce/.research-recording')).toBeNull();
    const atSwitch = await waitFor('the final record', async () => (await ofThisStudy()).find((v) => v.final));

    // Keep reading and scrolling, all the way to the end (which unlocks), for longer than a checkpoint.
    for (let i = 0; i < 4; i++) {
      await page.mouse.wheel({ deltaY: 250 });
      await sleep(1500);
    }
    const scrollAfter = await listScrollTop(page);
    await page.mouse.wheel({ deltaY: 100_000 });
    await waitFor('unlock', async () => ((await panelStatus(page)) === 'unlocked' ? true : undefined), 5000);
    await sleep(5500);
    await page.close({ runBeforeUnload: false });
    await sleep(1000);

    const views = await ofThisStudy();
    expect(views).toHaveLength(1);
    const [view] = views;
    // Nothing changed after the switch: no checkpoint, no unlock, no end of page.
    expect(view).toEqual(atSwitch);
    expect(scrollAfter).toBeGreaterThan(0);
    console.log(`research switch-off (${kind}): read ${readBeforeMs} ms before the switch; stored activeMs ${view.activeMs}, clause times ${view.clauses.map((c) => c.readingMs).join(', ')}; last scroll sample at ${view.scroll.at(-1)?.t} ms`);
    // Time up to the switch is kept (the panel was visible and the reader active all along) …
    expect(view.activeMs).toBeGreaterThanOrEqual(readBeforeMs * 0.9);
    // … and nothing after it counts.
    const switchMs = switchedAt - recordingFrom;
    expect(view.activeMs).toBeLessThanOrEqual(switchMs + 500);
    expect(Math.max(...view.clauses.map((c) => c.readingMs))).toBeLessThanOrEqual(switchMs + 500);
    expect(view.clauses.some((c) => c.readingMs > 0)).toBe(true);
    for (const sample of view.scroll) expect(sample.t).toBeLessThanOrEqual(switchMs + 500);
    expect(view.updatedAt).toBeLessThanOrEqual(switchedAt + 1000);
    expect(view.updatedAt).toBeGreaterThanOrEqual(switchedFrom - 1000);
    expect(view.msToUnlock).toBeNull();
    expect(view.outcome).toBe('left');
    await options.close();
  }, 60_000);
});
