/**
 * `tsx scripts/classify-experiment.ts '{"contextWindow":1}' [en,de] [,a,b]`: the cross-validated
 * figures of a variant of the training options, one line per language, for comparing variants.
 * The optional third argument lists fold assignments ('' = the shipped one, other strings
 * reshuffle documents into folds): differences between variants that do not hold across
 * several assignments are noise of one split.
 */
import { CORPUS_LANGS } from './classify-corpus';
import { crossValidate } from './classify-cv';
import { setFoldSalt } from './classify-learn';

const options = JSON.parse(process.argv[2] ?? '{}');
const langs = process.argv[3] ? process.argv[3].split(',') : [...CORPUS_LANGS];
const salts = process.argv[4] !== undefined ? process.argv[4].split(',') : [''];
const t0 = performance.now();
const total: Record<string, number> = {};
for (const salt of salts) {
  setFoldSalt(salt);
  const { scores } = crossValidate(options, undefined, { langs });
  let sum = 0;
  const line: string[] = [];
  for (const lang of langs) {
    const b = scores[lang].final;
    sum += b.keyMacroF1();
    total[lang] = (total[lang] ?? 0) + b.keyMacroF1() / salts.length;
    const f = (c: 'liability' | 'law' | 'dispute') => (100 * b.prf(c).f1).toFixed(1);
    line.push(`${lang} ${b.keyMacroF1().toFixed(3)} (${f('liability')} ${f('law')} ${f('dispute')}; alone ${scores[lang].lone.keyMacroF1().toFixed(3)})`);
  }
  console.log(`[${salt}] ${line.join('  ')}  mean ${(sum / langs.length).toFixed(3)}`);
}
const mean = Object.values(total).reduce((a, b) => a + b, 0) / langs.length;
console.log(
  `avg ${langs.map((l) => `${l} ${total[l].toFixed(3)}`).join('  ')}  mean ${mean.toFixed(3)}  ${JSON.stringify(options)}  ${((performance.now() - t0) / 1000).toFixed(0)} s`,
);
