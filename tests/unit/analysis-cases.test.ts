/**
 * Fixture-driven: each folder in cases/ holds a page and what the analysis must find in it.
 * `clauses` lists clauses (by number) that must be present with that emphasis and those
 * categories among theirs; `notKey` lists clauses that must not be key clauses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../utils/analysis/analyze';
import { loadDocument } from '../../cli/load-document';

interface Expected {
  isAgreement: boolean;
  language?: string;
  clauses: Array<{ number: string; emphasis: string; categories?: string[]; disputeKind?: string[] }>;
  notKey?: string[];
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
      const clause = analysis.clauses.find((c) => c.number === want.number);
      expect(clause, `clause ${want.number}`).toBeDefined();
      expect(clause!.emphasis, `emphasis of ${want.number}`).toBe(want.emphasis);
      for (const category of want.categories ?? []) expect(clause!.categories, `categories of ${want.number}`).toContain(category);
      if (want.disputeKind) expect(clause!.disputeKind).toEqual(want.disputeKind);
    }
    for (const number of expected.notKey ?? []) {
      expect(analysis.keyClauses.map((c) => c.number), `${number} is not key`).not.toContain(number);
    }
    if (!expected.isAgreement) expect(analysis.agreeControls).toEqual(expected.agreeControls);
    else expect(analysis.agreeControls).toEqual(expected.agreeControls);
  });
});
