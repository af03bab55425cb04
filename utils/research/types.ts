/**
 * What research mode records, as plain serialisable objects. One `ViewRecord` per agreement
 * view; it carries its clauses and its scroll-depth timeline. The export columns in
 * `docs/research.md` are these fields, in this order.
 */
import type { Category } from '../analysis/types';

/** How a view ended: the agree control used after unlocking, the review skipped, or the page left. */
export type ViewOutcome = 'accepted' | 'skipped' | 'left';

/** Reading speed is counted in words, or in characters for Chinese (and Japanese) text. */
export type LengthUnit = 'words' | 'characters';

export interface ClauseRecord {
  /** `Clause.index`: the clause's position among all clauses of the page. */
  clauseIndex: number;
  /** Position in the panel, from 0 (top). */
  panelPosition: number;
  number: string;
  categories: Category[];
  length: number;
  unit: LengthUnit;
  /** Time the clause was at least half on screen in the panel while the reader was present. */
  readingMs: number;
  /** What the clause takes at the configured reading speed. */
  expectedMs: number;
  /** How often the reader jumped to the clause in the page ("Show in page"). */
  jumps: number;
  /**
   * New or reworded since the participant last read this agreement to the end (false on a first
   * view; absent from records of versions before it was kept).
   */
  newSinceRead?: boolean;
  /** Only when the policy allows clause text to leave the browser. */
  heading?: string;
  text?: string;
}

export interface ScrollSample {
  /** Milliseconds since the panel was shown. */
  t: number;
  /** Share of the key-clause list seen so far at that moment: bottom of the visible part / total height, 0–1. */
  depth: number;
}

export interface ViewRecord {
  /** Random id of this view; also the upload event id (collectors de-duplicate on it). */
  viewId: string;
  /** Random id of this browser profile's participation, not linked to any account. */
  participantId: string;
  studyId: string;
  /** Epoch milliseconds when the panel was shown (or when consent was given, on the first view). */
  startedAt: number;
  /** Epoch milliseconds of the last update. */
  updatedAt: number;
  origin: string;
  /** Full page URL; empty unless the policy allows it. */
  url: string;
  language: string;
  keyClauses: number;
  keyClauseWords: number;
  keyClauseCharacters: number;
  outcome: ViewOutcome;
  /** Panel shown → agree controls unlocked by reading (or by skipping); null when never. */
  msToUnlock: number | null;
  /** Panel shown → agree control used after unlocking; null when never. */
  msToAccept: number | null;
  /** Time the reader was present (tab visible, window focused, not idle) with the panel open. */
  activeMs: number;
  /** False while the page is still open: the record may still grow. */
  final: boolean;
  /**
   * When the participant last read this agreement to the end (epoch ms), if ever: a repeat view,
   * unlocked from the start when nothing in it is new (earlier-read.ts). Absent from records of
   * versions before it was kept.
   */
  readBeforeAt?: number | null;
  clauses: ClauseRecord[];
  scroll: ScrollSample[];
}
