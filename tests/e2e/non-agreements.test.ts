/**
 * Pages that are not agreements — news, blogs, docs, product pages, several with "you agree"
 * consent or cookie lines, in English, Chinese, French, Spanish and Japanese — get no panel and no change at all to their DOM. Page scripts are
 * switched off by a Content-Security-Policy header (content scripts are exempt), so the DOM is
 * exactly what the parser built and can be compared with the same page in a browser without
 * Clausewise.
 */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type BrowserKind, type LaunchedBrowser } from './harness/browsers';
import { casesDir, sharedDir } from './harness/paths';
import { startServer, type TestServer } from './harness/server';

const dir = join(sharedDir, 'corpus/pages/non-agreements');
/** The analysis cases that are not agreements: French, Spanish and Japanese pages with consent lines. */
const pages = [
  ...readdirSync(dir).filter((f) => f.endsWith('.html')),
  ...readdirSync(casesDir)
    .filter((name) => name.includes('-non-agreement-'))
    .map((name) => `cases/${name}`),
];
/** Where a page's file is: a corpus page by its name, a case by its folder. */
const fileOf = (page: string) => (page.startsWith('cases/') ? join(casesDir, page.slice('cases/'.length), 'page.html') : join(dir, page));
/** Long enough for the every-page check and, where it fires, the full analysis. */
const SETTLE_MS = 1500;

/**
 * Firefox over BiDi now and then reports a navigation as rejected, sometimes twice in a row;
 * up to three retries, further apart each time, settle it. Any other error fails at once.
 */
async function load(page: Page, url: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await page.goto(url, { waitUntil: 'load' });
      return;
    } catch (error) {
      if (attempt >= 3 || !String(error).includes('Address rejected')) throw error;
      await new Promise((r) => setTimeout(r, 500 * (attempt + 1)));
    }
  }
}

async function snapshot(page: Page, url: string, settleMs: number): Promise<string> {
  await load(page, url);
  await new Promise((r) => setTimeout(r, settleMs));
  return page.evaluate(() => document.documentElement.outerHTML);
}

describe.each<BrowserKind>(['chromium', 'firefox'])('non-agreement pages in %s', (kind) => {
  let server: TestServer;
  let withExtension: LaunchedBrowser;
  let without: LaunchedBrowser;

  beforeAll(async () => {
    server = await startServer();
    server.route(/^\/static\//, async ({ hit }) => ({
      type: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': "script-src 'none'" },
      body: await readFile(fileOf(hit.path.slice('/static/'.length))),
    }));
    [withExtension, without] = await Promise.all([launchWithExtension(kind), launchWithExtension(kind, { extensionDir: null })]);
  });
  afterAll(async () => {
    await Promise.all([withExtension?.close(), without?.close()]);
    await server?.close();
  });

  it.each(pages)('%s is left exactly as it was', async (file) => {
    const url = server.url(`/static/${file}`);
    const [a, b] = await Promise.all([withExtension.newPage(), without.newPage()]);
    const [touched, untouched] = await Promise.all([snapshot(a, url, SETTLE_MS), snapshot(b, url, 200)]);
    expect(await a.$('clausewise-root')).toBeNull();
    expect(touched.length).toBe(untouched.length);
    expect(touched === untouched).toBe(true);
    await Promise.all([a.close(), b.close()]);
  });
});
