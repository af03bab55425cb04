/**
 * Full-analysis time in headless Chromium: the sample agreement and the largest corpus page,
 * and classifying 10,000 corpus sentences — medians of several runs, in the page's main thread.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { startServer } from '../../tests/e2e/harness/server';
import { bundleForPage } from './bundle';

const shared = resolve(import.meta.dirname, '../../../shared');
const RUNS = 7;

export interface AnalysisFigure {
  name: string;
  bytes: number;
  clauses: number;
  keyClauses: number;
  firstMs: number;
  medianMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function largestHtmlAgreement(): string {
  const dir = join(shared, 'corpus/pages/agreements');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f))
    .sort((a, b) => statSync(b).size - statSync(a).size)[0];
}

/** Languages of the labelled corpus: each is classified with its own model, whose costs differ. */
const CLASSIFY_LANGS = ['en', 'de', 'it', 'pl'] as const;

/** `count` sentences of one language of the corpus, repeated as needed. */
function corpusSentences(lang: string, count: number): string[] {
  const out: string[] = [];
  const dir = join(shared, 'corpus/clauses', lang, 'sentences');
  for (const file of readdirSync(dir).sort()) out.push(...readFileSync(join(dir, file), 'utf8').split('\n').filter(Boolean));
  return Array.from({ length: count }, (_, i) => out[i % out.length]);
}

export async function benchAnalysis(browser: Browser): Promise<{ pages: AnalysisFigure[]; classify10kMs: Record<string, number> }> {
  const bundle = await bundleForPage();
  const server = await startServer();
  // Page scripts off (content scripts and injected benchmarks are exempt): only our code runs.
  server.route(/^\/bench\//, ({ hit }) => ({
    type: 'text/html; charset=utf-8',
    headers: { 'content-security-policy': "script-src 'none'" },
    body: readFileSync(hit.path === '/bench/sample' ? join(shared, 'fixtures/aliyun-service-agreement.html') : largestHtmlAgreement()),
  }));
  const pages: AnalysisFigure[] = [];
  try {
    for (const [name, path, file] of [
      ['sample agreement', '/bench/sample', join(shared, 'fixtures/aliyun-service-agreement.html')],
      [`largest corpus page (${largestHtmlAgreement().split('/').pop()})`, '/bench/largest', largestHtmlAgreement()],
    ] as const) {
      const page = await browser.newPage();
      await page.goto(server.url(path), { waitUntil: 'load' });
      await page.evaluate(bundle);
      const result = await page.evaluate((runs: number) => {
        const bench = (globalThis as any).__clausewiseBench;
        const times: number[] = [];
        let last: any;
        for (let i = 0; i < runs; i++) {
          const start = performance.now();
          last = bench.analyzeDocument(document, { url: location.href });
          times.push(performance.now() - start);
        }
        return { times, clauses: last.analysis.clauses.length, keyClauses: last.analysis.keyClauses.length };
      }, RUNS);
      pages.push({
        name,
        bytes: statSync(file).size,
        clauses: result.clauses,
        keyClauses: result.keyClauses,
        firstMs: result.times[0],
        medianMs: median(result.times.slice(1)),
      });
      await page.close();
    }

    const page = await browser.newPage();
    await page.goto(server.url('/bench/sample'), { waitUntil: 'load' });
    await page.evaluate(bundle);
    const classify10kMs: Record<string, number> = {};
    for (const lang of CLASSIFY_LANGS) {
      const times = await page.evaluate(
        (sentences: string[], language: string, runs: number) => {
          const bench = (globalThis as any).__clausewiseBench;
          const out: number[] = [];
          for (let r = 0; r < runs; r++) {
            const start = performance.now();
            for (const s of sentences) bench.classify(s, language);
            out.push(performance.now() - start);
          }
          return out;
        },
        corpusSentences(lang, 10_000),
        lang,
        RUNS,
      );
      classify10kMs[lang] = median(times.slice(1));
    }
    await page.close();
    return { pages, classify10kMs };
  } finally {
    await server.close();
  }
}
