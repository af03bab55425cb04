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
 * can find in the page. The join is bounded, so that a list of full clauses after "The
 * following terms apply:" stays apart.
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
 * bullet or numbered as sub-items, the element that holds them. Undefined for a block that is
 * no list item.
 */
function listOf(block: TextBlock): Element | undefined {
  const el = block.element;
  const item = el.tagName === 'LI' ? el : el.parentElement?.tagName === 'LI' ? el.parentElement : undefined;
  if (item) return item.parentElement ?? undefined;
  return BULLET.test(block.text) || startsWithSubItemNumber(block.text) ? (el.parentElement ?? undefined) : undefined;
}

/**
 * The list `item` is from, where it joins a lead whose text (with the items so far) is
 * `joinedLength` long and whose items so far are from `list` (undefined before the first);
 * undefined where it does not join. An item that itself ends in a colon leads a list of its own.
 */
export function joinedList(item: TextBlock, joinedLength: number, list: Element | undefined): Element | undefined {
  if (item.headingLevel !== undefined || introducesList(item.text)) return undefined;
  if (parseClauseNumber(item.text) !== undefined && !startsWithSubItemNumber(item.text)) return undefined;
  const itemList = listOf(item);
  if (!itemList || (list && itemList !== list)) return undefined;
  const fits = item.text.length <= MAX_ITEM_LENGTH && joinedLength + ITEM_PREFIX.length + item.text.length <= MAX_JOINED_LENGTH;
  return fits && countSignificant(item.text) >= 2 ? itemList : undefined;
}

/** The lead's text and emphasis with `item` appended on a line of its own. */
export function appendItem(lead: { text: string; ranges: TextRange[] }, item: TextBlock): { text: string; ranges: TextRange[] } {
  const prefix = BULLET.test(item.text) || startsWithSubItemNumber(item.text) ? '\n' : ITEM_PREFIX;
  return joinRanged(lead, prefix, { text: item.text, ranges: item.emphasized });
}
