/**
 * The learned part: per language, one linear classifier per label over its own selection of
 * feature keys (see features.ts), shipped as varint-coded sorted keys and one signed byte per
 * key (scripts/classify-learn.ts `pack` is the producer). Unpacked once into one
 * open-addressing table per language, so scoring costs a few array reads per word.
 */
import type { PackedContext } from './context';
import type { FeatureConfig } from './features';

/** One label's classifier: its own features, one signed byte of weight each. */
export interface PackedColumn {
  /** Number of features. */
  count: number;
  /** weight = byte * scale. */
  scale: number;
  bias: number;
  /** The label is on when the decision value reaches this. */
  threshold: number;
  /** Base64 of the varint deltas of the sorted feature keys. */
  keys: string;
  /** Base64 of `count` signed bytes. */
  weights: string;
}

export interface LangModel {
  /** One per label, in the order of `PackedModel.labels`. */
  columns: PackedColumn[];
  /** Second stage over neighbouring sentences' margins (documents only); absent = none. */
  context?: PackedContext;
  /** The features the columns' keys are of; absent = stems and stem pairs (features.ts). */
  features?: FeatureConfig;
}

export interface PackedModel {
  format: 3;
  labels: string[];
  models: Record<string, LangModel>;
}

export interface Model {
  labels: string[];
  threshold: Float64Array;
  context?: PackedContext;
  features?: FeatureConfig;
  /**
   * Writes one decision value per label into `out`. `keys[0..count)` are the sentence's feature
   * keys, repeats allowed (each distinct key counts once); every key, known or not, counts
   * towards the length normalisation, as in training.
   */
  score(keys: Uint32Array, count: number, out: Float64Array): void;
}

function decodeBase64(s: string): Uint8Array {
  // atob exists in browsers and in Node >= 16; no Buffer, so the code stays platform-neutral.
  const bin = atob(s);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/** Must match scripts/classify-learn.ts `featureValue`. */
function featureValue(count: number): number {
  return 1 / Math.sqrt(Math.max(1, count));
}

export function unpackLanguage(labels: string[], packed: LangModel): Model {
  const L = labels.length;
  if (packed.columns.length !== L) throw new Error('model: columns do not match labels');
  const columns = packed.columns.map((c) => {
    const keyBytes = decodeBase64(c.keys);
    const weights = new Int8Array(decodeBase64(c.weights).buffer);
    if (weights.length !== c.count) throw new Error('model: weights do not match keys');
    const keys = new Uint32Array(c.count);
    let p = 0;
    let key = 0;
    for (let i = 0; i < c.count; i++) {
      let delta = 0;
      let mul = 1;
      for (;;) {
        const b = keyBytes[p++];
        delta += (b & 0x7f) * mul;
        if (b < 0x80) break;
        mul *= 128;
      }
      key = (key + delta) >>> 0;
      keys[i] = key;
    }
    return { keys, weights, scale: c.scale };
  });

  const total = columns.reduce((n, c) => n + c.keys.length, 0);
  let bits = 4;
  while (1 << bits < total * 2) bits++;
  const shift = 32 - bits;
  const mask = (1 << bits) - 1;
  // Keys with their weight bytes side by side (one byte per label), so a hit costs one cache line.
  const table = new Uint32Array(1 << bits);
  const used = new Uint8Array(1 << bits);
  const bytes = new Int8Array((1 << bits) * L);
  const stamp = new Uint32Array(1 << bits);
  columns.forEach((c, l) => {
    for (let i = 0; i < c.keys.length; i++) {
      const key = c.keys[i];
      let slot = Math.imul(key, 0x9e3779b1) >>> shift;
      while (used[slot] && table[slot] !== key) slot = (slot + 1) & mask;
      used[slot] = 1;
      table[slot] = key;
      bytes[slot * L + l] = c.weights[i];
    }
  });
  const bias = Float64Array.from(packed.columns, (c) => c.bias);
  const scale = Float64Array.from(columns, (c) => c.scale);
  const sums = new Int32Array(L);
  let call = 0;

  return {
    labels,
    context: packed.context,
    features: packed.features,
    threshold: Float64Array.from(packed.columns, (c) => c.threshold),
    score(keys, count, out) {
      sums.fill(0);
      call = (call + 1) >>> 0;
      if (call === 0) {
        stamp.fill(0);
        call = 1;
      }
      for (let f = 0; f < count; f++) {
        const k = keys[f];
        let slot = Math.imul(k, 0x9e3779b1) >>> shift;
        while (used[slot]) {
          if (table[slot] === k) {
            if (stamp[slot] !== call) {
              stamp[slot] = call;
              const base = slot * L;
              for (let l = 0; l < L; l++) sums[l] += bytes[base + l];
            }
            break;
          }
          slot = (slot + 1) & mask;
        }
      }
      const v = featureValue(count);
      for (let l = 0; l < L; l++) out[l] = bias[l] + sums[l] * scale[l] * v;
    },
  };
}

export function unpackModel(packed: PackedModel): Map<string, Model> {
  if (packed.format !== 3) throw new Error('model: unknown format');
  const models = new Map<string, Model>();
  for (const [lang, m] of Object.entries(packed.models)) models.set(lang, unpackLanguage(packed.labels, m));
  return models;
}
