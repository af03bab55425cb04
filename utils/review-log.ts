/**
 * How each reviewed agreement ended, kept locally so the user (and the options page) can see
 * which agreements were read and which were skipped. Never leaves the browser.
 */
import { storage } from '#imports';

export type ReviewOutcome = 'read' | 'skipped';

export interface ReviewEntry {
  at: number;
  /** The agreement's site: the page's, or for terms a sign-up form links to, the terms' own. */
  origin: string;
  title: string;
  outcome: ReviewOutcome;
  keyClauses: number;
  /**
   * Of a review read to the end: the fingerprints of its key clauses (clause-fingerprint.ts), by
   * which a later review of the agreement knows what the user has read. No text is kept.
   */
  clauses?: number[];
}

const MAX_ENTRIES = 200;
/** Enough for the longest agreements; the log stays well under storage's quota (200 × 500 × 11 bytes). */
export const MAX_FINGERPRINTS = 500;
const reviewLog = storage.defineItem<ReviewEntry[]>('local:reviewLog', { fallback: [] });

export async function recordReview(entry: ReviewEntry): Promise<void> {
  const entries = await reviewLog.getValue();
  const kept = entry.clauses ? { ...entry, clauses: entry.clauses.slice(0, MAX_FINGERPRINTS) } : entry;
  await reviewLog.setValue([kept, ...entries].slice(0, MAX_ENTRIES));
}

export function getReviewLog(): Promise<ReviewEntry[]> {
  return reviewLog.getValue();
}

/** Forgets every review: each agreement is then reviewed (and locked) as if never read. */
export function clearReviewLog(): Promise<void> {
  return reviewLog.removeValue();
}
