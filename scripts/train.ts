/**
 * `npm run train`: trains the classifier's per-language models on every document of
 * ../shared/corpus/clauses and writes utils/classify/model.json. Deterministic (seeded
 * shuffling, sorted input). The figures that describe these models come from `npm run eval`,
 * which runs this same procedure inside a document-level cross-validation.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PackedModel } from '../utils/classify/model';
import { CORPUS_LANGS, loadCorpus } from './classify-corpus';
import { DEFAULT_OPTIONS, featurize, MODEL_COLUMNS, pack, trainLanguage } from './classify-learn';

function main(): void {
  const t0 = performance.now();
  const docs = loadCorpus();
  const packed: PackedModel = { format: 3, labels: [...MODEL_COLUMNS], models: {} };
  let sentences = 0;
  for (const lang of CORPUS_LANGS) {
    const samples = featurize(
      docs.filter((d) => d.lang === lang),
      DEFAULT_OPTIONS.features,
    );
    sentences += samples.length;
    packed.models[lang] = pack(trainLanguage(samples, lang, DEFAULT_OPTIONS));
  }
  const out = join(import.meta.dirname, '..', 'utils', 'classify', 'model.json');
  const json = JSON.stringify(packed);
  writeFileSync(out, json + '\n');
  const keys = Object.values(packed.models).map((m) => m.columns.reduce((n, c) => n + c.count, 0));
  console.log(
    `trained on ${sentences} sentences in ${((performance.now() - t0) / 1000).toFixed(1)} s; ` +
      `wrote ${out} (${(json.length / 1024).toFixed(0)} KB; weights per language ${keys.join(', ')})`,
  );
}

main();
