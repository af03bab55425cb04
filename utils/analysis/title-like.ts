/**
 * A title that the page did not set as a heading ("1. License.", "ADDITIONAL SUBSCRIPTION TERMS
 * FOR NETGEAR ARMOR", a table of contents' "WHAT IS THE SCOPE OF THIS POLICY?",
 * "我们如何保护您的个人信息") names a section and says nothing the reader must see: headings alone
 * are not key clauses, neither by their emphasis (`other`) nor by their words (the section's
 * clauses carry those). A short clause that is a sentence or a list item (it ends in a
 * semicolon, or holds a colon or a sentence end) is not a title.
 */

/** A title of this many words or fewer, with no sentence end or a closing full stop. */
const MAX_TITLE_WORDS = 6;
/** A question of this many words or fewer ("WHO IS THE DATA CONTROLLER …?"). */
const MAX_QUESTION_WORDS = 12;
/** Chinese or Japanese: a title of this many characters or fewer, with no sentence end. */
const MAX_CJK_TITLE = 12;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** `text` without its clause number (`skip` characters). */
export function isTitleLike(text: string, skip = 0): boolean {
  const body = text.slice(skip).trim();
  const cjk = body.match(CJK)?.length ?? 0;
  const letters = body.match(/\p{L}/gu)?.length ?? 0;
  if (cjk > 0 && cjk * 2 >= letters) return cjk <= MAX_CJK_TITLE && !/[。；;！!？?，,：:]/u.test(body);
  const words = body.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  if (words === 0) return true;
  if (/[?？]$/u.test(body)) return words <= MAX_QUESTION_WORDS && !/[.;!]\s/u.test(body);
  return words <= MAX_TITLE_WORDS && !/[.;!?:,]\s/u.test(body) && /[^;:,!]$/u.test(body);
}
