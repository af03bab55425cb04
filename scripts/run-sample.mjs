#!/usr/bin/env node
// The main job on the bundled sample: serve the sample agreement on 127.0.0.1, open it in
// Chromium with the built extension loaded, and show the result — in a visible browser when
// there is a display, otherwise headless with a screenshot written to disk.
//
//   node scripts/run-sample.mjs [--headless] [--screenshot FILE] [--page signup|full]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

const root = resolve(import.meta.dirname, '..');
const fixtures = resolve(root, '../shared/fixtures');
const extension = join(root, '.output/chrome-mv3');
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const headless = args.includes('--headless') || !process.env.DISPLAY;
const screenshot = resolve(root, option('--screenshot') ?? '.output/sample-panel.png');
const pageName = option('--page') === 'signup' ? 'aliyun-signup-scrollbox.html' : 'aliyun-service-agreement.html';

if (!existsSync(join(extension, 'manifest.json'))) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}

const server = createServer(async (req, res) => {
  const name = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '');
  if (name === 'accepted') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<h1>Accepted</h1>');
    return;
  }
  try {
    const body = await readFile(join(fixtures, name.replace(/\.\./g, '')));
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  } catch {
    res.writeHead(404).end('not found');
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const url = `http://127.0.0.1:${server.address().port}/${pageName}`;

const profile = mkdtempSync(join(tmpdir(), 'clausewise-sample-'));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless,
  pipe: true,
  enableExtensions: [extension],
  userDataDir: profile,
  defaultViewport: headless ? { width: 1280, height: 860 } : null,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=zh-CN', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});
try {
  // The extension's background must be running before the page opens: it is what looks at the
  // page once it has loaded, and a page opened before it started is never looked at.
  await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 15_000 });
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('pierce/.panel', { timeout: 15_000 });
  const clauses = await page.$$eval('pierce/.clause', (items) => items.length);
  console.log(`Opened ${url}`);
  console.log(`Clausewise panel shows ${clauses} key clauses; the agree controls are locked until the summary is read.`);
  if (headless) {
    mkdirSync(dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot });
    console.log(`Screenshot: ${screenshot}`);
  } else {
    console.log('Close the browser window to finish.');
    await new Promise((done) => browser.on('disconnected', done));
  }
} finally {
  await browser.close().catch(() => {});
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
