/**
 * npm run bench — speed figures from headless Chromium, medians of several runs:
 * full analysis of the sample agreement and of the largest corpus page, classification of
 * 10,000 sentences in each corpus language, and (when the every-page benchmark is present) the main-thread time the
 * always-injected script costs on non-agreement pages.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from '../tests/e2e/harness/browsers';
import { benchAnalysis } from './bench/analysis';

// A plain Chromium (no extension), kept off the network like the end-to-end tests.
const launched = await launchWithExtension('chromium', { extensionDir: null });
const browser = launched.browser;
try {
  const { pages, classify10kMs } = await benchAnalysis(browser);
  console.log('Full analysis in headless Chromium (main thread, median of 6 warm runs after the first):');
  console.log('| page | size | clauses | key clauses | first run | median |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const p of pages) {
    console.log(`| ${p.name} | ${(p.bytes / 1024).toFixed(0)} KB | ${p.clauses} | ${p.keyClauses} | ${p.firstMs.toFixed(1)} ms | ${p.medianMs.toFixed(1)} ms |`);
  }
  console.log('\nClassifying 10,000 corpus sentences with their language\'s model (median; limit 50 ms):');
  for (const [lang, ms] of Object.entries(classify10kMs)) console.log(`  ${lang}: ${ms.toFixed(1)} ms`);
} finally {
  await launched.close();
}

const everyPage = resolve(import.meta.dirname, 'bench-every-page.ts');
if (existsSync(everyPage)) {
  console.log('');
  await import(everyPage);
}
