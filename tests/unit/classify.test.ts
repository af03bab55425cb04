import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify, detectLanguage } from '../../utils/classify';

const FIXTURE = '../shared/fixtures/aliyun-service-agreement.expected.json';

interface Expected {
  categories: Record<'liability' | 'law' | 'dispute', string[]>;
  clauses: { id: string; text: string }[];
}

describe('classify: Chinese service agreement (aliyun)', () => {
  const expected = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Expected;
  const key = ['liability', 'law', 'dispute'] as const;

  for (const clause of expected.clauses) {
    const want = key.filter((c) => expected.categories[c].includes(clause.id));
    it(`${clause.id} → ${want.join(',') || 'none of liability/law/dispute'}`, () => {
      const got = classify(clause.text, 'zh').categories.filter((c) => (key as readonly string[]).includes(c));
      expect(got.sort()).toEqual([...want].sort());
    });
  }

  it('tells courts from arbitration', () => {
    const courts = expected.clauses.find((c) => c.id === '13.2')!;
    expect(classify(courts.text, 'zh').disputeKind).toEqual(['jurisdiction']);
    expect(classify('因本协议引起的争议，应提交中国国际经济贸易仲裁委员会仲裁。', 'zh').disputeKind).toEqual([
      'arbitration',
    ]);
  });

  it('finds the other categories where they are what the clause is about', () => {
    const byId = (id: string) => classify(expected.clauses.find((c) => c.id === id)!.text, 'zh').categories;
    expect(byId('3.4')).toEqual(expect.arrayContaining(['fees', 'termination']));
    expect(byId('14.2')).toContain('change');
    expect(byId('6.3')).toContain('data');
    expect(byId('6.4')).toContain('data');
  });
});
