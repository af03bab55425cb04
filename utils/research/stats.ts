/**
 * Numbers the dashboard plots, computed from the stored views: pure, so they are tested
 * without a browser and the charts only draw them.
 */
import { CATEGORIES, type Category } from '../analysis/types';
import type { ViewRecord } from './types';

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface ClausePoint {
  expectedMs: number;
  readingMs: number;
  category: Category | undefined;
}

export function clausePoints(views: readonly ViewRecord[]): ClausePoint[] {
  return views.flatMap((v) => v.clauses.map((c) => ({ expectedMs: c.expectedMs, readingMs: c.readingMs, category: c.categories[0] })));
}

export interface CategoryStat {
  category: Category;
  clauses: number;
  medianReadingMs: number;
  medianExpectedMs: number;
}

/** Per category (a clause in several categories counts in each), in the panel's order. */
export function perCategory(views: readonly ViewRecord[]): CategoryStat[] {
  const clauses = views.flatMap((v) => v.clauses);
  return CATEGORIES.map((category) => {
    const inCategory = clauses.filter((c) => c.categories.includes(category));
    return {
      category,
      clauses: inCategory.length,
      medianReadingMs: median(inCategory.map((c) => c.readingMs)) ?? 0,
      medianExpectedMs: median(inCategory.map((c) => c.expectedMs)) ?? 0,
    };
  }).filter((s) => s.clauses > 0);
}

export interface Bin {
  fromMs: number;
  toMs: number;
  count: number;
}

/** A round bin width giving about `target` bins up to `maxMs`. */
function niceWidth(maxMs: number, target: number): number {
  const raw = Math.max(1000, maxMs / target);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].find((m) => m * power >= raw)!;
  return step * power;
}

/** Histogram of time from panel shown to unlock, over the views that unlocked. */
export function unlockHistogram(views: readonly ViewRecord[], target = 10): Bin[] {
  const times = views.map((v) => v.msToUnlock).filter((t): t is number => t !== null);
  if (times.length === 0) return [];
  const width = niceWidth(Math.max(...times), target);
  const bins: Bin[] = [];
  for (let from = 0; from <= Math.max(...times); from += width) bins.push({ fromMs: from, toMs: from + width, count: 0 });
  for (const t of times) bins[Math.min(bins.length - 1, Math.floor(t / width))]!.count++;
  return bins;
}
