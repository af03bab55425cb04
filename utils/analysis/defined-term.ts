/**
 * A defined term: the bold name a clause gives something in quotes ('("**Feedback**")',
 * '“**Account**”', '“**用户**”'). Agreements bold every definition, so such a run says what a
 * word will mean, not that the provider wants the clause read: it makes no clause emphasised.
 */
import { countCjk } from './text';
import { isCjkStatement } from './title-like';
import type { TextRange } from './types';

/** Words at most of a defined term ("Third-Party Services", "Paid Services Fees"). */
const MAX_TERM_WORDS = 5;
/** Chinese or Japanese characters at most of one ("阿里云", "用户", "服务协议"). */
const MAX_CJK_TERM = 10;
const OPENING_QUOTES = `"'“‘«„「『`;
const CLOSING_QUOTES = `"'”’»“」』`;

/** Whether the emphasised `range` of `text` is only a term being defined, quotes included or around it. */
export function isDefinedTerm(text: string, range: TextRange): boolean {
  let start = range.start;
  let end = range.end;
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  if (end - start < 2) return false;
  // The quotes may be emphasised with the term or left plain around it.
  const opens = OPENING_QUOTES.includes(text[start]) ? start++ : OPENING_QUOTES.includes(text[start - 1] ?? '') ? start - 1 : -1;
  const closes = CLOSING_QUOTES.includes(text[end - 1]) ? --end : CLOSING_QUOTES.includes(text[end] ?? '') ? end : -1;
  if (opens < 0 || closes < 0 || end <= start) return false;
  const term = text.slice(start, end);
  // A sentence inside the quotes is a quotation; a dot inside a name ("Academia.edu") is not.
  if (/[.;:!?]\s|[。；：！？]/u.test(term.slice(0, -1))) return false;
  if (countCjk(term) > 0) return countCjk(term) <= MAX_CJK_TERM && !isCjkStatement(term);
  const words = term.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  return words > 0 && words <= MAX_TERM_WORDS && term.length <= 60;
}
