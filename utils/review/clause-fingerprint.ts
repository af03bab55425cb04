/**
 * A fingerprint of a key clause's wording, kept with a completed review so that a later review
 * of the same agreement can tell which of its key clauses the user has not read yet. Only these
 * 32-bit hashes are stored: the review log never holds the agreement's text.
 *
 * The wording is what counts, not its layout: the clause number (renumbering moves "10.5" to
 * "10.6" without changing a word), case, spacing, punctuation and full-width forms are left out.
 */
import { parseClauseNumber } from '../analysis/numbering';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** The letters and digits of a clause's text, lower-cased, after its number. */
function wording(text: string): string {
  const number = parseClauseNumber(text);
  const body = number ? text.slice(number.length) : text;
  return body.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

export function clauseFingerprint(text: string): number {
  const words = wording(text);
  let hash = FNV_OFFSET;
  for (let i = 0; i < words.length; i++) hash = Math.imul(hash ^ words.charCodeAt(i), FNV_PRIME);
  return hash >>> 0;
}
