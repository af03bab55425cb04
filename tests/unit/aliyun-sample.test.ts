/**
 * The seed agreement, as a full page and inside a sign-up form's scrolling box, against the
 * expected file that ships with it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../utils/analysis/analyze';
import { loadDocument } from '../../cli/load-document';

const fixtures = join(import.meta.dirname, '../../../shared/fixtures');
interface ExpectedClause {
  id: string;
  emphasis: 'none' | 'partial' | 'full';
  category: string | null;
  text: string;
}
const expected = JSON.parse(readFileSync(join(fixtures, 'aliyun-service-agreement.expected.json'), 'utf8')) as {
  categories: Record<'liability' | 'law' | 'dispute', string[]>;
  clauses: ExpectedClause[];
};

describe.each(['aliyun-service-agreement.html', 'aliyun-signup-scrollbox.html'])('%s', (file) => {
  const analysed = loadDocument(join(fixtures, file)).then((loaded) => analyzeDocument(loaded.document, { url: loaded.url }));

  it('is an agreement in Chinese', async () => {
    const { analysis } = await analysed;
    expect(analysis.isAgreement).toBe(true);
    expect(analysis.language).toBe('zh');
  });

  it('finds every clause with its number and emphasis level', async () => {
    const { analysis } = await analysed;
    for (const want of expected.clauses) {
      const clause = analysis.clauses.find((c) => c.number === want.id);
      expect(clause, `clause ${want.id}`).toBeDefined();
      expect(clause!.text).toBe(want.text);
      expect(clause!.emphasis, `emphasis of ${want.id}`).toBe(want.emphasis);
    }
  });

  it('keeps every emphasised clause as a key clause, with its section heading', async () => {
    const { analysis } = await analysed;
    const keyNumbers = analysis.keyClauses.map((c) => c.number);
    for (const want of expected.clauses.filter((c) => c.emphasis !== 'none')) expect(keyNumbers).toContain(want.id);
    expect(analysis.clauses.find((c) => c.number === '13.1')!.heading).toBe('13. 法律适用及争议解决');
  });

  it('marks only the emphasised part of a partly emphasised clause', async () => {
    const { analysis } = await analysed;
    const clause = analysis.clauses.find((c) => c.number === '【审慎阅读】')!;
    const marked = clause.emphasized.map((r) => clause.text.slice(r.start, r.end)).join('');
    expect(marked.startsWith('特别是免除或者限制责任的条款')).toBe(true);
    expect(marked).not.toContain('您在同意本协议之前');
  });

  it('puts liability, law and dispute clauses in their categories, emphasised or not', async () => {
    const { analysis } = await analysed;
    const byNumber = new Map(analysis.clauses.map((c) => [c.number, c]));
    for (const category of ['liability', 'law', 'dispute'] as const) {
      for (const id of expected.categories[category]) {
        expect(byNumber.get(id)?.categories, `${id} is ${category}`).toContain(category);
      }
    }
    expect(byNumber.get('13.2')!.disputeKind).toEqual(['jurisdiction']);
  });

  it('does not put clauses outside those lists into liability, law or dispute', async () => {
    const { analysis } = await analysed;
    const listed = new Set(Object.values(expected.categories).flat());
    const wrong = analysis.clauses.filter(
      (c) => c.number && !listed.has(c.number) && c.categories.some((k) => k === 'liability' || k === 'law' || k === 'dispute'),
    );
    // A few borderline clauses (confidentiality, data loss caused by the user) may be read as
    // liability; most must not be.
    expect(wrong.length, wrong.map((c) => c.number).join(', ')).toBeLessThanOrEqual(4);
  });

  it('finds the agree checkbox and the submit button', async () => {
    const { analysis } = await analysed;
    expect(analysis.agreeControls.map((c) => c.kind)).toEqual(['checkbox', 'submit']);
    expect(analysis.agreeControls[0].text).toContain('我已阅读并同意');
  });
});
