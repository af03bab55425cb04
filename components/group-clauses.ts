import { CATEGORIES, type Category, type Clause } from '@/utils/analysis/types';

/**
 * Key clauses grouped for display: each clause under its first category in the panel's order
 * (liability, law, dispute first), so nothing is listed twice.
 */
export function groupByCategory(clauses: Clause[], shown?: readonly Category[]): Array<[Category, Clause[]]> {
  const groups = new Map<Category, Clause[]>();
  for (const clause of clauses) {
    const visible = clause.categories.filter((c) => !shown || shown.includes(c));
    const primary = CATEGORIES.find((c) => visible.includes(c));
    if (!primary) continue;
    const list = groups.get(primary) ?? [];
    list.push(clause);
    groups.set(primary, list);
  }
  return CATEGORIES.filter((c) => groups.has(c)).map((c) => [c, groups.get(c)!]);
}
