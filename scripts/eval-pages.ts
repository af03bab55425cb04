/**
 * Page-level figures on ../shared/corpus/pages: is each agreement detected, is any
 * non-agreement detected (false positive), are the agree controls of acceptance forms found
 * and embedded agreements analysed. Runs the command line's loader and the shared analysis.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadDocument } from '../cli/load-document';
import { analyzeDocument } from '../utils/analysis/analyze';
import { CORPUS_LANGS } from './classify-corpus';
import { detectBarePages } from './corpus-bare-pages';
import { findBoldStatements } from './corpus-bold-statements';

const corpus = resolve(import.meta.dirname, '../../shared/corpus');
const rows = readFileSync(join(corpus, 'pages.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [file, lang, kind] = line.split('\t');
    return { file, lang, kind };
  });

interface Outcome {
  file: string;
  lang: string;
  kind: string;
  isAgreement: boolean;
  confidence: number;
  keyClauses: number;
  emphasizedKey: number;
  /** Markdown agreements: bold statements of the source, and those not shown emphasised. */
  bold?: { total: number; missed: string[] };
  controls: string[];
  ms: number;
}

const outcomes: Outcome[] = [];
for (const row of rows) {
  const started = performance.now();
  const loaded = await loadDocument(join(corpus, row.file));
  // File names in the corpus name their kind ("…-terms.html"): judge by content, not by name.
  const { analysis } = analyzeDocument(loaded.document, { url: 'file:///page.html' });
  outcomes.push({
    ...row,
    isAgreement: analysis.isAgreement,
    confidence: analysis.confidence,
    keyClauses: analysis.keyClauses.length,
    emphasizedKey: analysis.keyClauses.filter((c) => c.emphasis !== 'none').length,
    ...(row.file.endsWith('.md') && { bold: findBoldStatements(readFileSync(join(corpus, row.file), 'utf8'), analysis) }),
    controls: analysis.agreeControls.map((c) => `${c.kind}: ${c.text.slice(0, 40)}`),
    ms: performance.now() - started,
  });
  loaded.close();
}

const agreements = outcomes.filter((o) => o.kind === 'agreement');
const nonAgreements = outcomes.filter((o) => o.kind === 'non-agreement');
const forms = outcomes.filter((o) => o.kind === 'signup-form');
const detected = agreements.filter((o) => o.isAgreement).length;
const falsePositives = nonAgreements.filter((o) => o.isAgreement);

console.log('Page-level detection on ../shared/corpus/pages');
console.log('| set | pages | detected as agreement |');
console.log('| --- | ---: | ---: |');
for (const lang of [...new Set(agreements.map((o) => o.lang))]) {
  const set = agreements.filter((o) => o.lang === lang);
  console.log(`| agreements (${lang}) | ${set.length} | ${set.filter((o) => o.isAgreement).length} |`);
}
console.log(`| non-agreements | ${nonAgreements.length} | ${falsePositives.length} |`);
console.log(`\nAgreement recall: ${detected}/${agreements.length}; false positives: ${falsePositives.length}/${nonAgreements.length}`);
for (const missed of agreements.filter((o) => !o.isAgreement)) console.log(`  missed: ${missed.file} (confidence ${missed.confidence})`);
for (const fp of falsePositives) console.log(`  false positive: ${fp.file} (confidence ${fp.confidence})`);

console.log('\nAcceptance forms: agree controls found, embedded agreement analysed');
for (const form of forms) {
  const embedded = form.isAgreement ? `agreement analysed, ${form.keyClauses} key clauses` : 'no agreement text on the page';
  console.log(`  ${form.file.split('/').pop()}: ${form.controls.length ? form.controls.join('; ') : 'no agree control'} — ${embedded}`);
}
const keyTotals = agreements.reduce((sum, o) => sum + o.keyClauses, 0);
const emphasizedTotals = agreements.reduce((sum, o) => sum + o.emphasizedKey, 0);
console.log(`\nKey clauses on agreement pages: ${keyTotals} (${emphasizedTotals} emphasised by the provider, ${keyTotals - emphasizedTotals} found without emphasis)`);
const withBold = agreements.filter((o) => o.bold);
const boldTotal = withBold.reduce((sum, o) => sum + o.bold!.total, 0);
const boldMissed = withBold.flatMap((o) => o.bold!.missed.map((text) => `${o.file.split('/').pop()}: ${text.slice(0, 50)}`));
console.log(`Bold statements of the Markdown agreements shown in emphasised clauses: ${boldTotal - boldMissed.length}/${boldTotal}`);
for (const missed of boldMissed) console.log(`  not shown emphasised: ${missed}`);

console.log('\nThe labelled documents of ../shared/corpus/clauses as bare pages (neutral title and address, no headings)');
const bare = detectBarePages(CORPUS_LANGS);
for (const lang of CORPUS_LANGS) {
  const set = bare.filter((o) => o.lang === lang);
  console.log(`  ${lang}: ${set.filter((o) => o.isAgreement).length}/${set.length} detected`);
}
for (const missed of bare.filter((o) => !o.isAgreement)) console.log(`  missed: ${missed.lang}/${missed.name} (confidence ${missed.confidence}: ${missed.reasons.join('; ')})`);
