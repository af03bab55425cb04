/**
 * A table of contents left in the agreement's text ("Table of Contents: • Introduction • … •
 * Disclaimer and Limit of Liability • Governing Law and Dispute Resolution", or a list of links
 * to the sections below) names the sections' topics without saying anything of them: it is no
 * key clause, whatever its words ("2. Our liability to you is limited" is a link, not the
 * limitation). It is told from a list that does say something ("We are not liable for: • loss
 * of profits • loss of data") by its items being the titles of the document's own sections, or
 * links to places in the page. Such a list either joined its lead as one clause (list-lead.ts)
 * or left each item a clause of its own.
 */
import type { TextBlock } from './blocks';
import { joinedItems } from './list-lead';
import { parseClauseNumber } from './numbering';
import type { Segment } from './segment';
import { collapseWhitespace } from './text';

/** Items at least, and the share of them that must be section titles. */
const MIN_ITEMS = 3;
const MIN_TITLE_SHARE = 0.75;

/** The parts of a run-together heading ("2. Obligations › 2.1 Service Eligibility"). */
const HEADING_PARTS = ' › ';
/** A title as compared: without its number, punctuation and case ("4. Disclaimer." → "disclaimer"). */
function comparable(title: string): string {
  return title
    .slice(parseClauseNumber(title)?.length ?? 0)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether enough of `items` (comparable) are among the section `titles`. */
function nameSections(items: readonly string[], titles: ReadonlySet<string>): boolean {
  if (items.length < MIN_ITEMS) return false;
  const named = items.filter((item) => titles.has(item)).length;
  return named >= MIN_ITEMS && named >= MIN_TITLE_SHARE * items.length;
}

/**
 * A block that is only a link to a place in the page ("WHAT ARE YOUR RIGHTS …?" in a table of
 * contents): it names a section and titles nothing. Only the block's first such link is read
 * (a title may carry a permalink, "7. Liability ¶").
 */
export function isSectionLink(block: TextBlock): boolean {
  const link = block.element.querySelector('a[href^="#"]');
  return link !== null && collapseWhitespace(link.textContent ?? '') === block.text;
}

/** Runs of consecutive segments that are items of one list, as segment indices. */
function runsOfOneList(segments: readonly Segment[]): number[][] {
  const runs: number[][] = [];
  let list: Element | null = null;
  segments.forEach((s, index) => {
    const own = s.block.element.closest('ul, ol');
    if (own !== null && own === list) runs[runs.length - 1].push(index);
    else if (own !== null) runs.push([index]);
    list = own;
  });
  return runs;
}

/** Indices of the segments that belong to a table of contents of the document they stand in. */
export function tablesOfContents(segments: readonly Segment[]): Set<number> {
  const found = new Set<number>();
  const titles = new Set<string>();
  for (const s of segments) for (const part of s.heading?.split(HEADING_PARTS) ?? []) titles.add(comparable(part));
  titles.delete('');
  segments.forEach((s, index) => {
    const items = joinedItems(s.text).map(comparable).filter((item) => item !== '');
    if (nameSections(items, titles)) found.add(index);
  });
  for (const run of runsOfOneList(segments)) {
    if (run.length < MIN_ITEMS) continue;
    const named = nameSections(run.map((i) => comparable(segments[i].text)), titles);
    if (named || run.every((i) => isSectionLink(segments[i].block))) for (const i of run) found.add(i);
  }
  return found;
}
