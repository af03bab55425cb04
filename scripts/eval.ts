/**
 * `npm run eval`: per-language precision / recall / F1 of the classifier on the labelled corpus,
 * rules alone and combined with the model, from document-level cross-validation (the model
 * scoring a document was never trained on it or on its translations), plus a speed check.
 */
import { classify } from '../utils/classify';
import { CORPUS_LANGS, loadCorpus } from './classify-corpus';
import { crossValidate, FOLDS } from './classify-cv';
import { REPORTED, type Scoreboard } from './classify-metrics';

function pct(x: number): string {
  return (100 * x).toFixed(1).padStart(5);
}

function table(name: string, board: Scoreboard): string {
  const rows = [`  ${name}: macro-F1 (liability, law, dispute) = ${board.keyMacroF1().toFixed(3)}`];
  for (const cat of REPORTED) {
    const { p, r, f1 } = board.prf(cat);
    const { tp, fn } = board.counts.get(cat)!;
    rows.push(`    ${cat.padEnd(18)} P ${pct(p)}  R ${pct(r)}  F1 ${pct(f1)}   (${tp + fn} gold)`);
  }
  return rows.join('\n');
}

/** Milliseconds to classify `count` corpus sentences with the shipped classifier. */
export function bench(count = 10_000): number {
  const docs = loadCorpus();
  const items: [string, string][] = [];
  for (const d of docs) for (const s of d.sentences) items.push([s, d.lang]);
  const sample = items.filter((_, i) => i % 4 === 0).slice(0, count);
  while (sample.length < count) sample.push(...sample.slice(0, count - sample.length));
  for (const [s, l] of sample.slice(0, 2000)) classify(s, l); // warm up
  let best = Infinity;
  for (let run = 0; run < 5; run++) {
    const t = performance.now();
    for (const [s, l] of sample) classify(s, l);
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

function main(): void {
  const t0 = performance.now();
  const { scores } = crossValidate();
  console.log(`Clause classifier on ../shared/corpus/clauses, ${FOLDS}-fold cross-validation by document\n`);
  for (const lang of CORPUS_LANGS) {
    const s = scores[lang];
    console.log(
      `[${lang}]  rules alone ${s.rules.keyMacroF1().toFixed(3)}  shipped ${s.final.keyMacroF1().toFixed(3)}` +
        `  (each sentence alone, as the page analysis classifies clauses: ${s.lone.keyMacroF1().toFixed(3)})`,
    );
    console.log(table('rules only (lexicon)', s.rules));
    console.log(table('shipped (per-language model; rules only for fees, data)', s.final));
    console.log();
  }
  console.log(`cross-validation took ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  console.log(`classifying 10,000 sentences: ${bench().toFixed(1)} ms`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) main();
