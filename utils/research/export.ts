/**
 * Exports of the recorded views — three CSV tables (views, clauses, scroll timeline) and one
 * JSON document — and their parsers, so an export can be read back into exactly the records
 * it came from. The columns are documented in docs/research.md; keep the two in step.
 */
import type { Category } from '../analysis/types';
import { escapeText, parseCsv, toCsv, unescapeText } from './csv';
import type { ClauseRecord, LengthUnit, ScrollSample, ViewOutcome, ViewRecord } from './types';

export const EXPORT_SCHEMA = 'clausewise-research/1';

export const VIEW_COLUMNS = [
  'viewId', 'participantId', 'studyId', 'startedAt', 'updatedAt', 'origin', 'url', 'language',
  'keyClauses', 'keyClauseWords', 'keyClauseCharacters', 'outcome', 'msToUnlock', 'msToAccept',
  'activeMs', 'final', 'readBeforeAt',
] as const;

export const CLAUSE_COLUMNS = [
  'viewId', 'clauseIndex', 'panelPosition', 'number', 'categories', 'length', 'unit', 'readingMs',
  'expectedMs', 'readingToExpected', 'jumps', 'heading', 'text', 'newSinceRead',
] as const;

export const SCROLL_COLUMNS = ['viewId', 't', 'depth'] as const;

export interface CsvExport {
  views: string;
  clauses: string;
  scroll: string;
}

const num = (n: number | null) => (n === null ? '' : String(n));
const iso = (ms: number) => new Date(ms).toISOString();

/** Reading time over expected time, 3 decimals; empty when nothing was expected. */
export function readingToExpected(clause: Pick<ClauseRecord, 'readingMs' | 'expectedMs'>): number | null {
  return clause.expectedMs > 0 ? Math.round((clause.readingMs / clause.expectedMs) * 1000) / 1000 : null;
}

export function toCsvExport(views: readonly ViewRecord[]): CsvExport {
  const viewRows = views.map((v) => [
    v.viewId, v.participantId, escapeText(v.studyId), iso(v.startedAt), iso(v.updatedAt), escapeText(v.origin), escapeText(v.url),
    escapeText(v.language), num(v.keyClauses), num(v.keyClauseWords), num(v.keyClauseCharacters), v.outcome,
    num(v.msToUnlock), num(v.msToAccept), num(v.activeMs), String(v.final),
    // Records kept before these fields existed have neither: empty, and false.
    v.readBeforeAt == null ? '' : iso(v.readBeforeAt),
  ]);
  const clauseRows = views.flatMap((v) =>
    v.clauses.map((c) => [
      v.viewId, num(c.clauseIndex), num(c.panelPosition), escapeText(c.number), c.categories.join('|'), num(c.length), c.unit,
      num(c.readingMs), num(c.expectedMs), num(readingToExpected(c)), num(c.jumps), escapeText(c.heading ?? ''), escapeText(c.text ?? ''),
      String(c.newSinceRead === true),
    ]),
  );
  const scrollRows = views.flatMap((v) => v.scroll.map((s) => [v.viewId, num(s.t), num(s.depth)]));
  return {
    views: toCsv(VIEW_COLUMNS, viewRows),
    clauses: toCsv(CLAUSE_COLUMNS, clauseRows),
    scroll: toCsv(SCROLL_COLUMNS, scrollRows),
  };
}

export function toJsonExport(views: readonly ViewRecord[], exportedAt = Date.now()): string {
  return JSON.stringify({ schema: EXPORT_SCHEMA, exportedAt: iso(exportedAt), views }, null, 2);
}

export function parseJsonExport(text: string): ViewRecord[] {
  const parsed = JSON.parse(text) as { schema?: string; views?: ViewRecord[] };
  if (parsed.schema !== EXPORT_SCHEMA || !Array.isArray(parsed.views)) throw new Error('not a Clausewise research export');
  return parsed.views;
}

/** Rows of a table as objects keyed by its header, checking the header is the one expected. */
function table<C extends string>(text: string, columns: readonly C[]): Array<Record<C, string>> {
  const [header, ...rows] = parseCsv(text);
  if (!header || header.join(',') !== columns.join(',')) throw new Error(`unexpected CSV header: ${header?.join(',')}`);
  return rows.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i] ?? ''])) as Record<C, string>);
}

const toNum = (s: string) => Number(s);
const toNullable = (s: string) => (s === '' ? null : Number(s));

/** Reads the three CSV tables back into view records. */
export function parseCsvExport(csv: CsvExport): ViewRecord[] {
  const views = table(csv.views, VIEW_COLUMNS).map(
    (r): ViewRecord => ({
      viewId: r.viewId,
      participantId: r.participantId,
      studyId: unescapeText(r.studyId),
      startedAt: Date.parse(r.startedAt),
      updatedAt: Date.parse(r.updatedAt),
      origin: unescapeText(r.origin),
      url: unescapeText(r.url),
      language: unescapeText(r.language),
      keyClauses: toNum(r.keyClauses),
      keyClauseWords: toNum(r.keyClauseWords),
      keyClauseCharacters: toNum(r.keyClauseCharacters),
      outcome: r.outcome as ViewOutcome,
      msToUnlock: toNullable(r.msToUnlock),
      msToAccept: toNullable(r.msToAccept),
      activeMs: toNum(r.activeMs),
      final: r.final === 'true',
      readBeforeAt: r.readBeforeAt === '' ? null : Date.parse(r.readBeforeAt),
      clauses: [],
      scroll: [],
    }),
  );
  const byId = new Map(views.map((v) => [v.viewId, v]));
  for (const r of table(csv.clauses, CLAUSE_COLUMNS)) {
    const text = unescapeText(r.text);
    const clause: ClauseRecord = {
      clauseIndex: toNum(r.clauseIndex),
      panelPosition: toNum(r.panelPosition),
      number: unescapeText(r.number),
      categories: (r.categories === '' ? [] : r.categories.split('|')) as Category[],
      length: toNum(r.length),
      unit: r.unit as LengthUnit,
      readingMs: toNum(r.readingMs),
      expectedMs: toNum(r.expectedMs),
      jumps: toNum(r.jumps),
      newSinceRead: r.newSinceRead === 'true',
      // Clause text is recorded only when the policy allows; a recorded clause always has text.
      ...(text !== '' ? { heading: unescapeText(r.heading), text } : {}),
    };
    byId.get(r.viewId)?.clauses.push(clause);
  }
  for (const r of table(csv.scroll, SCROLL_COLUMNS)) {
    const sample: ScrollSample = { t: toNum(r.t), depth: toNum(r.depth) };
    byId.get(r.viewId)?.scroll.push(sample);
  }
  return views;
}
