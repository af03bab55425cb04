/**
 * What Clausewise costs on pages that are not agreements: loads each page of
 * ../shared/corpus/pages/non-agreements/ in headless Chromium with the built extension and
 * measures, from a performance trace, the main-thread time spent in the every-page script
 * (sniffer.js: compile, run, and any later callbacks such as its mutation watcher) and in the
 * analyser if it was loaded. In the same run, on the same page loads, it times a naive
 * baseline the same way: Readability (`new Readability(document.cloneNode(true)).parse()`)
 * evaluated in an isolated world, as an extension running it on every page would.
 *
 * Pages are served from 127.0.0.1 with page scripts disabled by CSP, under neutral paths (the
 * corpus file names contain words like "privacy" that no real address of these pages has),
 * and Chromium resolves no other host, so nothing leaves the machine.
 *
 *   npm run build && npm run bench:every-page [-- --runs 7 --json out.json]
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'puppeteer-core';
import { launchWithExtension } from '../tests/e2e/harness/browsers';
import { extensionDirs, sharedDir } from '../tests/e2e/harness/paths';
import { startServer } from '../tests/e2e/harness/server';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const RUNS = Number(option('runs', '5'));
const SETTLE_MS = Number(option('settle', '1500'));
const JSON_OUT = option('json', '');
/** Limits from the issue: the every-page script's median main-thread time and minified size. */
const BUDGET_MS = 1;
const BUDGET_BYTES = 20 * 1024;

const pagesDir = join(sharedDir, 'corpus/pages/non-agreements');
const pages = readdirSync(pagesDir).filter((f) => f.endsWith('.html')).sort();
const require = createRequire(import.meta.url);
const readabilitySource = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');
const BASELINE_URL = 'naive-baseline-readability.js';
/** Readability as a content script would run it; the sourceURL names it in the trace. */
const baselineScript = `(function () { var module = {}; ${readabilitySource}\n;var article = new Readability(document.cloneNode(true)).parse(); return article ? article.textContent.length : 0; })();\n//# sourceURL=${BASELINE_URL}`;

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  args?: { data?: { url?: string }; fileName?: string };
}

/** Top-level script work attributed to a URL: script evaluation and later callbacks. */
function mainThreadMs(events: TraceEvent[], matches: (url: string) => boolean): number {
  let micros = 0;
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue;
    if (e.name !== 'EvaluateScript' && e.name !== 'FunctionCall' && e.name !== 'TimerFire' && e.name !== 'FireIdleCallback') continue;
    const url = e.args?.data?.url ?? '';
    if (url && matches(url)) micros += e.dur;
  }
  return micros / 1000;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function runBaseline(client: CDPSession, page: Page): Promise<void> {
  const frame = page.mainFrame() as unknown as { _id: string };
  const { executionContextId } = (await client.send('Page.createIsolatedWorld', { frameId: frame._id, worldName: 'naive-baseline' })) as { executionContextId: number };
  await client.send('Runtime.evaluate', { expression: baselineScript, contextId: executionContextId, returnByValue: true });
}

async function main(): Promise<void> {
  const sniffer = join(extensionDirs.chromium, 'sniffer.js');
  const snifferBytes = statSync(sniffer).size;
  const snifferGzip = gzipSync(readFileSync(sniffer)).length;

  const server = await startServer();
  server.route(/^\/p\/\d+\/$/, ({ hit }) => ({
    type: 'text/html; charset=utf-8',
    headers: { 'content-security-policy': "script-src 'none'" },
    body: readFileSync(join(pagesDir, pages[Number(hit.path.split('/')[2])])),
  }));
  const browser = await launchWithExtension('chromium', { args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
  const rows: Array<{ page: string; sniffer: number; analyser: number; baseline: number; analyserLoaded: number }> = [];
  try {
    for (const [index, file] of pages.entries()) {
      const sniff: number[] = [];
      const analyse: number[] = [];
      const base: number[] = [];
      let analyserLoads = 0;
      for (let run = 0; run < RUNS; run++) {
        const page = await browser.newPage();
        const client = await page.createCDPSession();
        await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
        await page.goto(server.url(`/p/${index}/`), { waitUntil: 'load' });
        await new Promise((r) => setTimeout(r, SETTLE_MS));
        await runBaseline(client, page);
        const trace = JSON.parse(Buffer.from((await page.tracing.stop())!).toString()) as { traceEvents: TraceEvent[] };
        const ext = (path: string) => (url: string) => url.startsWith(browser.extensionBaseUrl!) && url.endsWith(path);
        sniff.push(mainThreadMs(trace.traceEvents, ext('/sniffer.js')));
        const a = mainThreadMs(trace.traceEvents, ext('/analyzer.js'));
        analyse.push(a);
        if (a > 0) analyserLoads++;
        base.push(mainThreadMs(trace.traceEvents, (url) => url === BASELINE_URL));
        await client.detach();
        await page.close();
      }
      rows.push({ page: file.replace(/\.html$/u, ''), sniffer: median(sniff), analyser: median(analyse), baseline: median(base), analyserLoaded: analyserLoads });
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const fmt = (n: number) => n.toFixed(2).padStart(8);
  console.log(`every-page cost in headless Chromium, median of ${RUNS} loads per page (main-thread ms)\n`);
  console.log(`${'page'.padEnd(58)} ${'sniffer'.padStart(8)} ${'analyser'.padStart(8)} ${'baseline'.padStart(8)}`);
  for (const r of rows) console.log(`${r.page.padEnd(58)} ${fmt(r.sniffer)} ${fmt(r.analyser)} ${fmt(r.baseline)}${r.analyserLoaded ? `  (analyser loaded ${r.analyserLoaded}/${RUNS})` : ''}`);
  const all = (k: 'sniffer' | 'analyser' | 'baseline') => median(rows.map((r) => r[k]));
  const clausewise = rows.map((r) => r.sniffer + r.analyser);
  console.log(`${'median over pages'.padEnd(58)} ${fmt(all('sniffer'))} ${fmt(all('analyser'))} ${fmt(all('baseline'))}`);
  console.log(`\nsniffer.js: ${snifferBytes} bytes minified (${snifferGzip} gzip); budget ${BUDGET_BYTES} bytes`);
  console.log(`Clausewise (sniffer + analyser where loaded), median over pages: ${median(clausewise).toFixed(2)} ms; budget ${BUDGET_MS} ms`);
  console.log(`naive baseline (Readability on every page), median over pages: ${all('baseline').toFixed(2)} ms`);
  if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify({ runs: RUNS, snifferBytes, snifferGzip, rows }, null, 2));
  const within = median(clausewise) <= BUDGET_MS && snifferBytes <= BUDGET_BYTES;
  if (!within) {
    console.log('\nOVER BUDGET');
    process.exitCode = 1;
  }
}

await main();
