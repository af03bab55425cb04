import type { Label } from '../labels';

/**
 * A language's rules. Every entry is a regular-expression source written in lower case:
 * the text is lower-cased once and all rules of a language run as one combined scan, so
 * rules must not rely on the `i` or `u` flags (`\b` only sees ASCII letters there, which is
 * why the lexicons spell out word starts for accented letters where it matters).
 */
export interface Lexicon {
  /** A hit on any of these puts the label on the text. */
  rules: Partial<Record<Label, readonly string[]>>;
  /** A hit on any of these takes the label off again (checked only when the label fired). */
  veto?: Partial<Record<Label, readonly string[]>>;
}
