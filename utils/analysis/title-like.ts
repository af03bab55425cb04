/**
 * A title that the page did not set as a heading ("1. License.", "ADDITIONAL SUBSCRIPTION TERMS
 * FOR NETGEAR ARMOR", a table of contents' "WHAT IS THE SCOPE OF THIS POLICY?",
 * "32. Choice of Law and Place to Resolve Disputes.", "我们如何保护您的个人信息") names a section
 * and says nothing the reader must see: headings alone are not key clauses, neither by their
 * emphasis (`other`) nor by their words (the section's clauses carry those). A clause that is
 * a sentence or a list item (it ends in a semicolon or colon, or holds a sentence end) is not a
 * title; a short one is not even with a comma or colon inside, unless it is in title case.
 */
import { countCjk, isMostlyCjk } from './text';

/** A title of this many words or fewer, with no sentence end or a closing full stop. */
const MAX_TITLE_WORDS = 6;
/** A question of this many words or fewer ("WHO IS THE DATA CONTROLLER …?"). */
const MAX_QUESTION_WORDS = 12;
/** Chinese or Japanese: a title of this many characters or fewer, with no sentence end. */
export const MAX_CJK_TITLE = 12;
/** A title written in title case, of this many words or fewer ("Legal Disputes and Arbitration Agreement for users in the United States and Canada"). */
const MAX_TITLE_CASE_WORDS = 14;
/** Of a title-case title's words of four letters or more, at least this share start with a capital. */
const MIN_CAPITALISED_SHARE = 0.75;

/** A sentence's end, or a clause's colon or comma, inside the text; the dot of a number ("14. Disclaimers") is none. */
const INNER_BREAK = /(?<!\d)[.;!?:,]\s/u;
/** A sentence's end inside a question (its commas and colons are the question's own). */
const INNER_SENTENCE_END = /(?<!\d)[.;!]\s/u;
/** A pattern matching any of `words` as a whole word (hyphenated compounds are not split: "NON-EXCLUSIVE"). */
const anyWord = (words: readonly string[], flags: string) => new RegExp(`(?<![\\p{L}-])(?:${words.join('|')})(?![\\p{L}-])`, flags);

/**
 * Verbs and negations that make a statement of a line in the alphabetic languages read ("Fees
 * are non-refundable", "We are not liable for lost data", "LE SERVICE EST FOURNI « EN L'ÉTAT »");
 * a heading names a topic ("Fees and payment", "How we use your data"). Pronouns alone do not
 * count in mixed case: headings use them.
 */
const STATEMENT_VERBS = ['is', 'are', 'was', 'will', 'shall', 'must', 'cannot', 'not', 'never', 'est', 'sont', 'sera', 'ne', 'pas', 'es', 'son', 'será', 'ist', 'sind', 'wird', 'nicht', 'è', 'sono', 'non', 'sarà', 'jest', 'są', 'nie'];
const STATEMENT_WORDS = anyWord(STATEMENT_VERBS, 'iu');

/**
 * Words that make a sentence of a line in capitals ("WE ARE NOT LIABLE FOR ANY LOSS."): the
 * statement verbs, and in capitals also modal verbs and pronouns, which capitalised titles do
 * not use. Not "NO", which English titles do use ("NO WARRANTIES").
 */
const CAPS_SENTENCE_WORDS = anyWord(
  [...STATEMENT_VERBS, 'be', 'been', 'may', 'can', 'should', 'would', 'could', 'do', 'does', 'has', 'have', 'apply', 'applies', 'means', 'agree', 'acknowledge', 'please', 'we', 'you', 'seront', 'nous', 'vous', 'serán', 'usted', 'werden', 'wir', 'sie', 'będzie', 'se'].map((w) => w.toUpperCase()),
  'u',
);

/**
 * Finite verbs, in lower case, that make a line a sentence in German, whose nouns give a
 * sentence the capitals of a title ("Diese Nutzungsbedingungen unterliegen dem Recht der
 * Bundesrepublik Deutschland."), and in Polish ("Niniejszy regulamin podlega prawu polskiemu.").
 */
const FINITE_VERB = anyWord(
  ['ist', 'sind', 'wird', 'werden', 'unterliegt', 'unterliegen', 'gilt', 'gelten', 'hat', 'haben', 'kann', 'können', 'muss', 'müssen', 'darf', 'dürfen', 'haftet', 'haften', 'bleibt', 'bleiben', 'behält', 'behalten', 'erfolgt', 'erfolgen', 'verlängert', 'endet', 'enden', 'podlega', 'podlegają', 'ponosi', 'ponoszą', 'odpowiada', 'będzie', 'będą', 'może', 'mogą', 'jest', 'są'],
  'u',
);

/** Words that title case leaves in lower case ("Conflict with AAA Rules"). */
const LOWER_CASE_IN_TITLES = /^(?:with|from|into|onto|upon|over|that|this|than|under|about|after|before|between|through|without|within|against|during)$/u;

/**
 * Chinese words that make a statement of a short line: a title or a defined term names
 * something ("账号注册", "不可抗力", "违约责任"); "本公司不承担任何责任" says something.
 */
const CJK_STATEMENT = /不(承担|负|对|就|保证|担保|得|应|能|会)|应当|必须|(?<!所)有权|同意|承担|视为|負いません|負わない|保証しません|ものとします|とみなします/u;

/** A short Chinese or Japanese line that states something rather than naming it. */
export function isCjkStatement(text: string): boolean {
  return CJK_STATEMENT.test(text);
}

/** A short line that states something rather than naming it, in any of the languages read. */
export function isStatementLine(text: string): boolean {
  return isMostlyCjk(text) ? isCjkStatement(text) : STATEMENT_WORDS.test(text);
}

const wordsOf = (text: string): string[] => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];

/**
 * Words in title case, not a sentence: most of the longer words start with a capital (German
 * capitalises its nouns, but not its verbs and adjectives), or, where the whole is in capitals,
 * no verb or pronoun makes it a sentence. `words` has no sentence end inside.
 */
export function isTitleCase(words: string): boolean {
  const all = wordsOf(words);
  if (all.length === 0 || all.length > MAX_TITLE_CASE_WORDS) return false;
  // Chinese and Japanese have no capitals: no title case either.
  if (!/\p{Ll}/u.test(words)) return /\p{Lu}/u.test(words) && !CAPS_SENTENCE_WORDS.test(words);
  if (all.length <= 2) return true;
  if (FINITE_VERB.test(words)) return false;
  const long = all.filter((w) => (w.match(/\p{L}/gu)?.length ?? 0) >= 4 && !LOWER_CASE_IN_TITLES.test(w));
  return long.length === 0 || long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length >= MIN_CAPITALISED_SHARE;
}

/** A short line that ends in a full stop, is in neither capitals nor title case, and has a verb. */
function isShortSentence(body: string): boolean {
  if (!/\p{Ll}/u.test(body) || !/[.。]$/u.test(body)) return false;
  if (isTitleCase(body.slice(0, -1))) return false; // "Who We Are."
  return STATEMENT_WORDS.test(body) || FINITE_VERB.test(body);
}

/** `text` without its clause number (`skip` characters). */
export function isTitleLike(text: string, skip = 0): boolean {
  const body = text.slice(skip).trim();
  if (isMostlyCjk(body)) return countCjk(body) <= MAX_CJK_TITLE && !/[。；;！!？?，,：:]/u.test(body) && !isCjkStatement(body);
  const words = wordsOf(body).length;
  if (words === 0) return true;
  if (/[?？]$/u.test(body)) return words <= MAX_QUESTION_WORDS && !INNER_SENTENCE_END.test(body);
  // "DISPUTE RESOLUTION BY BINDING ARBITRATION. CLASS ACTION WAIVER", "Governing Law. Venue.":
  // titles run together, each in capitals or title case and without a verb (a title in capitals
  // may be long, one in title case is short).
  if (/[^;:,!]$/u.test(body) && INNER_SENTENCE_END.test(body)) {
    const capitals = !/\p{Ll}/u.test(body);
    return words <= (capitals ? MAX_TITLE_CASE_WORDS : MAX_TITLE_WORDS) && body.replace(/[.]$/u, '').split(INNER_SENTENCE_END).every(isTitleCase);
  }
  if (!/[^;:,!]$/u.test(body) || INNER_SENTENCE_END.test(body)) return false;
  // Short, but a sentence: "Niniejszy regulamin podlega prawu polskiemu.", "Diese
  // Nutzungsbedingungen unterliegen irischem Recht." (a title in capitals keeps its verb:
  // "CLAIMS ARE TIME-BARRED.").
  if (words <= MAX_TITLE_WORDS && !INNER_BREAK.test(body)) return !isShortSentence(body);
  // Longer, or with commas ("THIRD-PARTY LINKS, CONTENT AND PROGRAMMING."): only in title case,
  // or in capitals with no verb (US terms set their disclaimers, which are sentences, in
  // capitals too).
  return isTitleCase(body.replace(/[.]$/u, ''));
}
