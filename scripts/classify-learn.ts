/**
 * Training of the classifier's models: one linear model per language, one binary classifier per
 * label, over an explicit vocabulary of word stems, stem pairs and rule hits chosen on the
 * training documents. Squared-hinge linear SVMs (L2) trained by dual coordinate descent, with a
 * heavier cost on the rare positive class, and a decision threshold per label chosen on
 * out-of-fold scores of the training documents (never on the documents being scored).
 * Plain TypeScript and deterministic: the same corpus gives the same asset byte for byte.
 */
import { extractFeatures, MAX_FEATURES } from '../utils/classify/features';
import { LABELS, MODEL_LABELS } from '../utils/classify/labels';
import type { LangModel } from '../utils/classify/model';
import type { Doc } from './classify-corpus';

export interface Sample {
  doc: string;
  lang: string;
  /** Distinct feature keys, sorted. */
  keys: Uint32Array;
  /** How many features the extractor wrote (with repeats), for the length normalisation. */
  count: number;
  /** Gold flags, indexed like LABELS. */
  gold: Uint8Array;
  text: string;
}

export interface TrainOptions {
  /** Cost of a misclassified negative sentence (the SVM's C). */
  cost: number;
  /** Cost multiplier for positive sentences (labels are rare). */
  positiveWeight: number;
  /** A feature enters the vocabulary only if this many training documents use it. */
  minDocs: number;
  /** Passes of coordinate descent. */
  epochs: number;
  seed: number;
}

export const DEFAULT_OPTIONS: TrainOptions = {
  cost: 0.5,
  positiveWeight: 3,
  minDocs: 2,
  epochs: 40,
  seed: 1,
};

/**
 * What each model column predicts: the corpus labels, plus `dispute` (courts or arbitration),
 * which decides the category the panel shows; the two kinds only say which it is.
 */
export const MODEL_COLUMNS = [...MODEL_LABELS, 'dispute'] as const;
export const L = MODEL_COLUMNS.length;
const J = LABELS.indexOf('jurisdiction');
const A = LABELS.indexOf('arbitration');
const GOLD: ((gold: Uint8Array) => number)[] = MODEL_COLUMNS.map((c) => {
  if (c === 'dispute') return (g) => g[J] | g[A];
  const i = LABELS.indexOf(c);
  return (g) => g[i];
});

/** Features of every sentence, computed exactly as the shipped classifier computes them. */
export function featurize(docs: Doc[]): Sample[] {
  const buf = new Uint32Array(MAX_FEATURES);
  const samples: Sample[] = [];
  for (const d of docs) {
    d.sentences.forEach((text, i) => {
      const n = extractFeatures(text.toLowerCase(), d.lang, buf);
      const keys = Uint32Array.from(new Set(buf.subarray(0, n))).sort();
      samples.push({ doc: d.name, lang: d.lang, keys, count: n, gold: d.labels[i], text });
    });
  }
  return samples;
}

/** Small deterministic PRNG (mulberry32), so training is reproducible. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Features used by at least `minDocs` training documents, sorted by key. */
export function selectVocabulary(samples: Sample[], minDocs: number): Uint32Array {
  const docsOf = new Map<number, Set<string>>();
  for (const s of samples) {
    for (const k of s.keys) {
      let set = docsOf.get(k);
      if (!set) docsOf.set(k, (set = new Set()));
      set.add(s.doc);
    }
  }
  const keep: number[] = [];
  for (const [k, set] of docsOf) if (set.size >= minDocs) keep.push(k);
  return Uint32Array.from(keep).sort();
}

/** Value of every present feature: binary, scaled by the sentence length (see model.ts). */
export function featureValue(count: number): number {
  return 1 / Math.sqrt(Math.max(1, count));
}

interface Matrix {
  /** Row starts into `cols`, one row per sample, plus the end. */
  rows: Int32Array;
  cols: Int32Array;
  value: Float64Array;
  /** Squared norm of each row, the bias feature (value 1) included. */
  norm2: Float64Array;
}

function toMatrix(samples: Sample[], index: Map<number, number>): Matrix {
  const rows = new Int32Array(samples.length + 1);
  const cols: number[] = [];
  const value = new Float64Array(samples.length);
  const norm2 = new Float64Array(samples.length);
  samples.forEach((s, i) => {
    let n = 0;
    for (const k of s.keys) {
      const c = index.get(k);
      if (c !== undefined) {
        cols.push(c);
        n++;
      }
    }
    rows[i + 1] = cols.length;
    value[i] = featureValue(s.count);
    norm2[i] = n * value[i] * value[i] + 1;
  });
  return { rows, cols: Int32Array.from(cols), value, norm2 };
}

/**
 * One L2-regularised squared-hinge SVM by dual coordinate descent (Hsieh et al., 2008).
 * Returns `dims + 1` weights, the last being the bias (regularised like a feature of value 1).
 */
function trainBinary(m: Matrix, y: Int8Array, dims: number, opt: TrainOptions): Float64Array {
  const n = y.length;
  const w = new Float64Array(dims + 1);
  const alpha = new Float64Array(n);
  const diag = new Float64Array(n);
  for (let i = 0; i < n; i++) diag[i] = 0.5 / (opt.cost * (y[i] > 0 ? opt.positiveWeight : 1));
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const rand = rng(opt.seed);
  const { rows, cols, value, norm2 } = m;
  for (let epoch = 0; epoch < opt.epochs; epoch++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    let maxPg = -Infinity;
    let minPg = Infinity;
    for (const i of order) {
      const v = value[i];
      let dot = w[dims];
      for (let p = rows[i]; p < rows[i + 1]; p++) dot += w[cols[p]] * v;
      const yi = y[i];
      const g = yi * dot - 1 + diag[i] * alpha[i];
      const pg = alpha[i] === 0 ? Math.min(g, 0) : g;
      if (pg > maxPg) maxPg = pg;
      if (pg < minPg) minPg = pg;
      if (pg === 0) continue;
      const old = alpha[i];
      alpha[i] = Math.max(old - g / (norm2[i] + diag[i]), 0);
      const step = (alpha[i] - old) * yi;
      if (step === 0) continue;
      for (let p = rows[i]; p < rows[i + 1]; p++) w[cols[p]] += step * v;
      w[dims] += step;
    }
    if (maxPg - minPg < 1e-3) break;
  }
  return w;
}

/** A trained language model before packing: weights are `vocab.length × L`, feature-major. */
export interface Trained {
  lang: string;
  vocab: Uint32Array;
  weights: Float64Array;
  bias: Float64Array;
  threshold: Float64Array;
}

export function fit(samples: Sample[], lang: string, opt: TrainOptions = DEFAULT_OPTIONS): Trained {
  const vocab = selectVocabulary(samples, opt.minDocs);
  const index = new Map<number, number>();
  vocab.forEach((k, i) => index.set(k, i));
  const m = toMatrix(samples, index);
  const dims = vocab.length;
  const weights = new Float64Array(dims * L);
  const bias = new Float64Array(L);
  const y = new Int8Array(samples.length);
  for (let l = 0; l < L; l++) {
    samples.forEach((s, i) => (y[i] = GOLD[l](s.gold) ? 1 : -1));
    const w = trainBinary(m, y, dims, opt);
    for (let f = 0; f < dims; f++) weights[f * L + l] = w[f];
    bias[l] = w[dims];
  }
  return { lang, vocab, weights, bias, threshold: new Float64Array(L) };
}

/** Decision values (one per label) of a sample under a trained model. */
export function scoreSample(t: Trained, index: Map<number, number>, s: Sample, out: Float64Array): void {
  out.set(t.bias);
  const v = featureValue(s.count);
  for (const k of s.keys) {
    const f = index.get(k);
    if (f === undefined) continue;
    for (let l = 0; l < L; l++) out[l] += t.weights[f * L + l] * v;
  }
}

export function indexOf(t: Trained): Map<number, number> {
  const index = new Map<number, number>();
  t.vocab.forEach((k, i) => index.set(k, i));
  return index;
}

/** Scores and gold flags of held-out samples, per label: what thresholds are chosen on. */
export class HeldOut {
  readonly scores: number[][] = Array.from({ length: L }, () => []);
  readonly gold: number[][] = Array.from({ length: L }, () => []);

  add(t: Trained, index: Map<number, number>, samples: Sample[]): void {
    const out = new Float64Array(L);
    for (const s of samples) {
      scoreSample(t, index, s, out);
      for (let l = 0; l < L; l++) {
        this.scores[l].push(out[l]);
        this.gold[l].push(GOLD[l](s.gold));
      }
    }
  }

  /**
   * Per label, the threshold with the best F1 on these scores: the middle of the gap between
   * the score it admits last and the next one, so it does not sit on one sentence's score.
   */
  thresholds(): Float64Array {
    const th = new Float64Array(L);
    for (let l = 0; l < L; l++) {
      const order = this.scores[l].map((s, i) => [s, this.gold[l][i]] as const).sort((a, b) => b[0] - a[0]);
      const positives = order.reduce((n, [, g]) => n + g, 0);
      let tp = 0;
      let best = -1;
      let bestAt = 0;
      for (let i = 0; i < order.length; i++) {
        tp += order[i][1];
        const f1 = (2 * tp) / (i + 1 + positives);
        if (f1 > best && (i + 1 === order.length || order[i + 1][0] < order[i][0])) {
          best = f1;
          bestAt = i;
        }
      }
      const next = bestAt + 1 < order.length ? order[bestAt + 1][0] : order[bestAt][0] - 1;
      th[l] = positives === 0 ? Infinity : (order[bestAt][0] + next) / 2;
    }
    return th;
  }
}

/** Folds by document name, so no translation of a scored document was trained on either. */
export function foldOf(doc: string, folds: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < doc.length; i++) h = Math.imul(h ^ doc.charCodeAt(i), 0x01000193);
  return (h >>> 0) % folds;
}

export const FOLDS = 5;

/**
 * The complete training procedure for one language: thresholds from a `FOLDS`-fold
 * cross-validation over `samples` (by document), then a model fitted on all of them.
 * `excluded` names a fold that is not in `samples` (outer cross-validation), and
 * `cache` lets callers share models fitted on the same documents.
 */
export function trainLanguage(
  samples: Sample[],
  lang: string,
  opt: TrainOptions = DEFAULT_OPTIONS,
  excluded = -1,
  cache?: Map<string, Trained>,
): Trained {
  const held = new HeldOut();
  for (let g = 0; g < FOLDS; g++) {
    if (g === excluded) continue;
    const key = [g, excluded].sort().join(',');
    let t = cache?.get(key);
    if (!t) {
      t = fit(
        samples.filter((s) => foldOf(s.doc, FOLDS) !== g),
        lang,
        opt,
      );
      cache?.set(key, t);
    }
    held.add(
      t,
      indexOf(t),
      samples.filter((s) => foldOf(s.doc, FOLDS) === g),
    );
  }
  const final = fit(samples, lang, opt);
  final.threshold = held.thresholds();
  return final;
}

/** Weights scaled to signed bytes per label, features that carry nothing dropped. */
export function pack(t: Trained): LangModel {
  const dims = t.vocab.length;
  const scale: number[] = [];
  for (let l = 0; l < L; l++) {
    let max = 0;
    for (let f = 0; f < dims; f++) max = Math.max(max, Math.abs(t.weights[f * L + l]));
    scale.push(Number((max / 127 || 1).toPrecision(6)));
  }
  const keys: number[] = [];
  const bytes: number[] = [];
  for (let f = 0; f < dims; f++) {
    const q = Array.from({ length: L }, (_, l) => Math.round(t.weights[f * L + l] / scale[l]));
    if (q.every((b) => b === 0)) continue;
    keys.push(t.vocab[f]);
    for (const b of q) bytes.push(b & 0xff);
  }
  const keyBytes: number[] = [];
  let last = 0;
  for (const k of keys) {
    let v = k - last;
    last = k;
    while (v >= 0x80) {
      keyBytes.push((v & 0x7f) | 0x80);
      v = Math.floor(v / 128);
    }
    keyBytes.push(v);
  }
  const round = (x: number) => Number(x.toPrecision(6));
  return {
    count: keys.length,
    scale,
    bias: Array.from(t.bias, round),
    threshold: Array.from(t.threshold, (x) => (Number.isFinite(x) ? round(x) : 1e9)),
    keys: toBase64(keyBytes),
    weights: toBase64(bytes),
  };
}

function toBase64(bytes: number[]): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 4096) bin += String.fromCharCode(...bytes.slice(i, i + 4096));
  return btoa(bin);
}
