/** Small text helpers shared by the analysis stages. */
import type { TextRange } from './types';

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/u;
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/** Chinese and Japanese characters in `text` (their words are not separated by spaces). */
export function countCjk(text: string): number {
  return text.match(CJK)?.length ?? 0;
}

/** Whether `text` is written mostly in Chinese or Japanese (at least half its letters), which measure length in characters, not words. */
export function isMostlyCjk(text: string): boolean {
  const cjk = countCjk(text);
  return cjk > 0 && cjk * 2 >= (text.match(/\p{L}/gu)?.length ?? 0);
}

/** Characters that count for length: letters and digits, not spaces or punctuation. */
export function countSignificant(text: string): number {
  let n = 0;
  for (const ch of text) if (/[\p{L}\p{N}]/u.test(ch)) n++;
  return n;
}

/**
 * Latin-script runs written in capitals, the way US terms set their disclaimers: at least
 * three upper-case words and a dozen letters, so "USA" or "LLC" alone never counts.
 */
const CAPS_RUN = /(?:\b[A-Z][A-Z'’\-]*[A-Z]?\b[\s,;:.()"“”&/\-]*){3,}/gu;
export function allCapsRanges(text: string): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  for (const match of text.matchAll(CAPS_RUN)) {
    const letters = match[0].replace(/[^A-Z]/gu, '').length;
    if (letters >= 12) {
      const start = match.index ?? 0;
      ranges.push({ start, end: start + match[0].trimEnd().length });
    }
  }
  return ranges;
}

/** Two texts joined by `separator`, with their emphasised ranges (the second's moved along). */
export function joinRanged(
  first: { text: string; ranges: readonly TextRange[] },
  separator: string,
  second: { text: string; ranges: readonly TextRange[] },
): { text: string; ranges: TextRange[] } {
  const offset = first.text.length + separator.length;
  return {
    text: first.text + separator + second.text,
    ranges: [...first.ranges, ...second.ranges.map((r) => ({ start: r.start + offset, end: r.end + offset }))],
  };
}
