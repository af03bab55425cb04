/**
 * Shared steps of the research e2e tests: the study page, turning research mode on through the
 * user's settings (extension storage `sync:settings`, as the options page writes it), reading
 * what the extension stored, and the panel geometry the tests compute their truth from.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import type { LaunchedBrowser } from '../harness/browsers';
import type { TestServer } from '../harness/server';
import type { ViewRecord } from '../../../utils/research/types';

export const STUDY_PAGE_PATH = '/study/terms.html';

/** Serves the English study agreement (10 key clauses, a checkbox and a submit button). */
export function serveStudyPage(server: TestServer): string {
  server.route(STUDY_PAGE_PATH, readFileSync(new URL('./pages/reading-study.html', import.meta.url), 'utf8'));
  server.route('/accepted', '<!doctype html><title>Accepted</title><h1>Accepted</h1>');
  return server.url(STUDY_PAGE_PATH);
}

/** The extension API in an extension page: `browser` in Firefox (whose `chrome` takes callbacks), `chrome` in Chromium. */
type ExtensionApi = { storage: { sync: { set(v: object): Promise<void> }; local: { get(k: null): Promise<Record<string, unknown>> } } };

/** Writes the user's research settings, the way the options page saves them. */
export async function setUserResearch(extensionPage: Page, research: Record<string, unknown>): Promise<void> {
  await extensionPage.evaluate((r) => {
    const api = (globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi });
    return (api.browser ?? api.chrome).storage.sync.set({ settings: { research: r } });
  }, research);
}

/** Every research view the extension stored, oldest first. */
export async function storedViews(extensionPage: Page): Promise<ViewRecord[]> {
  const all = await extensionPage.evaluate(() => {
    const api = (globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi });
    return (api.browser ?? api.chrome).storage.local.get(null);
  });
  return Object.entries(all)
    .filter(([key]) => key.startsWith('research:view:'))
    .map(([, value]) => value as ViewRecord)
    // The order the exports use: oldest first.
    .sort((a, b) => a.startedAt - b.startedAt || a.viewId.localeCompare(b.viewId));
}

export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface CardShare {
  index: number;
  /** Visible share by the recorder's rule, normalised so that 0.5 is the line: max(ratio, 0.5 × visible height / half the list). */
  share: number;
}

/** How much of each clause card is inside the panel's list now. */
export function cardShares(page: Page): Promise<CardShare[]> {
  return page.$eval('pierce/.list', (list) => {
    const box = list.getBoundingClientRect();
    return [...list.querySelectorAll<HTMLElement>('[data-index]')].map((card) => {
      const r = card.getBoundingClientRect();
      const visible = Math.max(0, Math.min(r.bottom, box.bottom) - Math.max(r.top, box.top));
      const ratio = r.height > 0 ? visible / r.height : 0;
      return { index: Number(card.dataset.index), share: Math.max(ratio, (0.5 * visible) / (box.height / 2)) };
    });
  });
}

export const listScrollTop = (page: Page) => page.$eval('pierce/.list', (l) => l.scrollTop);

/** Waits until the list stops moving (wheel scrolling may be animated). */
export async function settle(page: Page): Promise<void> {
  let last = await listScrollTop(page);
  for (let i = 0; i < 40; i++) {
    await new Promise((r) => setTimeout(r, 60));
    const now = await listScrollTop(page);
    if (now === last) return;
    last = now;
  }
}

/**
 * Waits for an element inside the panel's shadow root by polling: puppeteer's
 * waitForSelector re-checks on document mutations, which do not see changes inside a shadow
 * root once the host is in place (the research notice appears after the panel).
 */
export async function waitInPanel(page: Page, selector: string, timeoutMs = 15_000): Promise<void> {
  await waitFor(selector, async () => ((await page.$(`pierce/${selector}`)) ? true : undefined), timeoutMs);
}
