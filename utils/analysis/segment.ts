/**
 * Blocks → clauses. Headings (real ones, and short emphasised or numbered lines that pages
 * flattened into plain paragraphs) become the section titles of the clauses below them;
 * every other block is a clause with its number, when it has one.
 */
import type { TextBlock } from './blocks';
import { numberDepth, parseClauseNumber } from './numbering';
import { countSignificant } from './text';
import type { EmphasisLevel, TextRange } from './types';

export interface Segment {
  block: TextBlock;
  number?: string;
  heading?: string;
  text: string;
  emphasis: EmphasisLevel;
  emphasized: TextRange[];
}

const SENTENCE_END = /[。！？!?；;：:.,，]$/u;

function emphasisLevel(text: string, ranges: TextRange[], skip: number): EmphasisLevel {
  const total = countSignificant(text.slice(skip));
  if (total === 0 || ranges.length === 0) return 'none';
  let covered = 0;
  for (const r of ranges) covered += countSignificant(text.slice(Math.max(r.start, skip), r.end));
  if (covered === 0) return 'none';
  // The clause number itself is often left plain; what counts is the clause's words.
  return covered / total >= 0.9 ? 'full' : 'partial';
}

function looksLikeFlatHeading(block: TextBlock, level: EmphasisLevel, number?: string): boolean {
  const length = countSignificant(block.text);
  if (length === 0 || length > 40 || SENTENCE_END.test(block.text)) return false;
  if (level === 'full') return true;
  // "13. 法律适用及争议解决" set as a plain paragraph: a top-level number and a short title.
  return number !== undefined && numberDepth(number) === 1 && length <= 24;
}

/**
 * Pages (and Markdown underlined with "=====") put whole paragraphs in heading elements; a
 * "heading" that reads as sentences is a clause.
 */
function isProseInHeading(block: TextBlock): boolean {
  const length = countSignificant(block.text);
  return length > 80 || (length > 30 && /[。；;.!?！？]\s*\S/u.test(block.text));
}

export function segmentClauses(blocks: TextBlock[]): Segment[] {
  const segments: Segment[] = [];
  let heading: string | undefined;
  for (const block of blocks) {
    const parsed = parseClauseNumber(block.text);
    const level = emphasisLevel(block.text, block.emphasized, parsed?.length ?? 0);
    if ((block.headingLevel !== undefined && !isProseInHeading(block)) || looksLikeFlatHeading(block, level, parsed?.number)) {
      heading = block.text;
      continue;
    }
    if (countSignificant(block.text) < 2) continue;
    segments.push({
      block,
      number: parsed?.number,
      heading,
      text: block.text,
      emphasis: level,
      emphasized: level === 'none' ? [] : block.emphasized,
    });
  }
  return segments;
}
