/**
 * Exports read back into exactly the records they were made from: the three CSV tables and
 * the JSON document, with awkward text (commas, quotes, line breaks, formula-like cells,
 * Chinese) and empty values.
 */
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '@/utils/research/csv';
import { CLAUSE_COLUMNS, parseCsvExport, parseJsonExport, toCsvExport, toJsonExport, VIEW_COLUMNS } from '@/utils/research/export';
import type { ViewRecord } from '@/utils/research/types';

function view(overrides: Partial<ViewRecord> = {}): ViewRecord {
  return {
    viewId: '6f1c2d3e-0000-4000-8000-000000000001',
    participantId: 'p-1',
    studyId: 'study, "2025"',
    startedAt: Date.UTC(2025, 4, 6, 7, 8, 9, 123),
    updatedAt: Date.UTC(2025, 4, 6, 7, 9, 0, 7),
    origin: 'https://shop.example',
    url: '',
    language: 'en',
    keyClauses: 2,
    keyClauseWords: 120,
    keyClauseCharacters: 0,
    outcome: 'accepted',
    msToUnlock: 15234,
    msToAccept: 17000,
    activeMs: 16000,
    final: true,
    readBeforeAt: null,
    clauses: [
      { clauseIndex: 4, panelPosition: 0, number: '3.4', categories: ['liability', 'fees'], length: 80, unit: 'words', readingMs: 9000, expectedMs: 20168, jumps: 1, newSinceRead: false },
      { clauseIndex: 9, panelPosition: 1, number: '', categories: ['law'], length: 40, unit: 'words', readingMs: 0, expectedMs: 10084, jumps: 0, newSinceRead: false },
    ],
    scroll: [
      { t: 0, depth: 0.31 },
      { t: 1250, depth: 1 },
    ],
    ...overrides,
  };
}

const withText = view({
  viewId: 'v-2',
  outcome: 'left',
  msToUnlock: null,
  msToAccept: null,
  final: false,
  // A repeat view: read to the end before, one key clause reworded since.
  readBeforeAt: Date.UTC(2025, 3, 30, 12, 0, 0, 5),
  language: 'zh',
  url: 'https://example.cn/terms?a=1,2#x',
  keyClauseWords: 0,
  keyClauseCharacters: 30,
  clauses: [
    {
      clauseIndex: 0, panelPosition: 0, number: '第一条', categories: ['dispute'], length: 30, unit: 'characters', readingMs: 4100, expectedMs: 4500, jumps: 2, newSinceRead: true,
      heading: '=HYPERLINK("x")', text: '本协议适用中华人民共和国法律，\n"争议" 提交杭州仲裁委员会仲裁。',
    },
    { clauseIndex: 1, panelPosition: 1, number: '-2', categories: [], length: 3, unit: 'words', readingMs: 10, expectedMs: 756, jumps: 0, newSinceRead: false, heading: '', text: "'quoted" },
  ],
  scroll: [],
});

describe('research exports', () => {
  it('CSV tables parse back to the recorded views', () => {
    const views = [view(), withText];
    const csv = toCsvExport(views);
    expect(csv.views.split('\r\n')[0]).toBe(VIEW_COLUMNS.join(','));
    expect(csv.clauses.split('\r\n')[0]).toBe(CLAUSE_COLUMNS.join(','));
    expect(parseCsvExport(csv)).toEqual(views);
  });

  it('exports the records of versions before repeat views were kept as first views', () => {
    const { readBeforeAt: _, ...old } = view({ clauses: view().clauses.map(({ newSinceRead: _new, ...clause }) => clause) });
    const [parsed] = parseCsvExport(toCsvExport([old]));
    expect(parsed.readBeforeAt).toBeNull();
    expect(parsed.clauses.map((c) => c.newSinceRead)).toEqual([false, false]);
  });

  it('neutralises formula-like cells for spreadsheets', () => {
    const rows = parseCsv(toCsvExport([withText]).clauses);
    expect(rows[1]![CLAUSE_COLUMNS.indexOf('heading')]).toBe(`'=HYPERLINK("x")`);
    expect(rows[1]![CLAUSE_COLUMNS.indexOf('readingToExpected')]).toBe('0.911');
  });

  it('JSON parses back to the recorded views', () => {
    const views = [view(), withText];
    expect(parseJsonExport(toJsonExport(views))).toEqual(views);
    expect(() => parseJsonExport('{"views":[]}')).toThrow();
  });

  it('CSV handles quotes, commas and line breaks', () => {
    const rows = [['a,b', 'say "hi"', 'two\nlines', ''], ['x', '', '\r\n', 'é']];
    expect(parseCsv(toCsv(['1', '2', '3', '4'], rows))).toEqual([['1', '2', '3', '4'], ...rows]);
  });
});
