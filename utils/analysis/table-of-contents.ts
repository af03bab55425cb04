/**
 * A table of contents left in the agreement's text ("Table of Contents: • Introduction •
 * Obligations • … • Disclaimer and Limit of Liability • Governing Law and Dispute Resolution")
 * joins its lead as a list (list-lead.ts) and names the sections' topics without saying anything
 * of them: it is no key clause, whatever its words. It is told from a list of topics that does
 * say something ("We are not liable for: • loss of profits • loss of data") by its items being
 * the titles of the document's own sections.
 */
import type { Segment } from './segment';

/** Items at least, and the share of them that must be section titles. */
const MIN_ITEMS = 3;
const MIN_TITLE_SHARE = 0.75;

/** The part of a run-together heading ("2. Obligations › 2.1 Service Eligibility"). */
const HEADING_PARTS = ' › ';
/** Where the joined text starts an item (list-lead.ts `ITEM_PREFIX`). */
const ITEM_START = /\n(?:•\s*)?/u;

/** A title as compared: without its number, punctuation and case ("4. Disclaimer." → "disclaimer"). */
function comparable(title: string): string {
  return title
    .toLowerCase()
    .replace(/^\s*(?:\d+(?:\.\d+)*[.)]?|[ivxlc]{1,6}[.)])\s+/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Indices of the segments that are tables of contents of the document they stand in. */
export function tablesOfContents(segments: readonly Segment[]): Set<number> {
  const found = new Set<number>();
  const titles = new Set<string>();
  for (const s of segments) for (const part of s.heading?.split(HEADING_PARTS) ?? []) titles.add(comparable(part));
  titles.delete('');
  if (titles.size < MIN_ITEMS) return found;
  segments.forEach((s, index) => {
    const items = s.text.split(ITEM_START).slice(1).map(comparable).filter((item) => item !== '');
    if (items.length < MIN_ITEMS) return;
    const named = items.filter((item) => titles.has(item)).length;
    if (named >= MIN_ITEMS && named >= MIN_TITLE_SHARE * items.length) found.add(index);
  });
  return found;
}
