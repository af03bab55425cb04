/**
 * A title that the page did not set as a heading ("1. License.", "ADDITIONAL SUBSCRIPTION TERMS
 * FOR NETGEAR ARMOR", a table of contents' "WHAT IS THE SCOPE OF THIS POLICY?",
 * "我们如何保护您的个人信息") names a section and says nothing the reader must see: headings alone
 * are not key clauses, neither by their emphasis (`other`) nor by their words (the section's
 * clauses carry those). A short clause that is a sentence or a list item (it ends in a
 * semicolon, or holds a colon or a sentence end) is not a title.
 */
import { countCjk } from './text';

/** A title of this many words or fewer, with no sentence end or a closing full stop. */
const MAX_TITLE_WORDS = 6;
/** A question of this many words or fewer ("WHO IS THE DATA CONTROLLER …?"). */
const MAX_QUESTION_WORDS = 12;
/** Chinese or Japanese: a title of this many characters or fewer, with no sentence end. */
const MAX_CJK_TITLE = 12;

/** A sentence's end, or a clause's colon or comma, inside the text; the dot of a number ("14. Disclaimers") is none. */
const INNER_BREAK = /(?<!\d)[.;!?:,]\s/u;
/** A sentence's end inside a question (its commas and colons are the question's own). */
const INNER_SENTENCE_END = /(?<!\d)[.;!]\s/u;

/** `text` without its clause number (`skip` characters). */
export function isTitleLike(text: string, skip = 0): boolean {
  const body = text.slice(skip).trim();
  const cjk = countCjk(body);
  const letters = body.match(/\p{L}/gu)?.length ?? 0;
  if (cjk > 0 && cjk * 2 >= letters) return cjk <= MAX_CJK_TITLE && !/[。；;！!？?，,：:]/u.test(body);
  const words = body.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  if (words === 0) return true;
  if (/[?？]$/u.test(body)) return words <= MAX_QUESTION_WORDS && !INNER_SENTENCE_END.test(body);
  return words <= MAX_TITLE_WORDS && !INNER_BREAK.test(body) && /[^;:,!]$/u.test(body);
}
