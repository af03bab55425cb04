/**
 * The learned part: per language, one linear classifier per label over a vocabulary of feature
 * keys (see features.ts), shipped as varint-coded sorted keys and one signed byte per key and
 * label (scripts/classify-learn.ts `pack` is the producer). Unpacked once into an
 * open-addressing table, so scoring costs a few array reads per word.
 */
export interface LangModel {
  /** Number of keys. */
  count: number;
  /** Per label: weight = byte * scale. */
  scale: number[];
  bias: number[];
  /** Per label: the label is on when the decision value reaches this. */
  threshold: number[];
  /** Base64 of the varint deltas of the sorted keys. */
  keys: string;
  /** Base64 of `count × labels` signed bytes, key-major. */
  weights: string;
}

export interface PackedModel {
  format: 2;
  /** Label names, in the order of each key's weights. */
  labels: string[];
  models: Record<string, LangModel>;
}

export interface Model {
  labels: string[];
  threshold: Float64Array;
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
  const keyBytes = decodeBase64(packed.keys);
  const weightBytes = new Int8Array(decodeBase64(packed.weights).buffer);
  if (weightBytes.length !== packed.count * L) throw new Error('model: weights do not match keys');

  let cap = 16;
  while (cap < packed.count * 2) cap <<= 1;
  const mask = cap - 1;
  const table = new Uint32Array(cap);
  const used = new Uint8Array(cap);
  const values = new Float32Array(cap * L);
  const stamp = new Uint32Array(cap);
  let p = 0;
  let key = 0;
  for (let i = 0; i < packed.count; i++) {
    let delta = 0;
    let mul = 1;
    for (;;) {
      const b = keyBytes[p++];
      delta += (b & 0x7f) * mul;
      if (b < 0x80) break;
      mul *= 128;
    }
    key = (key + delta) >>> 0;
    let slot = Math.imul(key, 0x9e3779b1) >>> (32 - Math.log2(cap));
    while (used[slot]) slot = (slot + 1) & mask;
    used[slot] = 1;
    table[slot] = key;
    for (let l = 0; l < L; l++) values[slot * L + l] = weightBytes[i * L + l] * packed.scale[l];
  }
  const shift = 32 - Math.log2(cap);
  const bias = Float64Array.from(packed.bias);
  let call = 0;

  return {
    labels,
    threshold: Float64Array.from(packed.threshold),
    score(keys, count, out) {
      out.set(bias);
      const v = featureValue(count);
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
              for (let l = 0; l < L; l++) out[l] += values[base + l] * v;
            }
            break;
          }
          slot = (slot + 1) & mask;
        }
      }
    },
  };
}

export function unpackModel(packed: PackedModel): Map<string, Model> {
  if (packed.format !== 2) throw new Error('model: unknown format');
  const models = new Map<string, Model>();
  for (const [lang, m] of Object.entries(packed.models)) models.set(lang, unpackLanguage(packed.labels, m));
  return models;
}
