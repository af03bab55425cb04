/**
 * Fixture-driven: each file in rule-lexicons/ holds sentences of one language that has rules but
 * no learned model (French, Spanish, Japanese), each with a category it must get, and plain
 * sentences (some of them near misses) that must get no key category, and sentences that must not
 * get one particular category.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify, detectLanguage } from '../../utils/classify';
import { readLexiconCases, RULE_LEXICON_DIR } from './rule-lexicon-cases';

const KEY = ['liability', 'law', 'dispute'];

describe.each(readdirSync(RULE_LEXICON_DIR).filter((f) => f.endsWith('.json')))('rules of %s', (file) => {
  const cases = readLexiconCases(file);

  it.each(cases.clauses)(`${cases.lang}: %s: %s`, (category, text) => {
    expect(detectLanguage(text)).toBe(cases.lang);
    expect(classify(text, cases.lang).categories).toContain(category);
  });

  it.each(cases.plain)(`${cases.lang}: no key category: %s`, (text) => {
    expect(classify(text, cases.lang).categories.filter((c) => KEY.includes(c))).toEqual([]);
  });

  it.each(cases.not ?? [])(`${cases.lang}: not %s: %s`, (category, text) => {
    expect(classify(text, cases.lang).categories).not.toContain(category);
  });

  it('tells courts from arbitration', () => {
    const disputes = cases.clauses.filter(([c]) => c === 'dispute').map(([, text]) => classify(text, cases.lang).disputeKind ?? []);
    expect(disputes.flat()).toContain('jurisdiction');
    expect(disputes.flat()).toContain('arbitration');
  });
});
