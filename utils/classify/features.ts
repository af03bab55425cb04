/**
 * Features of one sentence for the learned models, as 32-bit keys: lower-cased word stems
 * (a word cut to a per-language prefix length, a cheap stemmer that suits inflected German,
 * Italian and Polish) and pairs of neighbouring stems; where a model's `FeatureConfig` asks for
 * them, the sentence's shape (written in capitals, which marks many liability disclaimers; a
 * length bucket, which tells headings from clauses) and, through rules.ts `appendRuleKeys`, one
 * key per label whose lexicon rules match (the English, Italian and Polish models weigh the
 * governing-law, court and arbitration rules like words; the liability rules added nothing the
 * words do not already carry). In cross-validation these did not help: letter n-grams, word
 * triples, pairs of stems one or two words apart, a second, shorter prefix of each word, numbers
 * and currency signs as words of their own, how the sentence ends (full stop, semicolon, none),
 * other stem lengths, one key per matching rule instead of per label, the last 6 or 7 letters of
 * German words of 10 or 11 letters and more (the second part of a compound, "Produkthaftung";
 * 0.735 against 0.740 over three fold assignments), and (in documents) the stems of the heading
 * a sentence stands under (the last sentence of at most 5 or 8 words above it), which lost 0.01
 * to 0.03.
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
  /** Also the sentence's shape: written in capitals (needs the original text), length bucket. */
  shape?: boolean;
  /** Also one key per label of these whose lexicon rules match (rules.ts `appendRuleKeys`). */
  rules?: string[];
}

/** Keys of the shape features (`<` is not a word character, so no word has these keys). */
const CAPS_KEY = stemKey('<caps>');
const LENGTH_KEYS = [1, 2, 3, 4].map((b) => stemKey(`<len${b}>`));

/**
 * Writes the feature keys of `lower` (already lower-cased; `text` is the same before
 * lower-casing, for the shape) into `out`; returns how many. `words[0]`, if given, receives the
 * number of words read, and `words[1]` (if there is room) how many sentence ends (. ! ? ;)
 * stand between words: a paragraph of several sentences has at least one.
 * Keys may repeat (a word used twice); the models count each occurrence once per call site,
 * which training does the same way.
 */
export function extractFeatures(lower: string, lang: string, out: Uint32Array, config?: FeatureConfig, text?: string, words?: Int32Array): number {
  const stemLength = config ? config.stem : (STEM_LENGTH[lang] ?? DEFAULT_STEM_LENGTH);
  const shape = config?.shape === true;
  // Room for the shape keys at the end.
  const max = Math.min(out.length, MAX_FEATURES) - (shape ? 2 : 0);
  let n = 0;

  let prev = START_KEY;
  let count = 0;
  // Sentence ends right after a word; the last one ends the text, not a sentence inside it.
  let ends = 0;
  let lastEnd = false;
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
      lastEnd = c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b;
      if (lastEnd) ends++;
      const w = h >>> 0;
      out[n++] = w;
      out[n++] = pairKey(prev, w);
      prev = w;
      len = 0;
      count++;
    }
  }
  if (words) {
    words[0] = count;
    if (words.length > 1) words[1] = lastEnd ? ends - 1 : ends;
  }
  if (shape) {
    if (text !== undefined && isShouting(text)) out[n++] = CAPS_KEY;
    out[n++] = LENGTH_KEYS[count <= 3 ? 0 : count <= 10 ? 1 : count <= 30 ? 2 : 3];
  }
  return n;
}

/** Whether `text` is written in capitals: at least 8 of A-Z, and at most a tenth of its a-z/A-Z lower-case. */
export function isShouting(text: string): boolean {
  let upper = 0;
  let lowerCount = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) upper++;
    else if (c >= 0x61 && c <= 0x7a && ++lowerCount * 10 > n) return false; // most text stops here
  }
  return upper >= 8 && lowerCount * 10 <= upper + lowerCount;
}
