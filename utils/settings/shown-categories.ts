/**
 * What the panel lists under the `shownCategories` setting: key clauses keep only the shown
 * categories, and a clause left with none is not listed. `clauses` (every clause) is kept
 * whole, and indices stay valid for finding each clause in the page.
 */
import type { Analysis, Category } from '../analysis/types';

export function withShownCategories(analysis: Analysis, shown: readonly Category[]): Analysis {
  const keyClauses = analysis.keyClauses
    .map((clause) => {
      const categories = clause.categories.filter((c) => shown.includes(c));
      if (categories.length === clause.categories.length) return clause;
      const { disputeKind, ...rest } = clause;
      return { ...rest, categories, ...(disputeKind && categories.includes('dispute') && { disputeKind }) };
    })
    .filter((clause) => clause.categories.length > 0);
  return { ...analysis, keyClauses };
}
