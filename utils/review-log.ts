/**
 * How each reviewed agreement ended, kept locally so the user (and the options page) can see
 * which agreements were read and which were skipped. Never leaves the browser.
 */
import { storage } from '#imports';

export type ReviewOutcome = 'read' | 'skipped';

export interface ReviewEntry {
  at: number;
  origin: string;
  title: string;
  outcome: ReviewOutcome;
  keyClauses: number;
}

const MAX_ENTRIES = 200;
const reviewLog = storage.defineItem<ReviewEntry[]>('local:reviewLog', { fallback: [] });

export async function recordReview(entry: ReviewEntry): Promise<void> {
  const entries = await reviewLog.getValue();
  await reviewLog.setValue([entry, ...entries].slice(0, MAX_ENTRIES));
}

export function getReviewLog(): Promise<ReviewEntry[]> {
  return reviewLog.getValue();
}
