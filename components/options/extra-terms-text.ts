/**
 * Extra detection phrases as the options page edits them: one `category language: phrase`
 * per line (`fees en: cancellation charge`, `data *: ACME Analytics`).
 */
import type { ExtraTerms } from '@/utils/analysis/extra-terms';
import { CATEGORIES, type Category } from '@/utils/analysis/types';

const LINE = /^\s*([a-z-]+)\s+(\*|[a-z]{2,3})\s*:\s*(.*\S)\s*$/u;

export function formatExtraTerms(terms: ExtraTerms): string {
  const lines: string[] = [];
  for (const category of CATEGORIES) {
    for (const [lang, phrases] of Object.entries(terms[category] ?? {})) {
      for (const phrase of phrases ?? []) lines.push(`${category} ${lang}: ${phrase}`);
    }
  }
  return lines.join('\n');
}

/** The terms the text describes, and the lines that describe nothing. */
export function parseExtraTerms(text: string): { terms: ExtraTerms; invalid: string[] } {
  const terms: ExtraTerms = {};
  const invalid: string[] = [];
  for (const raw of text.split('\n')) {
    if (raw.trim() === '') continue;
    const match = LINE.exec(raw);
    if (!match || !(CATEGORIES as readonly string[]).includes(match[1])) {
      invalid.push(raw.trim());
      continue;
    }
    const category = match[1] as Category;
    const byLang = (terms[category] ??= {});
    (byLang[match[2]] ??= []).push(match[3]);
  }
  return { terms, invalid };
}
