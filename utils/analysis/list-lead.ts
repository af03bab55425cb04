/**
 * A clause that ends in a colon and is followed by a list ("we will not be liable for any of
 * the following:", then "loss of profits;", "loss of data;") says little without its items, and
 * its items nothing without it: the items are joined to it, so that the panel shows the
 * exclusion whole and the classifier reads it whole (alone, "loss of data;" is no clause of any
 * kind, and the lead alone does not say what is excluded).
 *
 * Items join where they are list items, lines set with a bullet, or sub-items numbered in their
 * own text ("(a)", "(iv)", "（一）", "(3)", "b) ", "c. "), which keep their numbers in the joined text.
 * Clause numbers ("3.2.1", "4.", "第五条", "二、") stay clauses of their own, with numbers a reader
 * can find in the page, except a list numbered anew from "1." whose items end as list items do
 * ("1. you breach these terms;", see `continuedNumbering`). The join is bounded, so that a list
 * of full clauses after "The following terms apply:" stays apart.
 */
import type { TextBlock } from './blocks';
import { parseClauseNumber, startsWithSubItemNumber } from './numbering';
import { countSignificant, joinRanged } from './text';
import type { TextRange } from './types';

/** An item longer than this is a clause of its own. */
const MAX_ITEM_LENGTH = 400;
/** A lead with its items stays shorter than this (the length of a long paragraph). */
const MAX_JOINED_LENGTH = 1200;

const ENDS_WITH_COLON = /[:：]\s*$/u;
const BULLET = /^[•·▪◦‣●○■□➢►–—*-]\s/u;
/** Put before each item in the joined text, where the page drew the bullet (a list item's marker is not text). */
const ITEM_PREFIX = '\n• ';

export function introducesList(text: string): boolean {
  return ENDS_WITH_COLON.test(text);
}

/**
 * The list an item belongs to: the `ul` or `ol` around a list item, or, for lines set with a
 * bullet, numbered as sub-items or as a list numbered anew (`renumbered`), the element that
 * holds them. Undefined for a block that is no list item.
 */
function listOf(block: TextBlock, renumbered: boolean): Element | undefined {
  const el = block.element;
  const item = el.tagName === 'LI' ? el : el.parentElement?.tagName === 'LI' ? el.parentElement : undefined;
  if (item) return item.parentElement ?? undefined;
  return renumbered || BULLET.test(block.text) || startsWithSubItemNumber(block.text) ? (el.parentElement ?? undefined) : undefined;
}

/**
 * How far a list numbered anew after its lead has got ("本公司有权…：" then "1. …；", "2. …；",
 * "3. …。"): the number its next item must carry, and whether the last item ended as a list
 * item does (";"), so that another may follow.
 */
export interface ListNumbering {
  next: number;
  open: boolean;
}

export const NEW_NUMBERING: ListNumbering = { next: 1, open: false };

/** The end of a list item that another follows: a semicolon or comma, maybe with "or", "and". */
const OPEN_ITEM_END = /[;；,，、]\s*(?:(?:or|and|und|oder|o|e|ou|et|y|lub|oraz|i|或|或者|及|和)\s*)?$/iu;

/**
 * The numbering after `text`, where it is the next item of a list numbered anew after a lead:
 * it carries the number due ("1." first), and it ends as a list item does, or it is the last
 * item after one that did. Undefined otherwise: a clause of the document's own numbering after
 * a lead ("The following terms apply:" then "1. Acceptance. …") stays a clause of its own.
 */
export function continuedNumbering(text: string, numbering: ListNumbering): ListNumbering | undefined {
  const parsed = parseClauseNumber(text);
  if (!parsed || !/^\d{1,2}$/u.test(parsed.number) || Number(parsed.number) !== numbering.next) return undefined;
  const open = OPEN_ITEM_END.test(text);
  return open || numbering.open ? { next: numbering.next + 1, open } : undefined;
}

/**
 * Where `item` joins a lead whose text (with the items so far) is `joinedLength` long, whose
 * items so far are from `list` (undefined before the first) and whose numbered items have got
 * to `numbering`: the list it is from and the numbering after it; undefined where it does not
 * join. An item that itself ends in a colon leads a list of its own. A line of a heading (which
 * Markdown makes of whole sections) joins only as an item of a list numbered anew.
 */
export function joinedList(
  item: TextBlock,
  joinedLength: number,
  list: Element | undefined,
  numbering: ListNumbering,
): { list: Element; numbering: ListNumbering } | undefined {
  if (introducesList(item.text)) return undefined;
  const numbered = parseClauseNumber(item.text) !== undefined && !startsWithSubItemNumber(item.text);
  const renumbered = numbered ? continuedNumbering(item.text, numbering) : undefined;
  if (numbered && !renumbered) return undefined;
  if (item.headingLevel !== undefined && !renumbered) return undefined;
  const itemList = listOf(item, renumbered !== undefined);
  if (!itemList || (list && itemList !== list)) return undefined;
  const fits = item.text.length <= MAX_ITEM_LENGTH && joinedLength + ITEM_PREFIX.length + item.text.length <= MAX_JOINED_LENGTH;
  return fits && countSignificant(item.text) >= 2 ? { list: itemList, numbering: renumbered ?? numbering } : undefined;
}

/** The items joined to a lead, as `appendItem` set them: each on a line of its own, maybe after a bullet. */
export function joinedItems(text: string): string[] {
  return text.split(/\n(?:• )?/u).slice(1);
}

/** The lead's text and emphasis with `item` appended on a line of its own. */
export function appendItem(lead: { text: string; ranges: TextRange[] }, item: TextBlock): { text: string; ranges: TextRange[] } {
  // An item that carries its own mark or number needs no bullet.
  const prefix = BULLET.test(item.text) || parseClauseNumber(item.text) !== undefined ? '\n' : ITEM_PREFIX;
  return joinRanged(lead, prefix, { text: item.text, ranges: item.emphasized });
}
