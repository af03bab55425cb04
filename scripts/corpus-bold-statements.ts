/**
 * The statements that the corpus's Markdown agreements set in bold (`**…**`; the dataset kept
 * the apps' bold so) and whether the analysis shows each inside a clause it takes for
 * emphasised: a measure of emphasis finding on real Chinese agreements, whatever shape the
 * rendered page takes (the corpus's sections end in "=====" lines, which make every section a
 * heading in any CommonMark renderer). Titles in bold ("**第九条【免责】**") are no statements.
 */
import type { Analysis } from '../utils/analysis/types';
import { parseClauseNumber } from '../utils/analysis/numbering';
import { collapseWhitespace, countSignificant } from '../utils/analysis/text';
import { isTitleLike } from '../utils/analysis/title-like';

/** Bold runs shorter than this (significant characters) are terms or titles, not statements. */
const MIN_STATEMENT = 10;

export interface BoldStatements {
  total: number;
  /** The statements not found inside an emphasised clause. */
  missed: string[];
}

/** Markdown's backslash escapes ("1\\. ") as the rendered text has them. */
const unescapeMarkdown = (text: string): string => text.replace(/\\([\\`*_{}[\]()#+\-.!|])/gu, '$1');
/** Text without white space, which Markdown's line breaks and the page's blocks place differently. */
const squeezed = (text: string): string => text.replace(/\s+/gu, '');

/** The bold statements of a Markdown source: text of each `**…**` run that reads as a statement. */
export function boldStatementsOf(markdown: string): string[] {
  return [...markdown.matchAll(/\*\*(?!\s)([^*]+?)(?<!\s)\*\*/gu)]
    .map((m) => collapseWhitespace(unescapeMarkdown(m[1])).trim())
    .filter((text) => countSignificant(text) >= MIN_STATEMENT && !isTitleLike(text, parseClauseNumber(text)?.length ?? 0));
}

/** Which of `markdown`'s bold statements `analysis` shows in an emphasised clause. */
export function findBoldStatements(markdown: string, analysis: Analysis): BoldStatements {
  const emphasised = analysis.clauses.filter((c) => c.emphasis !== 'none').map((c) => squeezed(c.text));
  const statements = boldStatementsOf(markdown);
  // A statement may run over several lines, which the page shows as blocks of their own, or be
  // split into sentence groups: its first characters are enough to place it. Its number may
  // stand on a line of its own ("**9.5\n如我们发现……**"), which the page reads as a heading.
  const missed = statements.filter((s) => {
    const start = squeezed(s.slice(parseClauseNumber(s)?.length ?? 0)).slice(0, 20);
    return !emphasised.some((text) => text.includes(start));
  });
  return { total: statements.length, missed };
}
