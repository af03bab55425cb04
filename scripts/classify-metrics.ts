/** Precision / recall / F1 per category, as the panel sees categories (dispute = courts or arbitration). */
import { LABEL_INDEX } from '../utils/classify/labels';

export const REPORTED = [
  'liability',
  'law',
  'dispute',
  'jurisdiction',
  'arbitration',
  'change',
  'termination',
  'content-removal',
  'acceptance-by-use',
] as const;
export type Reported = (typeof REPORTED)[number];
/** The categories the targets are stated on. */
export const KEY: readonly Reported[] = ['liability', 'law', 'dispute'];

function flag(flags: ArrayLike<number>, cat: Reported): boolean {
  if (cat === 'dispute') return !!(flags[LABEL_INDEX.jurisdiction] || flags[LABEL_INDEX.arbitration]);
  return !!flags[LABEL_INDEX[cat]];
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
}

export class Scoreboard {
  readonly counts = new Map<Reported, Score>(REPORTED.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));

  add(gold: ArrayLike<number>, predicted: ArrayLike<number>): void {
    for (const cat of REPORTED) {
      const g = flag(gold, cat);
      const p = flag(predicted, cat);
      const s = this.counts.get(cat)!;
      if (g && p) s.tp++;
      else if (p) s.fp++;
      else if (g) s.fn++;
    }
  }

  prf(cat: Reported): { p: number; r: number; f1: number } {
    const { tp, fp, fn } = this.counts.get(cat)!;
    const p = tp + fp ? tp / (tp + fp) : 0;
    const r = tp + fn ? tp / (tp + fn) : 0;
    return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  }

  /** Macro-F1 over liability, law and dispute. */
  keyMacroF1(): number {
    return KEY.reduce((s, c) => s + this.prf(c).f1, 0) / KEY.length;
  }
}
