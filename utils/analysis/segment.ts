/**
 * Blocks → clauses. Headings (real ones, and lines that pages flattened into plain paragraphs:
 * short emphasised or numbered lines, titles wholly in emphasis, questions on lines of their
 * own) become the section titles of the clauses below them; every other block is a clause with
 * its number, when it has one.
 */
import type { TextBlock } from './blocks';
import { appendItem, continuedNumbering, introducesList, joinedList, NEW_NUMBERING, type ListNumbering } from './list-lead';
import { numberDepth, numberDigits, parseClauseNumber, type ClauseNumber } from './numbering';
import { openingTitle, runInTitleEnd } from './run-in-title';
import { isDefinedTerm } from './defined-term';
import { countSignificant, isMostlyCjk, joinRanged } from './text';
import { isSectionLink } from './table-of-contents';
import { isCjkStatement, isStatementLine, isTitleLike, MAX_CJK_TITLE } from './title-like';
import type { EmphasisLevel, TextRange } from './types';

export interface Segment {
  block: TextBlock;
  /** Characters of `text` its clause number takes (0 without one). */
  numberLength: number;
  /** Where the clause ends in the page, when list items joined it (`block.element` otherwise). */
  end?: Element;
  number?: string;
  heading?: string;
  /** The title of the section around `heading`'s, where that is a subsection's ("24.2.5 Notice; Process"). */
  outerHeading?: string;
  text: string;
  emphasis: EmphasisLevel;
  emphasized: TextRange[];
}

const SENTENCE_END = /[。！？!?；;：:.,，]$/u;
/** Titles of a bare-numbered sequence that may go unseen between two that are seen. */
const MAX_TITLES_MISSED = 1;
const BARE_NUMBERED_TITLE = /^\d{1,2}\s+\p{Lu}[\p{L}’'-]*,?(?:\s+[\p{L}’'&-]+,?){0,7}$/u;

function emphasisLevel(text: string, allRanges: TextRange[], numberLength: number): EmphasisLevel {
  // The clause number is often left plain, a run-in title marks where the clause begins and a
  // defined term what a word means: what counts is the emphasis of the clause's own words.
  const ranges = allRanges.filter((r) => !isDefinedTerm(text, r));
  const skip = runInTitleEnd(text, ranges, numberLength);
  const total = countSignificant(text.slice(skip));
  if (total === 0 || ranges.length === 0) return 'none';
  let covered = 0;
  for (const r of ranges) covered += countSignificant(text.slice(Math.max(r.start, skip), r.end));
  if (covered === 0) return 'none';
  return covered / total >= 0.9 ? 'full' : 'partial';
}

/** Letters and digits at most of a question that titles a section. */
const MAX_QUESTION_TITLE = 80;
/** Letters and digits at most of a title-like line set wholly in emphasis. */
const MAX_EMPHASISED_TITLE = 100;

/** Letters and digits at most of a subsection's title on a line of its own ("24.2.1 Dispute resolution and arbitration"). */
const MAX_SUBSECTION_TITLE = 80;

function looksLikeFlatHeading(block: TextBlock, level: EmphasisLevel, parsed: ClauseNumber | undefined, bareTitleInSequence: boolean): boolean {
  const length = countSignificant(block.text);
  const number = parsed?.number;
  const numberLength = parsed?.length ?? 0;
  // "24.2.1 Dispute resolution and arbitration", "7.1 Cancellation of Your Services by You.": a
  // subsection's title set as plain text, whatever it ends in ("3.3 Fees are non-refundable."
  // states something: a clause).
  if (number !== undefined && numberDepth(number) > 1 && length <= MAX_SUBSECTION_TITLE && /\p{L}/u.test(block.text.slice(numberLength))) {
    return isTitleLike(block.text, numberLength);
  }
  // "How is My Account Closed?" on a line of its own: terms written as questions and answers.
  if (/[?？]$/u.test(block.text)) return length > 0 && length <= MAX_QUESTION_TITLE && isTitleLike(block.text, numberLength);
  // "LIMITATION OF LIABILITY AND DISCLAIMER OF WARRANTIES.", all in bold: a title, however long
  // (not a notice such as "See Below: Special Arbitration Provision For …").
  if (level === 'full' && length <= MAX_EMPHASISED_TITLE && !/[:：]./u.test(block.text) && isTitleLike(block.text, numberLength)) return true;
  if (length === 0 || length > 40 || SENTENCE_END.test(block.text)) return false;
  // A short line wholly in bold is a heading ("Fees and payment"), unless it states something
  // without a full stop ("We are not liable for lost data", "本公司不承担任何责任").
  if (level === 'full') return !isStatementLine(block.text);
  // "13. 法律适用及争议解决" set as a plain paragraph: a top-level number and a short title.
  if (number !== undefined) return numberDepth(number) === 1 && length <= 24;
  return bareTitleInSequence;
}

/**
 * "17 Warranty disclaimer": a section number without a dot (no clause number, for "100 users"
 * may open a sentence) before a capitalised title, on a line of its own. Returns the number.
 * Such a title counts as a heading only where it follows the previous one in sequence (or starts
 * one): "88 Colin P Kelly Jr St" in a notice section is an address. A title the page ran into
 * another block ("4 Payments and Cancellations 4.1 Billing") may be missing from the sequence.
 */
function bareNumberedTitle(text: string): number | undefined {
  return BARE_NUMBERED_TITLE.test(text) && countSignificant(text) <= 60 ? Number(/^\d+/u.exec(text)![0]) : undefined;
}

/** A title of a run-together pair: a few words with no sentence end or list mark inside. */
const RUN_TITLE = String.raw`\p{L}[^\d.;:!?。；：]{0,80}?`;
/**
 * "24 Choice of law, mandatory arbitration, and venue 24.1 Governing Law / Jurisdiction",
 * "2. Obligations2.1 Service Eligibility": a section's title that the page ran into its first
 * subsection's, on one line. The subsection's number continues the section's.
 */
const RUN_TOGETHER_TITLES = new RegExp(String.raw`^((\d{1,2})\.?\s*${RUN_TITLE})\s*(\2\.\d{1,2}\.?\s+${RUN_TITLE})$`, 'u');

/**
 * The section number of a run-together pair of titles (see `RUN_TOGETHER_TITLES`), and the
 * pair as the panel shows it: "2. Obligations › 2.1 Service Eligibility".
 */
function runTogetherTitles(text: string): { number: number; heading: string } | undefined {
  const match = RUN_TOGETHER_TITLES.exec(text);
  return match ? { number: Number(match[2]), heading: `${match[1].trim()} › ${match[3].trim()}` } : undefined;
}

/** Words at most of a title that a page left as loose text between its paragraphs. */
const MAX_LOOSE_TITLE_WORDS = 10;

/**
 * "Settling disputes, governing law, and courts", "Suspending or terminating your access to
 * Google services", "6. Governing Law and Dispute Resolution", "GitLab Subscription Terms" (the
 * next agreement on the page): a few words of loose text (blocks.ts) right before a paragraph,
 * with no sentence mark past a clause number and stating nothing, are a title that the page, or
 * its archive, flattened.
 */
function isLooseTitle(block: TextBlock, next: TextBlock | undefined, numberLength: number): boolean {
  if (!block.loose || next === undefined || next.headingLevel !== undefined) return false;
  // "6. Governing Law and Dispute Resolution": the number's dot is no sentence mark.
  const text = block.text.slice(numberLength).trim();
  const titleLike = isMostlyCjk(text) ? isTitleLike(text) : isLooseTitleText(text);
  // Loose text after it must read as a paragraph: short loose lines in a row are an address, a
  // byline, a list the page wrote with line breaks.
  return titleLike && (!next.loose || isParagraph(next.text));
}

function isLooseTitleText(text: string): boolean {
  const words = countWords(text, MAX_LOOSE_TITLE_WORDS + 1);
  return words > 0 && words <= MAX_LOOSE_TITLE_WORDS && /^[\p{Lu}\p{N}]/u.test(text) && !/[.;:!?]/u.test(text) && !isStatementLine(text);
}

/** Words at least of loose text that reads as a paragraph (with a sentence end). */
const MIN_PARAGRAPH_WORDS = 20;

function isParagraph(text: string): boolean {
  return SENTENCE_MARK.test(text) && countWords(text, MIN_PARAGRAPH_WORDS) >= MIN_PARAGRAPH_WORDS;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Words of `text`, counted only up to `limit`: loose text can be a whole page long. */
function countWords(text: string, limit: number): number {
  WORD.lastIndex = 0;
  let words = 0;
  while (words < limit && WORD.exec(text)) words++;
  return words;
}

/**
 * A line of a heading that leads into a list numbered anew ("本公司提倡：" over "1. 分享、互助和
 * 开放；"): prose of a section that Markdown set whole in a heading, not the section's title.
 */
function leadsNumberedList(block: TextBlock, next: TextBlock | undefined): boolean {
  return next !== undefined && introducesList(block.text) && continuedNumbering(next.text, NEW_NUMBERING) !== undefined;
}

/** Whether bare title number `n` follows `last` (0: none yet) in sequence, or starts one. */
function inSequence(n: number | undefined, last: number): boolean {
  return n !== undefined && (n === 1 || (n > last && n <= last + MAX_TITLES_MISSED + 1));
}

/**
 * A mark that ends a sentence or a clause, or a colon that leads into a list; a full stop only
 * after a word (an abbreviation's dot, "EU-U.S. Data Privacy Framework", and a number's, "1.5",
 * end nothing).
 */
const SENTENCE_MARK = /[。；;!?！？]|(?<=\p{L}\p{L})[.](?!\d)|[:：]\s*$/u;

/** Letters and digits at most of a question that a heading element holds. */
const MAX_QUESTION_HEADING = 120;

function isSingleQuestion(text: string): boolean {
  const body = text.trimEnd();
  return /[?？]$/u.test(body) && !SENTENCE_MARK.test(body.slice(0, -1));
}

/** A Chinese line that leads into a list of what follows ("收集的信息我们将用于以下用途："). */
const CJK_LIST_LEAD = /(以下|下列|如下|下述)\S{0,12}[：:]\s*$/u;

/**
 * Pages (and Markdown underlined with "=====") put whole paragraphs in heading elements; a
 * "heading" that reads as sentences is a clause.
 */
function isProseInHeading(block: TextBlock): boolean {
  const length = countSignificant(block.text);
  // "WHAT ARE YOUR RIGHTS WITH RESPECT TO THE PROCESSING OF YOUR PERSONAL DATA?": one question
  // set as a heading titles the answer below it, however many words it takes.
  if (length <= MAX_QUESTION_HEADING && isSingleQuestion(block.text)) return false;
  // Past 30 characters, a second sentence or a closing full stop make it prose ("本协议的生效、
  // 履行、解释及争议的解决均适用中华人民共和国法律，……不影响其他部分的效力。").
  if (length > 80 || (length > 30 && SENTENCE_MARK.test(block.text))) return true;
  // A Chinese or Japanese line longer than a title that closes with a full stop or a comma (a
  // sentence the source broke across lines) is a sentence already, and so is one that states
  // something across a comma ("因下列原因导致我们无法正常提供服务，我们免于承担责任：") or leads into a
  // list ("收集的信息我们将用于以下用途："); one that closes with a list item's semicolon is an item
  // ("（9）危害社会公德，损害民族优秀文化传统的；").
  if (/；\s*$/u.test(block.text)) return true;
  return length > MAX_CJK_TITLE && (/[。，]\s*$/u.test(block.text) || (/，/u.test(block.text) && isCjkStatement(block.text)) || CJK_LIST_LEAD.test(block.text));
}

/**
 * Where a page ran several numbered clauses into one paragraph ("…。3.2 …。3.3 …"), each
 * starts after a sentence end with a number of its own.
 */
const INLINE_CLAUSE_START =
  /(?<=(?:[。；;!?！？:：]\s*|(?<![\d.．])[.．]\s+))(?=(?:\d{1,2}(?:[.．]\d{1,2})+[.．]?|第[一二三四五六七八九十百零\d]+条|[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)\s?[^\d\s.．])/gu;
/** Paragraphs longer than this are shown sentence group by sentence group. */
const LONG_BLOCK = 1200;
const TARGET_PIECE = 500;

function sentencePieces(text: string): Array<[number, number]> {
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (!Segmenter) return [[0, text.length]];
  const pieces: Array<[number, number]> = [];
  let start = 0;
  for (const { index, segment } of new Segmenter(undefined, { granularity: 'sentence' }).segment(text)) {
    const end = index + segment.length;
    if (end - start >= TARGET_PIECE) {
      pieces.push([start, end]);
      start = end;
    }
  }
  if (start < text.length) pieces.push([start, text.length]);
  return pieces;
}

/**
 * "… is not limited. 2. RESTRICTIONS AND RESPONSIBILITIES", "… at any time. 16. Liability",
 * "… this Agreement. 7. WARRANTY. CUSTOMER SOFTWARE SECURITY": the next section's title (in
 * capitals, or a few words after a numbered dot; two titles may run together) that the page
 * left at the end of the previous section's text (both in one text node). Looked for in the
 * block's last characters only, and taken only if it reads as a title ("… 2. Notify us of any
 * breach" is a list's last item). A few unnumbered words in title case after a sentence ("… at
 * any time. Limitation of Liability") are not taken: on the corpus pages such words were a
 * link's text ("… Learn More", on two pages) or the rest of a title cut at an abbreviation ("10.
 * U.S. GOVERNMENT MATTERS"); the one title found ("… Terms 1. Services") lost its number.
 */
const TRAILING_TITLE =
  /(?<=[.;!?]\s+)(?:\d{1,2}\.?\s+\p{Lu}[\p{Lu}\s,&'’/-]{3,60}(?:\.\s+\p{Lu}[\p{Lu}\s,&'’/-]{2,40})?|\d{1,2}\.\s+\p{Lu}[\p{L}’'-]*(?:,?\s+[\p{L}’'&-]+){0,7}(?:\.\s+\p{Lu}[\p{L}’'-]*(?:,?\s+[\p{L}’'&-]+){0,3})?)$/u;
const TRAILING_TITLE_REACH = 100;

/** Where the trailing title of `text` starts (see `TRAILING_TITLE`), if it has one. */
function trailingTitleStart(text: string): number | undefined {
  const from = Math.max(0, text.length - TRAILING_TITLE_REACH);
  const match = TRAILING_TITLE.exec(text.slice(from));
  if (!match) return undefined;
  const start = from + match.index;
  const number = parseClauseNumber(match[0]);
  // Read as if it ended in a full stop: the title test lets short lines without one pass as
  // titles, and a sentence left at the end of a text ("… 6. Fees are payable in euros") has none.
  if (!isTitleLike(match[0] + '.', number?.length ?? 0) || continuesInlineList(text.slice(0, start), number?.number)) return undefined;
  return start;
}

/**
 * "Customer will: 1. Keep its passwords safe. 2. Notify us of any breach": the number goes on
 * from an item inside the same text, so what follows it is the list's last item. (The text's
 * own number does not count: "11. ACCESS TO SERVICES. … 12. REGISTRATION" is a section and the
 * next one's title.)
 */
function continuesInlineList(before: string, number: string | undefined): boolean {
  const n = Number(number);
  return n > 1 && new RegExp(`[.:;]\\s+${n - 1}\\.\\s`, 'u').test(before);
}

/** A piece of a block; `title`: the trailing title (see `TRAILING_TITLE`), a heading. */
type Piece = TextBlock & { title?: true };

/**
 * Splits a block at inline clause numbers and before a trailing title, then overlong pieces at
 * sentence boundaries.
 */
function splitBlock(block: TextBlock): Piece[] {
  const cuts = [0];
  for (const match of block.text.matchAll(INLINE_CLAUSE_START)) if (match.index! > 0) cuts.push(match.index!);
  const title = trailingTitleStart(block.text);
  if (title !== undefined && title > cuts[cuts.length - 1]) cuts.push(title);
  cuts.push(block.text.length);
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    if (to - from > LONG_BLOCK) for (const [a, b] of sentencePieces(block.text.slice(from, to))) ranges.push([from + a, from + b]);
    else ranges.push([from, to]);
  }
  if (ranges.length === 1) return [block];
  return ranges.map(([from, to]) => {
    const raw = block.text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    const offset = from + lead;
    return {
      element: block.element,
      headingLevel: block.headingLevel,
      ...(block.loose && { loose: true as const }),
      ...(from === title && { title: true as const }),
      text,
      emphasized: block.emphasized
        .map((r) => ({ start: Math.max(r.start - offset, 0), end: Math.min(r.end - offset, text.length) }))
        .filter((r) => r.end > r.start),
    };
  });
}

/**
 * The top-level number of a dotted clause number ("8.2" → 8, "Section 14" → 14), for telling
 * whether a clause is still under a numbered heading; undefined for other styles, which are not
 * compared.
 */
function topNumber(number: string | undefined): number | undefined {
  const digits = number === undefined ? undefined : numberDigits(number)?.digits;
  return digits === undefined ? undefined : Number(digits.split('.')[0]);
}

/** A number in digits alone on its line ("4.", "2.3"). */
const DIGITS_ONLY = /^\d{1,3}(?:\.\d{1,3})*\.?$/u;

/**
 * Clause numbers set in a cell or box of their own beside their text (a table row "1. | We are
 * not liable…", a row of two boxes) put in front of that text, and so are numbers such as "4."
 * on a line of their own with their text on the next line of the same element ("4.<br>我们鼓励
 * 用户…", "<h2>4.<br>Liability</h2>"). Only there: a number on a line of its own above several
 * paragraphs ("第二条") heads them all, as a title does.
 */
function joinNumbersBeside(blocks: TextBlock[]): TextBlock[] {
  const out: TextBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const next = blocks[i + 1];
    // The row first (two element reads), the number only then: most blocks are in no such row.
    const row = block.element.parentElement;
    const beside = block.element.nextElementSibling;
    const inRow = next !== undefined && block.headingLevel === undefined && row?.childElementCount === 2 && beside?.contains(next.element) === true;
    const nextLine = next !== undefined && next.element === block.element && DIGITS_ONLY.test(block.text);
    const parsed = inRow || nextLine ? parseClauseNumber(block.text) : undefined;
    if (!parsed || block.text.slice(parsed.length).trim() !== '') {
      out.push(block);
      continue;
    }
    const { text, ranges } = joinRanged({ text: block.text, ranges: block.emphasized }, ' ', { text: next.text, ranges: next.emphasized });
    out.push({ ...next, text, emphasized: ranges });
    i++;
  }
  return out;
}

interface Section {
  title: string;
  number?: number;
  /**
   * Its number is named ("Section 14", "§ 3"): the "1." to "6." of its paragraphs are a
   * numbering of their own, not sections that follow it.
   */
  named?: boolean;
  /** Its title is a subsection's ("24.2 Arbitration"). */
  subsection: boolean;
}

export function segmentClauses(input: TextBlock[]): Segment[] {
  const segments: Segment[] = [];
  /** The section the clauses stand in: its title, and its top-level number where it has one. */
  let section: Section | undefined;
  /**
   * The section a subsection's title ("2.1 Extended Warranty") was found in: a clause past the
   * subsection ("3. …") stands in it again, where it is still within it (an unnumbered part).
   */
  let outer: Section | undefined;
  /** The number of the last heading written "17 Warranty disclaimer" (see `bareNumberedTitle`). */
  let lastBareTitle = 0;
  /**
   * The last clause, while it ends in a colon and list items may follow it: all its emphasis
   * (the segment keeps none where it is too little to count) and the list its items are from.
   */
  let lead: { segment: Segment; ranges: TextRange[]; list?: Element; numbering: ListNumbering } | undefined;
  const blocks: Piece[] = joinNumbersBeside(input).flatMap((b) => (b.headingLevel === undefined ? splitBlock(b) : [b]));
  for (const [at, block] of blocks.entries()) {
    const joins = lead && joinedList(block, lead.segment.text.length, lead.list, lead.numbering);
    if (lead && joins) {
      const { segment } = lead;
      const joined = appendItem({ text: segment.text, ranges: lead.ranges }, block);
      const level = emphasisLevel(joined.text, joined.ranges, segment.numberLength);
      Object.assign(lead, { ranges: joined.ranges, list: joins.list, numbering: joins.numbering });
      Object.assign(segment, { text: joined.text, emphasis: level, emphasized: level === 'none' ? [] : joined.ranges, end: joins.list });
      continue;
    }
    lead = undefined;
    const parsed = parseClauseNumber(block.text);
    const numberLength = parsed?.length ?? 0;
    const named = parsed !== undefined && numberDigits(parsed.number)?.named === true;
    const level = emphasisLevel(block.text, block.emphasized, numberLength);
    const together = runTogetherTitles(block.text);
    const bare = bareNumberedTitle(block.text) ?? together?.number;
    // A link to a section ("WHAT ARE YOUR RIGHTS …?" in a table of contents) names it; it is
    // not the title of the text after it (table-of-contents.ts tells such lists).
    const flatTitle = (isLooseTitle(block, blocks[at + 1], numberLength) || looksLikeFlatHeading(block, level, parsed, inSequence(bare, lastBareTitle))) && !isSectionLink(block);
    if (block.title || (block.headingLevel !== undefined && !isProseInHeading(block) && !leadsNumberedList(block, blocks[at + 1])) || together !== undefined || flatTitle) {
      const subsection = parsed !== undefined && numberDepth(parsed.number) > 1;
      if (!subsection) outer = undefined;
      else if (!section?.subsection) outer = section;
      section = { title: together?.heading ?? block.text, number: topNumber(parsed?.number) ?? bare, named, subsection };
      lastBareTitle = bare ?? lastBareTitle;
      continue;
    }
    if (countSignificant(block.text) < 2) continue;
    // "9. Changes …" after the heading "8. Governing law" and its clauses is no longer under it,
    // nor is "1.1" (numbering begun anew: another part, whose heading the page did not mark).
    // "Section 15" leaves "Section 14" and "8. Governing law" alike, a paragraph's "5." a section
    // named "§ 3" not.
    const top = topNumber(parsed?.number);
    const subclause = parsed !== undefined && numberDepth(parsed.number) > 1;
    const comparable = (s: Section) => !s.named || named || subclause;
    const left = (s: Section) => s.number !== undefined && top !== undefined && comparable(s) && (top > s.number || (subclause && top !== s.number));
    if (section && left(section)) {
      section = outer && !left(outer) ? outer : undefined;
      outer = undefined;
    }
    const segment: Segment = {
      block,
      numberLength,
      number: parsed?.number,
      heading: section?.title,
      ...(section?.subsection && outer && { outerHeading: outer.title }),
      text: block.text,
      emphasis: level,
      emphasized: level === 'none' ? [] : block.emphasized,
    };
    segments.push(segment);
    if (introducesList(block.text)) lead = { segment, ranges: block.emphasized, numbering: NEW_NUMBERING };
    // "15. Dispute Resolution. Please read the following arbitration agreement carefully." before
    // "15.1 …", "15.2 …": a section's own first clause, whose opening title heads the section.
    const opening = top !== undefined && !subclause ? openingTitle(block.text, numberLength) : undefined;
    if (opening) {
      if (!section?.subsection) outer = section;
      section = { title: block.text.slice(0, opening.end - 1).trim(), number: top, named, subsection: true };
    }
  }
  return segments;
}
