/**
 * Detection phrases an administrator adds on top of the classifier: category → language →
 * phrases. A clause whose text contains one of its language's phrases (or one listed under
 * `*`), ignoring case, gets that category in addition to what the classifier found.
 */
import { CATEGORIES, type Category, type Lang } from './types';

export type ExtraTerms = Partial<Record<Category, Partial<Record<string, string[]>>>>;

export type ExtraTermMatcher = (text: string, lang: Lang) => Category[];

/** Prepares the phrase lists once per analysis; thousands of clauses reuse them. */
export function extraTermMatcher(terms: ExtraTerms | undefined): ExtraTermMatcher | undefined {
  if (!terms) return undefined;
  const table: Array<{ category: Category; lang: string; phrases: string[] }> = [];
  for (const category of CATEGORIES) {
    for (const [lang, phrases] of Object.entries(terms[category] ?? {})) {
      const cleaned = (phrases ?? []).map((p) => p.trim().toLocaleLowerCase()).filter((p) => p !== '');
      if (cleaned.length > 0) table.push({ category, lang: lang.toLowerCase(), phrases: cleaned });
    }
  }
  if (table.length === 0) return undefined;
  return (text, lang) => {
    const lower = text.toLocaleLowerCase();
    const primary = lang.toLowerCase().split(/[-_]/u)[0];
    const found: Category[] = [];
    for (const entry of table) {
      if (found.includes(entry.category) || (entry.lang !== '*' && entry.lang !== primary)) continue;
      if (entry.phrases.some((p) => lower.includes(p))) found.push(entry.category);
    }
    return found;
  };
}

/** The classifier's categories plus the extra ones, in the panel's order, without repeats. */
export function withExtraCategories(categories: Category[], extra: Category[]): Category[] {
  if (extra.length === 0) return categories;
  return CATEGORIES.filter((c) => categories.includes(c) || extra.includes(c));
}
