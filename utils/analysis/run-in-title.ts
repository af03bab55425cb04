/**
 * A run-in title: the emphasised words a clause opens with to name itself ("2. **No Unlawful or
 * Prohibited Use.** As a condition of your use…", "**Registration.** When you set up…",
 * "**账号注册：**您需要…"). US terms set nearly every clause this way, so the bold says where a
 * clause begins, not that the provider wants it read: like a heading, it makes no clause
 * emphasised (and so no key clause by emphasis alone). The clause's own words still count
 * where they are emphasised, and the classifier still reads the title.
 *
 * A plain title before an emphasised body counts the other way: the body is the clause's own
 * words, all of them emphasised.
 *
 * A title is short, ends in a full stop, colon or dash (or runs into a capitalised sentence),
 * and reads as a title, not a sentence: "You agree to follow the rules." in bold is the
 * provider's own summary and stays emphasis.
 */
import type { TextRange } from './types';
import { countCjk, countSignificant, isMostlyCjk } from './text';
import { isCjkStatement, isTitleCase } from './title-like';

/** Chinese or Japanese characters at most of a title ("账号注册", "服务费用及支付方式"). */
const MAX_CJK_TITLE = 16;
/** The clause must go on after its title for this many letters or digits at least. */
const MIN_BODY = 20;

const TERMINATOR = /[.:：。—–?？]$/u;
/** A terminator the emphasis stopped just short of ("**… the United States**."). */
const TERMINATOR_AFTER = /^\s*[.:：。—–]/u;
/** A sentence end or a clause break inside the title: two sentences are not a title. */
const INNER_BREAK = /[.;!?。；！？]\s/u;
const CJK_INNER_BREAK = /[，,、；;。！？]/u;

function readsAsTitle(title: string): boolean {
  const words = title.slice(0, -1).trim();
  if (isMostlyCjk(words)) {
    return countCjk(words) <= MAX_CJK_TITLE && !CJK_INNER_BREAK.test(words) && /[:：]$/u.test(title) && !isCjkStatement(words);
  }
  return !INNER_BREAK.test(words) && isTitleCase(words);
}

/**
 * Where the clause's body begins after a run-in title, or `from` (where its words begin, past
 * the clause number) when it opens with none. `ranges` are the clause's emphasised stretches,
 * merged and in order.
 */
export function runInTitleEnd(text: string, ranges: readonly TextRange[], from: number): number {
  let start = from;
  while (start < text.length && /\s/u.test(text[start])) start++;
  const first = ranges.find((r) => r.end > start);
  if (!first) return from;
  if (first.start > start) {
    // A plain title before an emphasised body ("7. Limitation of Liability. IN NO EVENT…"): the
    // body is what the provider emphasised.
    const plain = text.slice(start, first.start).trim();
    return TERMINATOR.test(plain) && readsAsTitle(plain) && /^\p{Lu}/u.test(plain) ? first.start : from;
  }
  let end = first.end;
  let title = text.slice(start, end).trimEnd();
  if (!TERMINATOR.test(title)) {
    const after = TERMINATOR_AFTER.exec(text.slice(end));
    if (after) {
      end += after[0].length;
      title = text.slice(start, end).trim();
    } else if (!/^\s+\p{Lu}/u.test(text.slice(end))) {
      return from;
    } else {
      title += '.';
    }
  }
  const body = text.slice(end);
  if (countSignificant(body) < Math.max(MIN_BODY, countSignificant(title))) return from;
  return readsAsTitle(title) ? end : from;
}

/**
 * The words a clause opens with, up to a full stop or colon, where they read as its title,
 * emphasised or not ("9. Indemnification. You agree to indemnify…", "d. Arbitration Procedure.
 * The AAA will conduct…", "免责声明：本公司…"), and where the clause's body begins after them.
 * `from`: where its words begin, past the clause number. A sub-item's letter that the numbering
 * left in the text ("b. ") is skipped.
 */
export function openingTitle(text: string, from: number): { title: string; end: number } | undefined {
  const match = OPENING_TITLE.exec(text.slice(from));
  if (!match) return undefined;
  const [whole, title, terminator] = match;
  const end = from + whole.length;
  if (countSignificant(text.slice(end)) < MIN_BODY) return undefined;
  return readsAsTitle(title + terminator) ? { title, end } : undefined;
}

/** An optional sub-item letter, then a few words closed by a full stop (before a space) or a colon. */
const OPENING_TITLE = /^\s*(?:\(?[a-z\d]{1,4}[.)]\s+)?([^.:：。;；!?！？]{2,100}?)(\.(?=\s)|[:：。])/u;
