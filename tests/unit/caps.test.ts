import { describe, expect, it } from 'vitest';
import { allCapsRanges } from '../../utils/analysis/text';

describe('allCapsRanges', () => {
  it('finds a disclaimer in capitals inside normal text', () => {
    const text = 'Please note: THE SERVICE IS PROVIDED AS IS WITHOUT WARRANTY. Thank you.';
    const [range] = allCapsRanges(text);
    expect(text.slice(range.start, range.end)).toBe('THE SERVICE IS PROVIDED AS IS WITHOUT WARRANTY.');
  });
  it('ignores acronyms and short shouting', () => {
    expect(allCapsRanges('Acme LLC of the USA uses AWS and GCP.')).toEqual([]);
    expect(allCapsRanges('READ THIS now')).toEqual([]);
  });
});
