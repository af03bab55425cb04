import { describe, expect, it } from 'vitest';
import { numberDepth, parseClauseNumber } from '../../utils/analysis/numbering';

describe('parseClauseNumber', () => {
  it.each([
    ['3.2.1. 在您付费之后', '3.2.1'],
    ['13.1. 本协议之订立', '13.1'],
    ['1.1 You must be', '1.1'],
    ['12. DISCLAIMER', '12'],
    ['3) Payment', '3'],
    ['第十三条 争议解决', '第十三条'],
    ['第5条 费用', '第5条'],
    ['一、总则', '一'],
    ['（二）您不得', '（二）'],
    ['(a) the courts', '(a)'],
    ['(iv) any loss', '(iv)'],
    ['Article 5 This Agreement', 'Article 5'],
    ['Section 12.3 Arbitration', 'Section 12.3'],
    ['§ 7 We may', '§ 7'],
    ['【审慎阅读】您在同意', '【审慎阅读】'],
  ])('%s → %s', (text, number) => {
    expect(parseClauseNumber(text)?.number).toBe(number);
  });

  it.each(['2024年1月1日起生效', '100 users may join', 'The Service', '3D printing', '1.5x faster'])('no number in %s', (text) => {
    expect(parseClauseNumber(text)).toBeUndefined();
  });

  it('measures depth of dotted numbers', () => {
    expect(numberDepth('3')).toBe(1);
    expect(numberDepth('3.2.1')).toBe(3);
    expect(numberDepth('第一条')).toBe(1);
  });
});
