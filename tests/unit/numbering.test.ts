import { describe, expect, it } from 'vitest';
import { numberDepth, numberDigits, parseClauseNumber } from '../../utils/analysis/numbering';

describe('parseClauseNumber', () => {
  it.each([
    ['3.2.1. 在您付费之后', '3.2.1'],
    ['13.1. 本协议之订立', '13.1'],
    ['1.1 You must be', '1.1'],
    ['12. DISCLAIMER', '12'],
    ['3) Payment', '3'],
    ['第十三条 争议解决', '第十三条'],
    ['第5条 费用', '第5条'],
    ['第１２条（準拠法）', '第１２条'],
    ['２．当社は、', '２'],
    ['３．１ 当社は', '３．１'],
    ['Cláusula 7 Ley aplicable', 'Cláusula 7'],
    ['一、总则', '一'],
    ['（二）您不得', '（二）'],
    ['(a) the courts', '(a)'],
    ['(iv) any loss', '(iv)'],
    ['b. Mail a Notice of Dispute First.', 'b'],
    ['ii. Disputes Involving More than $75,000.', 'ii'],
    ['Article 5 This Agreement', 'Article 5'],
    ['Section 12.3 Arbitration', 'Section 12.3'],
    ['§ 7 We may', '§ 7'],
    ['【审慎阅读】您在同意', '【审慎阅读】'],
    ['IV. LIMITATION OF LIABILITY', 'IV'],
    ['II. Your Account', 'II'],
    ['①因不可抗力导致的损失；', '①'],
    ['⑵ 您违反本协议的；', '⑵'],
  ])('%s → %s', (text, number) => {
    expect(parseClauseNumber(text)?.number).toBe(number);
  });

  it.each(['２０２６年４月１日施行', '2024年1月1日起生效', '100 users may join', 'The Service', '3D printing', '1.5x faster', 'J. Smith signs for us', 'i.e. the Store', 'I. e. the Store', 'V. important notice'])('no number in %s', (text) => {
    expect(parseClauseNumber(text)).toBeUndefined();
  });

  it('measures depth of dotted numbers', () => {
    expect(numberDepth('3')).toBe(1);
    expect(numberDepth('3.2.1')).toBe(3);
    expect(numberDepth('第一条')).toBe(1);
  });

  it('reads the digits of dotted numbers and of numbers a word names, and of no other style', () => {
    expect(numberDigits('8.2')).toEqual({ digits: '8.2', named: false });
    expect(numberDigits(parseClauseNumber('Section 14: Governing Law')!.number)).toEqual({ digits: '14', named: true });
    expect(numberDigits(parseClauseNumber('§ 7 Haftung')!.number)).toEqual({ digits: '7', named: true });
    expect(numberDigits(parseClauseNumber('Article 5.2 We may')!.number)).toEqual({ digits: '5.2', named: true });
    for (const text of ['(a) We may', '第五条 责任', '一、总则']) expect(numberDigits(parseClauseNumber(text)!.number), text).toBeUndefined();
  });
});

describe('segmentClauses on run-together and overlong paragraphs', async () => {
  const { segmentClauses } = await import('../../utils/analysis/segment');
  const block = (text: string) => ({ element: {} as Element, text, emphasized: [] });

  it('splits clauses a page ran into one paragraph', () => {
    const segments = segmentClauses([block('3.1 服务费用将在页面列明。3.2 先付费：您应先付款。第四条 您不得转让账号。')]);
    expect(segments.map((s) => s.number)).toEqual(['3.1', '3.2', '第四条']);
    expect(segments[1].text).toBe('3.2 先付费：您应先付款。');
  });

  it('keeps version numbers and decimals inside sentences', () => {
    const segments = segmentClauses([block('1.1 Requires version 2.5 or later. The fee is 3.50 per month.')]);
    expect(segments).toHaveLength(1);
  });

  it('cuts an overlong paragraph into sentence groups', () => {
    const sentence = 'You agree that the provider may change these terms at any time without notice to you. ';
    const segments = segmentClauses([block(sentence.repeat(40))]);
    expect(segments.length).toBeGreaterThan(2);
    expect(segments.every((s) => s.text.length <= 700)).toBe(true);
  });
});
