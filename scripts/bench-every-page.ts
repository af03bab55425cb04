/**
 * What Clausewise costs on pages that are not agreements: loads each page of
 * ../shared/corpus/pages/non-agreements/ in headless Chromium with the built extension and
 * measures, from a performance trace, the main-thread time spent in the every-page check (each
 * injection of the first look into a frame's page world, and the closer look where it said
 * "maybe": its evaluation, any later callbacks such as the mutation watcher, and the creation
 * of the isolated world it runs in, which costs more than the script itself) and in the
 * analyser if it was loaded. In the same run it times a naive baseline the same way: a
 * throwaway extension whose content script runs Readability
 * (`new Readability(document.cloneNode(true)).parse()`) on every page, loaded in a second
 * Chromium, page by page alternating with Clausewise's loads.
 *
 * Time is counted as the main thread's CPU time inside each counted trace slice (`tdur`), the
 * budget's measure; the slices' wall time (`dur`) is printed beside it. On a machine where the
 * browser shares few cores with this script and the browser's other processes, a slice's wall
 * time also holds the time the renderer's main thread waited for a core, which the extension
 * did not spend: one first look measured 2.6 ms wall and 0.56 ms on the thread (Chromium 156,
 * 2 cores).
 *
 * Pages are served from 127.0.0.1 with page scripts disabled by CSP, under neutral paths (the
 * corpus file names contain words like "privacy" that no real address of these pages has),
 * and Chromium resolves no other host, so nothing leaves the machine.
 *
 *   npm run build && npm run bench:every-page [-- --runs 7 --json out.json]
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { firstLook } from '../utils/sniff/first-look';
import { launchWithExtension, type LaunchedBrowser } from '../tests/e2e/harness/browsers';
import { sharedDir } from '../tests/e2e/harness/paths';
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

/** The naive extension: Readability as an every-page content script. */
function writeBaselineExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clausewise-bench-baseline-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'naive every-page baseline',
      version: '1.0',
      content_scripts: [{ matches: ['http://127.0.0.1/*'], js: ['baseline.js'], run_at: 'document_idle' }],
    }),
  );
  writeFileSync(
    join(dir, 'baseline.js'),
    `(function () { var module = {}; ${readabilitySource}\n;var article = new Readability(document.cloneNode(true)).parse(); return article ? article.textContent.length : 0; })();\n`,
  );
  return dir;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  tid: number;
  dur?: number;
  /** CPU time of the thread within the slice, where the trace records it. */
  tdur?: number;
  args?: { data?: { url?: string }; fileName?: string };
}

/** Creating the extension's script world in a frame (an isolated world: its context and the extension's bindings), which only an extension's injection does; each browser of this bench runs one extension. */
const INJECTION = 'ScriptInjection::InjectJs';

/** How a slice's time is counted: the thread's CPU time in it, or its wall time. */
type Clock = 'cpu' | 'wall';
const sliceMicros = (e: TraceEvent, clock: Clock) => (clock === 'cpu' ? (e.tdur ?? e.dur!) : e.dur!);

/**
 * Main-thread work of the extension: the injections that create its world in each frame, and
 * top-level script work attributed to a URL of its (script evaluation and later callbacks).
 * Work nested in other counted work is counted once.
 */
function mainThreadMs(events: TraceEvent[], matches: (url: string) => boolean, withInjections = true, clock: Clock = 'cpu'): number {
  const counted = events.filter((e) => {
    if (e.ph !== 'X' || !e.dur) return false;
    if (e.name === INJECTION) return withInjections;
    if (e.name !== 'EvaluateScript' && e.name !== 'FunctionCall' && e.name !== 'TimerFire' && e.name !== 'FireIdleCallback') return false;
    const url = e.args?.data?.url ?? '';
    return url !== '' && matches(url);
  });
  const inside = (e: TraceEvent, o: TraceEvent) => o !== e && o.tid === e.tid && o.ts <= e.ts && o.ts + o.dur! >= e.ts + e.dur!;
  let micros = 0;
  for (const e of counted) if (!counted.some((o) => inside(e, o))) micros += sliceMicros(e, clock);
  return micros / 1000;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** One load of `url` in `browser`, traced; the page is closed afterwards. */
async function tracedLoad(browser: LaunchedBrowser, url: string): Promise<TraceEvent[]> {
  const page = await browser.newPage();
  // `extensions` holds the injections that set up an extension's world in a frame.
  await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'extensions'] });
  await page.goto(url, { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  const trace = JSON.parse(Buffer.from((await page.tracing.stop())!).toString()) as { traceEvents: TraceEvent[] };
  await page.close();
  return trace.traceEvents;
}

async function main(): Promise<void> {
  // The every-page script is the first look, a function the background sends into each frame;
  // its size is its source as the build minifies it.
  const firstLookSource = (await transform(`export default ${firstLook.toString()}`, { minify: true, format: 'esm' })).code;
  const snifferBytes = Buffer.byteLength(firstLookSource);
  const snifferGzip = gzipSync(firstLookSource).length;

  const server = await startServer();
  server.route(/^\/p\/\d+\/$/, ({ hit }) => ({
    type: 'text/html; charset=utf-8',
    headers: { 'content-security-policy': "script-src 'none'" },
    body: readFileSync(join(pagesDir, pages[Number(hit.path.split('/')[2])])),
  }));
  const isolated = { args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] };
  const baselineDir = writeBaselineExtension();
  const browser = await launchWithExtension('chromium', isolated);
  const naive = await launchWithExtension('chromium', { ...isolated, extensionDir: baselineDir });
  const rows: Array<{ page: string; sniffer: number; analyser: number; clausewiseWall: number; baseline: number; analyserLoaded: number }> = [];
  try {
    for (const [index, file] of pages.entries()) {
      const sniff: number[] = [];
      const analyse: number[] = [];
      const wall: number[] = [];
      const base: number[] = [];
      let analyserLoads = 0;
      for (let run = 0; run < RUNS; run++) {
        const url = server.url(`/p/${index}/`);
        const events = await tracedLoad(browser, url);
        const ours = (path: string) => (u: string) => u.startsWith(browser.extensionBaseUrl!) && u.endsWith(path);
        const anyOfOurs = (u: string) => u.startsWith(browser.extensionBaseUrl!);
        // The analyser's own script work; everything else of the extension's (its world in each
        // frame, the first and the closer look) is the every-page script's.
        const a = mainThreadMs(events, ours('/analyzer.js'), false);
        sniff.push(mainThreadMs(events, anyOfOurs) - a);
        analyse.push(a);
        wall.push(mainThreadMs(events, anyOfOurs, true, 'wall'));
        if (a > 0) analyserLoads++;
        base.push(mainThreadMs(await tracedLoad(naive, url), (u) => u.startsWith('chrome-extension://') && u.endsWith('/baseline.js')));
      }
      rows.push({
        page: file.replace(/\.html$/u, ''),
        sniffer: median(sniff),
        analyser: median(analyse),
        clausewiseWall: median(wall),
        baseline: median(base),
        analyserLoaded: analyserLoads,
      });
    }
  } finally {
    await Promise.all([browser.close(), naive.close()]);
    await server.close();
    rmSync(baselineDir, { recursive: true, force: true });
  }

  const fmt = (n: number) => n.toFixed(2).padStart(8);
  console.log(`every-page cost in headless Chromium, median of ${RUNS} loads per page (main-thread CPU ms; Clausewise's wall ms beside)\n`);
  console.log(`${'page'.padEnd(58)} ${'sniffer'.padStart(8)} ${'analyser'.padStart(8)} ${'wall'.padStart(8)} ${'baseline'.padStart(8)}`);
  for (const r of rows) {
    const loaded = r.analyserLoaded ? `  (analyser loaded ${r.analyserLoaded}/${RUNS})` : '';
    console.log(`${r.page.padEnd(58)} ${fmt(r.sniffer)} ${fmt(r.analyser)} ${fmt(r.clausewiseWall)} ${fmt(r.baseline)}${loaded}`);
  }
  const all = (k: 'sniffer' | 'analyser' | 'clausewiseWall' | 'baseline') => median(rows.map((r) => r[k]));
  const clausewise = rows.map((r) => r.sniffer + r.analyser);
  console.log(`${'median over pages'.padEnd(58)} ${fmt(all('sniffer'))} ${fmt(all('analyser'))} ${fmt(all('clausewiseWall'))} ${fmt(all('baseline'))}`);
  console.log(`\nfirst look: ${snifferBytes} bytes minified (${snifferGzip} gzip); budget ${BUDGET_BYTES} bytes`);
  console.log(`Clausewise (sniffer + analyser where loaded), median over pages: ${median(clausewise).toFixed(2)} ms CPU (${all('clausewiseWall').toFixed(2)} ms wall); budget ${BUDGET_MS} ms`);
  console.log(`naive baseline (Readability on every page), median over pages: ${all('baseline').toFixed(2)} ms CPU`);
  if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify({ runs: RUNS, snifferBytes, snifferGzip, rows }, null, 2));
  const within = median(clausewise) <= BUDGET_MS && snifferBytes <= BUDGET_BYTES;
  if (!within) {
    console.log('\nOVER BUDGET');
    process.exitCode = 1;
  }
}

await main();
