/**
 * Fixture-driven: each folder in cases/ holds a page and what the analysis must find in it.
 * `clauses` lists clauses (by number, or by how their text starts) that must be present with that emphasis and those
 * categories among theirs, and where given, the section heading they stand under (null: none)
 * and passages their text must hold; `notKey` lists clauses that must not be key clauses;
 * `notKeyText` lists texts no key clause may start with; `clauseCount`, where given, how many
 * clauses the page has.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../utils/analysis/analyze';
import { loadDocument } from '../../cli/load-document';

interface Expected {
  isAgreement: boolean;
  language?: string;
  clauses: Array<{ number?: string; startsWith?: string; emphasis: string; categories?: string[]; disputeKind?: string[]; heading?: string | null; includes?: string[] }>;
  notKey?: string[];
  notKeyText?: string[];
  clauseCount?: number;
  agreeControls: Array<{ kind: string; text: string }>;
}

const casesDir = join(import.meta.dirname, 'cases');

describe.each(readdirSync(casesDir))('case %s', (name) => {
  const expected = JSON.parse(readFileSync(join(casesDir, name, 'expected.json'), 'utf8')) as Expected;

  it('matches its expected analysis', async () => {
    const loaded = await loadDocument(join(casesDir, name, 'page.html'));
    const { analysis } = analyzeDocument(loaded.document, { url: loaded.url });
    expect(analysis.isAgreement, analysis.reasons.join('; ')).toBe(expected.isAgreement);
    if (expected.language) expect(analysis.language).toBe(expected.language);
    for (const want of expected.clauses) {
      const clause = analysis.clauses.find((c) => (want.number !== undefined ? c.number === want.number : c.text.startsWith(want.startsWith!)));
      const name = want.number ?? want.startsWith;
      expect(clause, `clause ${name}`).toBeDefined();
      expect(clause!.emphasis, `emphasis of ${name}`).toBe(want.emphasis);
      for (const category of want.categories ?? []) expect(clause!.categories, `categories of ${name}`).toContain(category);
      if (want.disputeKind) expect(clause!.disputeKind).toEqual(want.disputeKind);
      if (want.heading !== undefined) expect(clause!.heading ?? null, `heading of ${name}`).toBe(want.heading);
      for (const passage of want.includes ?? []) expect(clause!.text, `text of ${name}`).toContain(passage);
    }
    for (const text of expected.notKeyText ?? []) {
      expect(analysis.keyClauses.filter((c) => c.text.startsWith(text)), `"${text}" is not key`).toEqual([]);
    }
    if (expected.clauseCount !== undefined) expect(analysis.clauses.map((c) => c.text)).toHaveLength(expected.clauseCount);
    for (const number of expected.notKey ?? []) {
      expect(analysis.keyClauses.map((c) => c.number), `${number} is not key`).not.toContain(number);
    }
    expect(analysis.agreeControls).toEqual(expected.agreeControls);
  });
});
