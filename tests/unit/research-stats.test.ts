/** The dashboard's numbers: medians, per-category figures and the time-to-unlock histogram. */
import { describe, expect, it } from 'vitest';
import { clausePoints, median, perCategory, unlockHistogram } from '@/utils/research/stats';
import type { ClauseRecord, ViewRecord } from '@/utils/research/types';

const clause = (categories: ClauseRecord['categories'], readingMs: number, expectedMs: number): ClauseRecord => ({
  clauseIndex: 0, panelPosition: 0, number: '', categories, length: 1, unit: 'words', readingMs, expectedMs, jumps: 0,
});
const view = (msToUnlock: number | null, clauses: ClauseRecord[]): ViewRecord => ({
  viewId: String(Math.random()), participantId: 'p', studyId: '', startedAt: 0, updatedAt: 0, origin: '', url: '', language: 'en',
  keyClauses: clauses.length, keyClauseWords: 0, keyClauseCharacters: 0, outcome: 'left', msToUnlock, msToAccept: null, activeMs: 0,
  final: true, clauses, scroll: [],
});

describe('research statistics', () => {
  it('medians', () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('groups reading time by category, counting a clause in each of its categories', () => {
    const views = [view(1000, [clause(['liability'], 1000, 4000), clause(['law', 'dispute'], 3000, 6000)]), view(null, [clause(['liability'], 5000, 8000)])];
    expect(perCategory(views)).toEqual([
      { category: 'liability', clauses: 2, medianReadingMs: 3000, medianExpectedMs: 6000 },
      { category: 'law', clauses: 1, medianReadingMs: 3000, medianExpectedMs: 6000 },
      { category: 'dispute', clauses: 1, medianReadingMs: 3000, medianExpectedMs: 6000 },
    ]);
    expect(clausePoints(views)).toHaveLength(3);
  });

  it('bins time to unlock with a round width, leaving out views that never unlocked', () => {
    const bins = unlockHistogram([view(1500, []), view(9000, []), view(47_000, []), view(null, [])]);
    expect(bins[0]).toEqual({ fromMs: 0, toMs: 5000, count: 1 });
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(3);
    expect(bins.at(-1)!.count).toBe(1);
    expect(unlockHistogram([view(null, [])])).toEqual([]);
  });
});
