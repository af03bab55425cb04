/**
 * Clause numbers as agreements write them: "3.2.1.", "第十三条", "一、", "（二）", "(a)", "a.",
 * "IV.", "①", "Article 5", "§ 4", "【审慎阅读】". Returns the number as written (trailing dot dropped) and
 * how many characters of the text it takes, so callers can show the number apart from the text.
 */
export interface ClauseNumber {
  number: string;
  length: number;
}

const CN_NUM = '[一二三四五六七八九十百零〇两]+';
/** Circled and bracketed numbers, Chinese and Japanese sub-items: "①", "⑴", "⒈". */
const CIRCLED = '[\\u2460-\\u249b]';
/** A digit, ASCII or full-width (Japanese agreements write "第１条", "２．"). */
const D = '[0-9０-９]';
const PATTERNS: RegExp[] = [
  // 1.  1.1  1.1.1  12)  3、 — a lone number needs a separator so that "2024 年" or "100 users" is no clause.
  new RegExp(`^(${D}{1,3}(?:[.．]${D}{1,3})+)[.．]?(?=\\s|[^\\x00-\\x7f]|$)`, 'u'),
  new RegExp(`^(${D}{1,3})(?:[.．、)]|）)(?!${D})`, 'u'),
  new RegExp(`^(第${CN_NUM}[条章节款])`, 'u'),
  new RegExp(`^(第${D}{1,3}[条章节款])`, 'u'),
  new RegExp(`^(${CN_NUM})[、.．]`, 'u'),
  new RegExp(`^([（(](?:${CN_NUM}|\\d{1,2}|[a-z]|[ivx]{1,5})[)）])`, 'u'),
  /^([a-z]|[ivx]{1,5})\)(?=\s)/u,
  // "a. Disputes Covered", "ii. Disputes Involving…": lower-case letters only, for "J. Smith"
  // opens a name; upper-case Roman numerals before a capital ("IV. LIMITATION OF LIABILITY").
  /^([a-z]|[ivx]{1,5})\.(?=\s)/u,
  /^([IVX]{1,5})\.(?=\s+\p{Lu})/u,
  new RegExp(`^(${CIRCLED})`, 'u'),
  /^((?:Article|Art\.|Artikel|Articolo|Artículo|Cláusula|Clausola|Section|Sec\.|Clause|Paragraph|Punkt|Ziffer|Rozdział)\s+\d{1,3}(?:\.\d{1,3})*[a-z]?)\b\.?/iu,
  /^(§\s*\d{1,3}[a-z]?)/u,
  /^(【[^】\n]{1,16}】)/u,
];

/**
 * The numbers of sub-items, a subset of the forms above: "(a)", "(iv)", "（一）", "(3)", "b) ",
 * "3) ", "c. ", "①". Items so numbered may join the clause that lists them (list-lead.ts); "3.",
 * "3.2.1", "第五条" and "二、" number clauses of their own.
 */
const SUB_ITEM_NUMBER = new RegExp(
  `^\\s*(?:[（(](?:[一二三四五六七八九十]+|\\d{1,2}|[a-z]|[ivx]{1,5})[)）]|(?:[a-z]|[ivx]{1,5}|\\d{1,2})\\)\\s|(?:[a-z]|[ivx]{1,5})\\.\\s|${CIRCLED})`,
  'u',
);

export function startsWithSubItemNumber(text: string): boolean {
  return SUB_ITEM_NUMBER.test(text);
}

export function parseClauseNumber(text: string): ClauseNumber | undefined {
  const trimmed = text.trimStart();
  const lead = text.length - trimmed.length;
  for (const pattern of PATTERNS) {
    const match = pattern.exec(trimmed);
    if (match) {
      const length = lead + match[0].length;
      return { number: match[1].replace(/[.．]$/u, ''), length };
    }
  }
  return undefined;
}

/** A number that a word (or the section sign) names: "Section 14", "Article 5.2", "§ 7". */
const NAMED_NUMBER = /^(?:\p{L}+\.?|§)\s*(\d+(?:\.\d+)*)[a-z]?$/iu;

/**
 * The digits of a clause number, dotted ("8.2") or named by a word ("Section 14" → "14",
 * "§ 7" → "7"), and whether a word named it; undefined for other styles ("(a)", "第五条").
 */
export function numberDigits(number: string): { digits: string; named: boolean } | undefined {
  if (/^\d+(?:\.\d+)*$/u.test(number)) return { digits: number, named: false };
  const named = NAMED_NUMBER.exec(number);
  return named ? { digits: named[1], named: true } : undefined;
}

/** Depth of a dotted number ("3" → 1, "3.2.1" → 3); other styles count as 1. */
export function numberDepth(number: string): number {
  return /^\d+(?:\.\d+)*$/u.test(number) ? number.split('.').length : 1;
}
