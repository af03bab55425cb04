/**
 * The harness's own test: a tiny real extension in each real browser, driven only by trusted
 * input, against the test server. If this fails, the product's e2e failures mean nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type BrowserKind, type LaunchedBrowser } from './harness/browsers';
import {
  clickAt,
  collectConsoleErrors,
  describeDomChange,
  domSnapshot,
  focusedElement,
  pressKey,
  queryDeep,
  waitForDeep,
  wheelUntil,
} from './harness/page-helpers';
import { SELFTEST_PAGE, buildSelftestExtension } from './harness/selftest-fixture';
import { startServer, type TestServer } from './harness/server';

const BROWSER_TEST_MS = 60_000;

describe('test server', () => {
  let server: TestServer;
  let pagesDir: string;

  beforeAll(async () => {
    pagesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausewise-selftest-pages-'));
    fs.writeFileSync(path.join(pagesDir, '条款.html'), '<!doctype html><meta charset="utf-8"><p>免责条款</p>');
    fs.writeFileSync(path.join(pagesDir, 'terms.md'), '# Terms\n');
    server = await startServer({ pagesDir });
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(pagesDir, { recursive: true, force: true });
  });

  it('serves fixture pages and shared files with their content types', async () => {
    const html = await fetch(server.url('/pages/' + encodeURIComponent('条款.html')));
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await html.text()).toContain('免责条款');
    const md = await fetch(server.url('/pages/terms.md'));
    expect(md.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    const shared = await fetch(server.url('/shared/corpus/pages.tsv'));
    expect(shared.status).toBe(200);
    expect((await fetch(server.url('/pages/missing.html'))).status).toBe(404);
    expect((await fetch(server.url('/pages/..%2f..%2fpackage.json'))).status).toBe(404);
  });

  it('records form submissions, serves ad-hoc routes and injects faults', async () => {
    server.clearHits();
    const accepted = await fetch(server.url('/accepted?read=on'));
    expect(await accepted.text()).toContain('accepted');
    const posted = await fetch(server.url('/accepted'), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'read=on&lang=zh',
    });
    expect(posted.status).toBe(200);
    expect(server.hitsFor('/accepted').map((h) => h.form)).toEqual([{ read: 'on' }, { read: 'on', lang: 'zh' }]);

    const remove = server.route('/api/*', ({ hit }) => ({ type: 'application/json', body: JSON.stringify({ path: hit.path }) }));
    expect(await (await fetch(server.url('/api/x'))).json()).toEqual({ path: '/api/x' });
    remove();
    expect((await fetch(server.url('/api/x'))).status).toBe(404);

    server.fault('/accepted', { status: 503, times: 1 });
    expect((await fetch(server.url('/accepted'))).status).toBe(503);
    expect((await fetch(server.url('/accepted'))).status).toBe(200);
    server.fault('/slow', { delayMs: 300 });
    const started = Date.now();
    await fetch(server.url('/slow'));
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    server.fault('/drop', { reset: true });
    await expect(fetch(server.url('/drop'))).rejects.toThrow();
    server.clearFaults();
  });
});

describe.each<BrowserKind>(['chromium', 'firefox'])('harness in %s', (kind) => {
  let server: TestServer;
  let extensionDir: string;
  let lastLaunch: LaunchedBrowser | undefined;
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), `clausewise-selftest-profile-${kind}-`));

  beforeAll(async () => {
    server = await startServer();
    server.route('/selftest', SELFTEST_PAGE);
    extensionDir = buildSelftestExtension(kind);
  });

  /** Closes a browser a failed test left open, so the next launch gets the profile. */
  async function launch(): Promise<LaunchedBrowser> {
    await lastLaunch?.close();
    lastLaunch = await launchWithExtension(kind, { extensionDir, userDataDir: profileDir });
    return lastLaunch;
  }

  afterAll(async () => {
    await lastLaunch?.close();
    await server.close();
    fs.rmSync(extensionDir, { recursive: true, force: true });
    fs.rmSync(profileDir, { recursive: true, force: true });
  });

  it(
    'drives a real extension with trusted input',
    async () => {
      const launched = await launch();
      console.info(`${kind}: launched with extension in ${launched.launchMs} ms`);
      expect(launched.extensionBaseUrl).toMatch(kind === 'chromium' ? /^chrome-extension:\/\/[a-p]{32}\/$/ : /^moz-extension:\/\/[0-9a-f-]{36}\/$/);

      const page = await launched.newPage();
      const console_ = collectConsoleErrors(page);
      await page.goto(server.url('/selftest'));

      // The content script ran and its open shadow root is reachable both ways.
      const button = await waitForDeep(page, '#cw-button');
      expect(await waitForDeep(page, 'clausewise-root >>> #cw-button')).toBeTruthy();
      expect(await button.evaluate((b) => (b as HTMLButtonElement).disabled)).toBe(true);

      const before = await domSnapshot(page);
      expect(before).toContain('<clausewise-root');

      // The wheel over the panel's list scrolls it (not the page) until the button unlocks.
      const turns = await wheelUntil(page, '.list', () => button.evaluate((b) => !(b as HTMLButtonElement).disabled));
      expect(turns).toBeGreaterThan(0);
      expect(await page.evaluate(() => scrollY)).toBe(0);

      await clickAt(page, button);
      await page.waitForFunction(() => document.querySelector('clausewise-root')?.getAttribute('data-clicked') === 'trusted', { timeout: 5_000 });
      expect(describeDomChange(before, await domSnapshot(page))).toContain('data-clicked');

      // Scroll the page itself with the wheel until the form is in view.
      await wheelUntil(page, { x: 300, y: 300 }, () =>
        page.evaluate(() => (document.getElementById('submit')?.getBoundingClientRect().bottom ?? Infinity) <= innerHeight),
      );
      await clickAt(page, '#read');
      await pressKey(page, 'Space', { times: 2 });
      expect(await page.$eval('#read', (el) => (el as HTMLInputElement).checked)).toBe(true);
      await pressKey(page, 'Tab');
      expect(await focusedElement(page)).toBe('button#submit');

      const since = Date.now();
      await pressKey(page, 'Enter');
      const hit = await server.waitForHit('/accepted', { since });
      expect(hit.query).toEqual({ read: 'on' });
      await page.waitForFunction(() => document.getElementById('result')?.textContent === 'accepted', { timeout: 10_000 });
      expect(await queryDeep(page, '#cw-button')).toBeNull();

      const options = await launched.openExtensionPage('options.html');
      await options.waitForFunction(() => document.getElementById('count')?.textContent === 'opened 1', { timeout: 10_000 });

      console_.stop();
      expect(console_.errors).toEqual([]);
      await launched.close();
    },
    BROWSER_TEST_MS,
  );

  it(
    'keeps extension storage across a restart on the same profile',
    async () => {
      const launched = await launch();
      console.info(`${kind}: relaunched on the same profile in ${launched.launchMs} ms`);
      const options = await launched.openExtensionPage('options.html');
      await options.waitForFunction(() => document.getElementById('count')?.textContent === 'opened 2', { timeout: 10_000 });
      await launched.close();
    },
    BROWSER_TEST_MS,
  );
});
