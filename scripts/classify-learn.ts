/**
 * Training for the classifier's model: featurising the corpus, logistic regression trained with
 * AdaGrad (one-vs-rest, all labels at once), document-level cross-validation and packing.
 * Plain TypeScript and deterministic: the same corpus gives the same asset byte for byte.
 */
import { Classifier } from '../utils/classify/classifier';
import { extractFeatures, HASH_BITS, MAX_FEATURES } from '../utils/classify/features';
import { LABELS, MODEL_LABELS } from '../utils/classify/labels';
import { denseModel, type Model, type PackedModel } from '../utils/classify/model';
import { applyRules } from '../utils/classify/rules';
import type { Doc } from './classify-corpus';

export interface Sample {
  doc: string;
  lang: string;
  features: Int32Array;
  /** Gold flags, indexed like LABELS. */
  gold: Uint8Array;
  text: string;
}

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  /** Weight of a positive example relative to a negative one (labels are rare). */
  positiveWeight: number;
  /** Decision threshold on the logit. */
  threshold: number;
  seed: number;
  /** Weights kept per label in the shipped asset. */
  keep: number;
}

export const DEFAULT_OPTIONS: TrainOptions = {
  epochs: 6,
  learningRate: 0.2,
  l2: 1e-6,
  positiveWeight: 2,
  threshold: 0,
  seed: 1,
  keep: 6000,
};

const L = MODEL_LABELS.length;
const MODEL_INDEX = MODEL_LABELS.map((l) => LABELS.indexOf(l));

export function featurize(docs: Doc[]): Sample[] {
  const rules = new Classifier();
  const buf = new Int32Array(MAX_FEATURES);
  const hits = new Uint8Array(LABELS.length);
  const samples: Sample[] = [];
  for (const d of docs) {
    const compiled = rules.rulesFor(d.lang);
    d.sentences.forEach((text, i) => {
      const lower = text.toLowerCase();
      applyRules(lower, compiled, hits);
      const n = extractFeatures(text, lower, d.lang, hits, buf);
      samples.push({ doc: d.name, lang: d.lang, features: buf.slice(0, n), gold: d.labels[i], text });
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

let scratchW: Float32Array | undefined;
let scratchG: Float32Array | undefined;

/** Returns dense weights, `(1 << HASH_BITS) * L` floats (feature-major). */
export function train(samples: Sample[], opt: TrainOptions = DEFAULT_OPTIONS, mask?: Uint8Array): Float32Array {
  const size = (1 << HASH_BITS) * L;
  const w = (scratchW ??= new Float32Array(size));
  const g2 = (scratchG ??= new Float32Array(size));
  w.fill(0);
  g2.fill(0);
  const order = Int32Array.from(samples.keys());
  const rand = rng(opt.seed);
  const z = new Float64Array(L);
  const grad = new Float64Array(L);
  for (let epoch = 0; epoch < opt.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    for (const k of order) {
      const { features, gold } = samples[k];
      z.fill(0);
      for (let f = 0; f < features.length; f++) {
        const base = features[f] * L;
        for (let l = 0; l < L; l++) z[l] += w[base + l];
      }
      for (let l = 0; l < L; l++) {
        const y = gold[MODEL_INDEX[l]];
        const p = 1 / (1 + Math.exp(-z[l]));
        grad[l] = (p - y) * (y ? opt.positiveWeight : 1);
      }
      for (let f = 0; f < features.length; f++) {
        const base = features[f] * L;
        for (let l = 0; l < L; l++) {
          if (mask && !mask[base + l]) continue;
          const g = grad[l] + opt.l2 * w[base + l];
          if (g === 0) continue;
          const acc = (g2[base + l] += g * g);
          w[base + l] -= (opt.learningRate * g) / Math.sqrt(acc + 1e-8);
        }
      }
    }
  }
  return w;
}

export function modelFrom(weights: Float32Array, langs: string[], opt: TrainOptions = DEFAULT_OPTIONS): Model {
  return denseModel([...MODEL_LABELS], langs, weights, new Array(L).fill(opt.threshold));
}

/** Folds by document name, so no translation of a scored document was trained on either. */
export function foldOf(doc: string, folds: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < doc.length; i++) h = Math.imul(h ^ doc.charCodeAt(i), 0x01000193);
  return (h >>> 0) % folds;
}

/**
 * Keeps only the `keep` largest weights (by magnitude) of each label, in place. Cross-validation
 * prunes the same way as the shipped asset, so its figures describe what ships.
 */
export function prune(weights: Float32Array, keep: number): Float32Array {
  return selectAndRetrainMask(weights, keep).weights;
}

/** Trains, keeps the `keep` strongest features per label, and trains again on those alone. */
export function trainSparse(samples: Sample[], opt: TrainOptions = DEFAULT_OPTIONS): Float32Array {
  if (opt.keep <= 0) return train(samples, opt);
  const { mask } = selectAndRetrainMask(train(samples, opt), opt.keep);
  return train(samples, opt, mask);
}

function selectAndRetrainMask(weights: Float32Array, keep: number): { weights: Float32Array; mask: Uint8Array } {
  const mask = new Uint8Array(weights.length);
  const size = 1 << HASH_BITS;
  for (let l = 0; l < L; l++) {
    const mags = new Float32Array(size);
    for (let f = 0; f < size; f++) mags[f] = Math.abs(weights[f * L + l]);
    const sorted = mags.slice().sort();
    const cut = sorted[Math.max(0, size - keep)];
    for (let f = 0; f < size; f++) {
      if (mags[f] < cut || mags[f] === 0) weights[f * L + l] = 0;
      else mask[f * L + l] = 1;
    }
  }
  return { weights, mask };
}

/** Drops tiny weights, quantises the rest to a signed byte per label, and encodes them. */
export function pack(weights: Float32Array, langs: string[], opt: TrainOptions, minWeight: number): PackedModel {
  const size = 1 << HASH_BITS;
  const packed: PackedModel = { format: 1, labels: [...MODEL_LABELS], langs, scale: [], threshold: [], weights: [] };
  for (let l = 0; l < L; l++) {
    let max = 0;
    for (let f = 0; f < size; f++) max = Math.max(max, Math.abs(weights[f * L + l]));
    const scale = max / 127 || 1;
    const idx: number[] = [];
    const q: number[] = [];
    for (let f = 0; f < size; f++) {
      const v = weights[f * L + l];
      if (Math.abs(v) < minWeight) continue;
      const b = Math.round(v / scale);
      if (b === 0) continue;
      idx.push(f);
      q.push(b);
    }
    const bytes: number[] = [];
    const varint = (v: number) => {
      while (v >= 0x80) {
        bytes.push((v & 0x7f) | 0x80);
        v = Math.floor(v / 128);
      }
      bytes.push(v);
    };
    varint(idx.length);
    let last = 0;
    for (const f of idx) {
      varint(f - last);
      last = f;
    }
    for (const b of q) bytes.push(b & 0xff);
    packed.scale.push(Number(scale.toPrecision(6)));
    packed.threshold.push(opt.threshold);
    let bin = '';
    for (let i = 0; i < bytes.length; i += 4096) bin += String.fromCharCode(...bytes.slice(i, i + 4096));
    packed.weights.push(btoa(bin));
  }
  return packed;
}
