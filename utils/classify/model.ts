import { HASH_MASK } from './features';

/**
 * The learned part: one logistic-regression weight vector per label over hashed features,
 * shipped sparse and quantised to one byte per weight (see scripts/train.ts for the format's
 * producer). Unpacked once into an open-addressing table so that scoring is a few array reads
 * per feature.
 */
export interface PackedModel {
  format: 1;
  /** Label names, in the order of weight columns. */
  labels: string[];
  /** Languages the model was trained for; others are classified by rules alone. */
  langs: string[];
  /** Dequantisation factor per label: weight = byte * scale. */
  scale: number[];
  /** Decision threshold per label, on the logit. */
  threshold: number[];
  /**
   * Per label, base64 of: varint deltas of the sorted feature indices, then one signed byte per
   * feature.
   */
  weights: string[];
}

export interface Model {
  labels: string[];
  langs: Set<string>;
  threshold: Float64Array;
  /** Scores the features; writes one logit per label into `out`. */
  score(features: Int32Array, count: number, out: Float64Array): void;
}

function decodeBase64(s: string): Uint8Array {
  // atob exists in browsers and in Node >= 16; no Buffer, so the code stays platform-neutral.
  const bin = atob(s);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

export function unpackModel(packed: PackedModel): Model {
  const L = packed.labels.length;
  const perLabel: { idx: Int32Array; w: Int8Array }[] = packed.weights.map((b64) => {
    const bytes = decodeBase64(b64);
    // The count is the first varint.
    let p = 0;
    const readVarint = () => {
      let v = 0;
      let shift = 0;
      for (;;) {
        const b = bytes[p++];
        v += (b & 0x7f) * 2 ** shift;
        if (b < 0x80) return v;
        shift += 7;
      }
    };
    const count = readVarint();
    const idx = new Int32Array(count);
    let last = 0;
    for (let i = 0; i < count; i++) {
      last += readVarint();
      idx[i] = last;
    }
    const w = new Int8Array(bytes.buffer, bytes.byteOffset + p, count);
    return { idx, w };
  });

  const unique = new Set<number>();
  for (const { idx } of perLabel) for (const i of idx) unique.add(i);
  let cap = 16;
  while (cap < unique.size * 2) cap <<= 1;
  const mask = cap - 1;
  const keys = new Int32Array(cap).fill(-1);
  const values = new Float32Array(cap * L);
  const slotOf = (key: number): number => {
    let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    while (keys[slot] !== -1 && keys[slot] !== key) slot = (slot + 1) & mask;
    keys[slot] = key;
    return slot;
  };
  perLabel.forEach(({ idx, w }, l) => {
    for (let i = 0; i < idx.length; i++) values[slotOf(idx[i]) * L + l] = w[i] * packed.scale[l];
  });

  return {
    labels: packed.labels,
    langs: new Set(packed.langs),
    threshold: Float64Array.from(packed.threshold),
    score(features, count, out) {
      out.fill(0);
      for (let f = 0; f < count; f++) {
        const key = features[f] & HASH_MASK;
        let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
        for (;;) {
          const k = keys[slot];
          if (k === key) {
            const base = slot * L;
            for (let l = 0; l < L; l++) out[l] += values[base + l];
            break;
          }
          if (k === -1) break;
          slot = (slot + 1) & mask;
        }
      }
    },
  };
}

/** Dense weights (as trained) scored the same way, for cross-validation without packing. */
export function denseModel(
  labels: string[],
  langs: string[],
  weights: Float32Array,
  threshold: ArrayLike<number>,
): Model {
  const L = labels.length;
  return {
    labels,
    langs: new Set(langs),
    threshold: Float64Array.from(threshold),
    score(features, count, out) {
      out.fill(0);
      for (let f = 0; f < count; f++) {
        const base = (features[f] & HASH_MASK) * L;
        for (let l = 0; l < L; l++) out[l] += weights[base + l];
      }
    },
  };
}
