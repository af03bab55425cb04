/**
 * Features of one sentence for the learned models, as 32-bit keys: lower-cased word stems
 * (a word cut to a per-language prefix length, a cheap stemmer that suits inflected German,
 * Italian and Polish) and pairs of neighbouring stems. (Letter 4-grams inside words for German,
 * Italian and Polish, and extra word prefixes, are available through `FeatureConfig` but did not
 * help in cross-validation, so the shipped models use neither.) Capitals play no part: the text is lower-cased first. The lexicon's rule
 * hits are not features: cross-validation showed they add nothing the words do not already
 * carry, and leaving the rules out of these languages makes classification several times faster.
 *
 * A key is the FNV-1a hash of the feature's text (`stemKey('haft')`, `pairKey(a, b)`), computed
 * straight from char codes so that no token string is allocated at run time. The models keep an
 * explicit vocabulary of such keys, chosen on the training data (see scripts/classify-learn.ts);
 * a text's other keys are unknown words and add nothing.
 */

/** Upper bound on features per text; longer texts are classified sentence by sentence. */
export const MAX_FEATURES = 2048;

/** Letters kept of each word, per language (0 = the whole word). */
export const STEM_LENGTH: Record<string, number> = { en: 7, de: 7, it: 6, pl: 6 };
const DEFAULT_STEM_LENGTH = 7;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Key of a word stem (the same hash the extractor computes char by char). */
export function stemKey(stem: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < stem.length; i++) h = Math.imul(h ^ stem.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** Key of two neighbouring stems, from their keys (order matters). */
export function pairKey(a: number, b: number): number {
  let h = Math.imul(a ^ (b >>> 15), 0x2c1b3c6d) ^ b;
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  return (h ^ (h >>> 15)) >>> 0;
}

/** Key standing for "start of sentence" in the first pair. */
export const START_KEY = stemKey('<s>');

function isWordChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0xdf && c < 0x2000 && c !== 0xf7)
  );
}

/**
 * Which features a language's model uses. Absent from a model = the stems and stem pairs alone,
 * with the stem lengths of `STEM_LENGTH`.
 */
export interface FeatureConfig {
  /** Letters kept of each word (0 = the whole word). */
  stem: number;
}

/**
 * Writes the feature keys of `lower` (already lower-cased) into `out`; returns how many.
 * Keys may repeat (a word used twice); the models count each occurrence once per call site,
 * which training does the same way.
 */
export function extractFeatures(lower: string, lang: string, out: Uint32Array, config?: FeatureConfig): number {
  const stemLength = config ? config.stem : (STEM_LENGTH[lang] ?? DEFAULT_STEM_LENGTH);
  const max = Math.min(out.length, MAX_FEATURES);
  let n = 0;

  let prev = START_KEY;
  let h = FNV_OFFSET;
  let len = 0;
  for (let i = 0; i <= lower.length && n < max - 2; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0x20;
    if (isWordChar(c)) {
      if (len === 0) h = FNV_OFFSET;
      if (stemLength === 0 || len < stemLength) h = Math.imul(h ^ c, FNV_PRIME);
      len++;
      continue;
    }
    if (len > 0) {
      const w = h >>> 0;
      out[n++] = w;
      out[n++] = pairKey(prev, w);
      prev = w;
      len = 0;
    }
  }
  return n;
}
