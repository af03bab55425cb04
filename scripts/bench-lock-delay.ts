/**
 * How long after a page's load event the review is in place (its panel drawn, its agree
 * controls locked): the time a user could tick an agree box unseen. Loads each page five times
 * in headless Chromium and Firefox ESR with the built extension, measured in the page from its
 * `load` event to Clausewise's shadow host appearing, in two states of the browser: settled
 * (5 s after start) and straight after start (pages from the first second on, when Chromium's
 * policy service does not yet answer; see utils/settings/store.ts).
 *
 *   npm run build && npm run bench:lock-delay
 */
import type { Page } from 'puppeteer-core';
import { launchWithExtension, type BrowserKind } from '../tests/e2e/harness/browsers';
import { startServer } from '../tests/e2e/harness/server';
import { serveLockFixtures } from '../tests/e2e/lock-fixtures';

const PAGES = ['/shared/fixtures/aliyun-signup-scrollbox.html', '/shared/fixtures/aliyun-service-agreement.html', '/lock/controls.html'];
const LOADS = 5;
const SETTLE_MS = 5000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Milliseconds from the page's load event to Clausewise's host element, measured in the page. */
async function loadToReview(page: Page, url: string): Promise<number> {
  await page.evaluateOnNewDocument(() => {
    const marks: Record<string, number> = {};
    (window as unknown as { __marks: Record<string, number> }).__marks = marks;
    addEventListener('load', () => (marks.load = performance.now()));
    new MutationObserver(() => {
      if (marks.review === undefined && document.querySelector('clausewise-root')) marks.review = performance.now();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('pierce/.panel', { timeout: 15_000 });
  const marks = await page.evaluate(() => (window as unknown as { __marks: Record<string, number> }).__marks);
  return marks.review - marks.load;
}

const server = await startServer();
serveLockFixtures(server);
console.log('load event → review in place, median of 5 loads (ms)\n');
console.log(`${'browser'.padEnd(10)}${'state'.padEnd(22)}page`);
try {
  for (const kind of ['chromium', 'firefox'] as BrowserKind[]) {
    for (const state of ['straight after start', 'settled']) {
      const browser = await launchWithExtension(kind);
      try {
        if (state === 'settled') await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
        for (const path of PAGES) {
          const times: number[] = [];
          for (let i = 0; i < LOADS; i++) {
            const page = await browser.newPage();
            times.push(await loadToReview(page, server.url(path)));
            await page.close();
          }
          console.log(`${kind.padEnd(10)}${state.padEnd(22)}${path.split('/').pop()!.padEnd(36)}${median(times).toFixed(0).padStart(6)}   [${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)}]`);
        }
      } finally {
        await browser.close();
      }
    }
  }
} finally {
  await server.close();
}
