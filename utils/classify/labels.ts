import type { Category, DisputeKind } from '../analysis/types';

/**
 * The labels the classifier works with internally. `dispute` is split into its two kinds
 * because courts and arbitration use different vocabulary and the panel shows them apart.
 */
export const LABELS = [
  'liability',
  'law',
  'jurisdiction',
  'arbitration',
  'change',
  'termination',
  'content-removal',
  'acceptance-by-use',
  'fees',
  'data',
] as const;
export type Label = (typeof LABELS)[number];

/** Labels that have sentence-level annotations in the training corpus (the model predicts these). */
export const MODEL_LABELS = LABELS.slice(0, 8) as readonly Label[];

export const LABEL_INDEX: Record<Label, number> = Object.fromEntries(
  LABELS.map((l, i) => [l, i]),
) as Record<Label, number>;

export interface Classification {
  categories: Category[];
  disputeKind?: DisputeKind[];
}

/** Turns a set of label flags (indexed like LABELS) into the public result shape. */
export function toClassification(flags: ArrayLike<number>): Classification {
  const categories: Category[] = [];
  if (flags[0]) categories.push('liability');
  if (flags[1]) categories.push('law');
  const juris = flags[2] !== 0;
  const arb = flags[3] !== 0;
  if (juris || arb) categories.push('dispute');
  for (let i = 4; i < LABELS.length; i++) if (flags[i]) categories.push(LABELS[i] as Category);
  if (!juris && !arb) return { categories };
  const disputeKind: DisputeKind[] = [];
  if (juris) disputeKind.push('jurisdiction');
  if (arb) disputeKind.push('arbitration');
  return { categories, disputeKind };
}
