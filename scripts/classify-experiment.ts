/**
 * `tsx scripts/classify-experiment.ts '{"contextWindow":1}' [en,de]`: the cross-validated
 * figures of a variant of the training options, one line per language, for comparing variants.
 */
import { CORPUS_LANGS } from './classify-corpus';
import { crossValidate } from './classify-cv';

const options = JSON.parse(process.argv[2] ?? '{}');
const langs = process.argv[3] ? process.argv[3].split(',') : [...CORPUS_LANGS];
const t0 = performance.now();
const { scores } = crossValidate(options, undefined, { langs });
let sum = 0;
for (const lang of langs) {
  const b = scores[lang].final;
  sum += b.keyMacroF1();
  const f = (c: 'liability' | 'law' | 'dispute') => (100 * b.prf(c).f1).toFixed(1);
  console.log(`${lang} ${b.keyMacroF1().toFixed(3)}  liability ${f('liability')}  law ${f('law')}  dispute ${f('dispute')}`);
}
console.log(`mean ${(sum / langs.length).toFixed(3)}  ${JSON.stringify(options)}  ${((performance.now() - t0) / 1000).toFixed(0)} s`);
