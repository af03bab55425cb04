/**
 * `npm run train`: trains the classifier's model on every document of ../shared/corpus/clauses
 * and writes utils/classify/model.json. Deterministic (seeded shuffling, sorted input).
 * The figures that describe this model come from `npm run eval`, which cross-validates.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_LANGS, loadCorpus } from './classify-corpus';
import { DEFAULT_OPTIONS, featurize, pack, trainSparse } from './classify-learn';

/** Weights that would quantise to almost nothing are not worth their bytes. */
const MIN_WEIGHT = 1e-3;

function main(): void {
  const t0 = performance.now();
  const samples = featurize(loadCorpus());
  const weights = trainSparse(samples, DEFAULT_OPTIONS);
  const packed = pack(weights, [...CORPUS_LANGS], DEFAULT_OPTIONS, MIN_WEIGHT);
  const out = join(import.meta.dirname, '..', 'utils', 'classify', 'model.json');
  const json = JSON.stringify(packed);
  writeFileSync(out, json + '\n');
  const entries = packed.weights.reduce((n, b64) => n + Math.floor((b64.length * 3) / 4), 0);
  console.log(
    `trained on ${samples.length} sentences in ${((performance.now() - t0) / 1000).toFixed(1)} s; ` +
      `wrote ${out} (${(json.length / 1024).toFixed(0)} KB, ~${entries} bytes of weights)`,
  );
}

main();
