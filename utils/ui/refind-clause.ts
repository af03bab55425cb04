/**
 * The page's element for a clause, found again after the page replaced it. Single-page apps
 * re-render their terms (a language switch, a framework's update), which leaves the elements
 * found at analysis detached: "Show in page" would scroll to nothing. The clause's opening
 * words are looked for in the page's blocks, the innermost block that holds them wins.
 */
import { BLOCK_TAGS } from '../analysis/blocks';
import { collapseWhitespace } from '../analysis/text';

/** Enough of a clause's start to tell it from the others, short enough to sit in one block. */
const PROBE_LENGTH = 60;

/** The blocks the analysis reads clauses from. */
const BLOCKS = [...BLOCK_TAGS].join(', ').toLowerCase();

export function refindClause(doc: Document, clauseText: string): Element | undefined {
  const probe = collapseWhitespace(clauseText).slice(0, PROBE_LENGTH);
  if (probe.length < 12) return undefined;
  let found: Element | undefined;
  for (const block of doc.body?.querySelectorAll(BLOCKS) ?? []) {
    // Blocks come in document order, outer before inner: a later match inside the last one is closer.
    if (found && !found.contains(block)) break;
    if (collapseWhitespace(block.textContent ?? '').includes(probe)) found = block;
  }
  return found;
}
