import { LABELS } from './labels';

/**
 * Hashed features of one sentence: word unigrams and bigrams, a five-letter word prefix (a
 * cheap stand-in for stemming in the inflected languages), a handful of shape features, and
 * the rule hits, so the model learns how far to trust each rule. Every feature is salted with
 * the language, so one table holds what are in effect separate per-language models, except for
 * the unsalted rule features, which let the languages share what a rule hit is worth.
 *
 * Everything here is integer arithmetic on char codes: no token strings are allocated.
 */
export const HASH_BITS = 20;
export const HASH_MASK = (1 << HASH_BITS) - 1;
/** Upper bound on features per text; longer texts are classified sentence by sentence. */
export const MAX_FEATURES = 2048;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fnvString(s: string, seed = FNV_OFFSET): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** Combines two hashes (order matters). */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ (b >>> 15), 0x2c1b3c6d) ^ b;
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  return (h ^ (h >>> 15)) >>> 0;
}

const saltCache = new Map<string, number>();
function salt(lang: string): number {
  let s = saltCache.get(lang);
  if (s === undefined) {
    s = fnvString('lang:' + lang);
    saltCache.set(lang, s);
  }
  return s;
}

const KIND_PREFIX = fnvString('prefix');
const KIND_BIGRAM = fnvString('bigram');
const BIAS = fnvString('bias');
const CAPS = fnvString('caps');
const NO_RULE = fnvString('no-rule');
const LEN = fnvString('len');
const RULE = LABELS.map((l) => fnvString('rule:' + l));
const START = fnvString('<s>');

function isWordChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7)
  );
}

function isCjk(c: number): boolean {
  return (c >= 0x3040 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xac00 && c <= 0xd7af);
}

/**
 * Writes feature indices (already reduced to HASH_BITS) into `out`; returns how many.
 * `text` is the original (for capitals), `lower` its lower-cased form.
 */
export function extractFeatures(
  text: string,
  lower: string,
  lang: string,
  ruleHits: Uint8Array,
  out: Int32Array,
): number {
  const s = salt(lang);
  const max = Math.min(out.length, MAX_FEATURES) - LABELS.length * 2 - 4;
  let n = 0;
  out[n++] = mix(s, BIAS) & HASH_MASK;

  let anyRule = false;
  for (let l = 0; l < ruleHits.length; l++) {
    if (!ruleHits[l]) continue;
    anyRule = true;
    out[n++] = mix(s, RULE[l]) & HASH_MASK;
    out[n++] = RULE[l] & HASH_MASK;
  }
  if (!anyRule) out[n++] = mix(s, NO_RULE) & HASH_MASK;

  const sameLength = text.length === lower.length;
  let upper = 0;
  let letters = 0;
  let words = 0;
  let prev = START;
  let h = 0;
  let len = 0;
  for (let i = 0; i <= lower.length && n < max; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0x20;
    if (isWordChar(c)) {
      if (len === 0) h = s;
      h = Math.imul(h ^ c, FNV_PRIME);
      len++;
      if (len === 5) {
        // Remember the prefix hash; emitted only if the word turns out longer.
        out[n] = mix(h >>> 0, KIND_PREFIX) & HASH_MASK;
      }
      letters++;
      if (sameLength && text.charCodeAt(i) !== c) upper++;
      continue;
    }
    if (len > 0) {
      const w = h >>> 0;
      if (len > 5) n++; // keep the prefix written above
      out[n++] = w & HASH_MASK;
      out[n++] = mix(mix(prev, w), KIND_BIGRAM) & HASH_MASK;
      prev = w;
      words++;
      len = 0;
    }
    if (isCjk(c)) {
      // Chinese and Japanese: characters and character pairs stand in for words.
      const w = Math.imul(s ^ c, FNV_PRIME) >>> 0;
      out[n++] = w & HASH_MASK;
      out[n++] = mix(mix(prev, w), KIND_BIGRAM) & HASH_MASK;
      prev = w;
      words++;
    }
  }
  if (letters > 12 && upper * 10 > letters * 6) out[n++] = mix(s, CAPS) & HASH_MASK;
  out[n++] = mix(s, mix(LEN, Math.min(6, words >> 3))) & HASH_MASK;
  return n;
}
