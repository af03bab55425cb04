/**
 * The lexicons' plain statements of a label (`Lexicon.plain`: "Gerichtsstand ist München", "Es
 * gilt das Recht der Bundesrepublik Deutschland"), which put their label on a text whatever the
 * learned model says. The models learned from the long clauses of large providers' terms and
 * miss such terse clauses, so only sentences of at most PLAIN_MAX_WORDS words are looked at —
 * a text that short, or the short sentences of a paragraph — and only where one of the
 * lexicon's hint words stands: scanning every sentence would add a sixth to the time of each.
 */
import { includesAny } from '../analysis/vocabulary-hints';
import { LABELS } from './labels';
import { LEXICONS } from './lexicon';
import { applyRules, compileLexicon, type CompiledRules } from './rules';

export const PLAIN_MAX_WORDS = 15;

export class PlainStatements {
  /** Compiled on first use, per language. */
  private readonly compiled = new Map<string, CompiledRules>();
  private readonly hits = new Uint8Array(LABELS.length);

  /**
   * Sets in `flags` (indexed like LABELS) the labels whose plain statements `lower` makes.
   * `words`: its number of words; `severalSentences`: whether it holds more than one sentence
   * (the feature extractor counts both as it reads the text).
   */
  applyInto(lower: string, lang: string, words: number, severalSentences: boolean, flags: Uint8Array): void {
    // Most texts are one sentence of more than PLAIN_MAX_WORDS words: nothing to look at.
    if (words > PLAIN_MAX_WORDS && !severalSentences) return;
    const lexicon = LEXICONS[lang] ?? LEXICONS.en;
    if (!lexicon.plain || (lexicon.plainHints && !includesAny(lower, lexicon.plainHints))) return;
    const rules = this.compiled.get(lang) ?? compileLexicon({ rules: lexicon.plain });
    this.compiled.set(lang, rules);
    if (words <= PLAIN_MAX_WORDS) {
      this.scanInto(lower, rules, flags);
      return;
    }
    // A paragraph: its short sentences ("… Es gilt deutsches Recht. Gerichtsstand ist Hamburg.").
    forEachShortSentence(lower, PLAIN_MAX_WORDS, (start, end) => this.scanInto(lower.slice(start, end), rules, flags));
  }

  private scanInto(lower: string, rules: CompiledRules, flags: Uint8Array): void {
    if (applyRules(lower, rules, this.hits) === 0) return;
    for (let i = 0; i < flags.length; i++) if (this.hits[i]) flags[i] = 1;
  }
}

/** . ! ? ; */
const SENTENCE_STOPS = new Set([0x2e, 0x21, 0x3f, 0x3b]);

/**
 * Calls `visit` with the bounds of every sentence of `text` (ended by . ! ? or ; before a space,
 * or by a line break) that has between one and `max` words, in one pass over the characters.
 */
function forEachShortSentence(text: string, max: number, visit: (start: number, end: number) => void): void {
  let start = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x0a;
    const space = c <= 0x20;
    if (!space && !inWord) words++;
    inWord = !space;
    const ends = c === 0x0a || (space && i > start && SENTENCE_STOPS.has(text.charCodeAt(i - 1)));
    if (!ends) continue;
    if (words > 0 && words <= max) visit(start, i);
    start = i + 1;
    words = 0;
  }
}
