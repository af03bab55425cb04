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
  /**
   * Texts of fewer words never have the label (headings such as "Choice of Law" are not
   * clauses): the fewest words of any sentence with the label in the training documents, at
   * most 5 (scripts/classify-learn.ts `minWordsOf`). Absent = no minimum.
   */
  minWords?: number;
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
  /** Per label, the fewest words a text with the label has (see `PackedColumn.minWords`). */
  minWords: Int32Array;
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
  // A key's entries are addressed with a 4-bit label and a 4-bit count (see below).
  if (L > 15) throw new Error('model: too many labels');
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

  // One slot per distinct key in an open-addressing table (at most a third full, so an unknown
  // word costs about one probe), holding the key and where its weights are: most keys carry a
  // weight for only one or two labels, so a hit adds those, not a byte for every label.
  const weightsOf = new Map<number, number[]>();
  columns.forEach((c, l) => {
    for (let i = 0; i < c.keys.length; i++) {
      let list = weightsOf.get(c.keys[i]);
      if (!list) weightsOf.set(c.keys[i], (list = []));
      // Label in the low 4 bits, weight above.
      list.push(c.weights[i] * 16 + l);
    }
  });
  let bits = 4;
  while (1 << bits < weightsOf.size * 3) bits++;
  const shift = 32 - bits;
  const mask = (1 << bits) - 1;
  // slots[2s] = key, slots[2s + 1] = (first entry << 4 | entry count), 0 = empty.
  const slots = new Int32Array(2 << bits);
  const entries = new Int32Array(columns.reduce((n, c) => n + c.keys.length, 0));
  let next = 0;
  for (const [key, list] of weightsOf) {
    let slot = Math.imul(key, 0x9e3779b1) >>> shift;
    while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
    slots[2 * slot] = key | 0;
    slots[2 * slot + 1] = (next << 4) | list.length;
    for (const e of list) entries[next++] = e;
  }
  // Which call last counted a slot: a key repeated in one text counts once, as in training.
  const stamp = new Uint32Array(1 << bits);
  const bias = Float64Array.from(packed.columns, (c) => c.bias);
  const scale = Float64Array.from(columns, (c) => c.scale);
  const sums = new Int32Array(L);
  let call = 0;

  return {
    labels,
    context: packed.context,
    features: packed.features,
    threshold: Float64Array.from(packed.columns, (c) => c.threshold),
    minWords: Int32Array.from(packed.columns, (c) => c.minWords ?? 0),
    score(keys, count, out) {
      sums.fill(0);
      call = (call + 1) >>> 0;
      if (call === 0) {
        stamp.fill(0);
        call = 1;
      }
      for (let f = 0; f < count; f++) {
        const k = keys[f] | 0;
        let slot = Math.imul(k, 0x9e3779b1) >>> shift;
        let meta: number;
        while ((meta = slots[2 * slot + 1]) !== 0) {
          if (slots[2 * slot] === k) {
            if (stamp[slot] !== call) {
              stamp[slot] = call;
              const end = (meta >>> 4) + (meta & 15);
              for (let e = meta >>> 4; e < end; e++) {
                const entry = entries[e];
                sums[entry & 15] += entry >> 4;
              }
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
