import type { Label } from '../labels';

/**
 * A language's rules. Every entry is a regular-expression source written in lower case:
 * the text is lower-cased once and all rules of a language run as one combined scan, so
 * rules must not rely on the `i` or `u` flags (`\b` only sees ASCII letters there, which is
 * why the lexicons spell out word starts for accented letters where it matters). Where every
 * rule of a language can start at `\b` (English, French, Spanish), each one must: the scan then
 * tests the boundary once for all of them, and one rule that starts otherwise (with a look back)
 * makes the whole scan 30-40 % slower (tests/unit/classify-fast-path.test.ts names it).
 */
export interface Lexicon {
  /** A hit on any of these puts the label on the text. */
  rules: Partial<Record<Label, readonly string[]>>;
  /** A hit on any of these takes the label off again (checked only when the label fired). */
  veto?: Partial<Record<Label, readonly string[]>>;
  /**
   * Plain statements of a label ("Gerichtsstand ist München", "Es gilt das Recht der
   * Bundesrepublik Deutschland"): a hit puts the label on the text even where a learned model
   * decides that label. The models learned from the long clauses of large providers' terms and
   * score such terse clauses, common in smaller shops' terms, below their thresholds. Only
   * wordings that state the clause itself belong here, never a topic word.
   */
  plain?: Partial<Record<Label, readonly string[]>>;
  /**
   * Every `plain` match contains one of these: text with none of them skips that scan, which
   * would otherwise cost a fifth of the time a model takes per sentence.
   */
  plainHints?: readonly string[];
}
