/**
 * A fingerprint of a key clause's wording, kept with a completed review so that a later review
 * of the same agreement can tell which of its key clauses the user has not read yet. Only these
 * 32-bit hashes are stored: the review log never holds the agreement's text.
 *
 * The wording is what counts, not its layout: the clause number (renumbering moves "10.5" to
 * "10.6" without changing a word), case, spacing, punctuation and full-width forms are left out.
 */
import { parseClauseNumber } from '../analysis/numbering';
import { stemKey } from '../classify/features';

/** The letters and digits of a clause's text, lower-cased, after its number. */
function wording(text: string): string {
  const number = parseClauseNumber(text);
  const body = number ? text.slice(number.length) : text;
  return body.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The classifier's 32-bit FNV-1a string hash, over the wording. */
export function clauseFingerprint(text: string): number {
  return stemKey(wording(text));
}
