import type { Lang } from '../analysis/types';
import { LABELS, toClassification, type Classification } from './labels';
import { LEXICONS } from './lexicon';
import { applyRules, compileLexicon, type CompiledRules } from './rules';

export { detectLanguage } from './language';
export type { Classification } from './labels';

const compiled = new Map<string, CompiledRules>();

function rulesFor(lang: Lang): CompiledRules {
  const key = LEXICONS[lang] ? lang : 'en';
  let rules = compiled.get(key);
  if (!rules) {
    rules = compileLexicon(LEXICONS[key]);
    compiled.set(key, rules);
  }
  return rules;
}

// Reused between calls: classification runs over thousands of sentences per page.
const hits = new Uint8Array(LABELS.length);

/**
 * Key-clause categories of one sentence or clause paragraph. Never returns `other`
 * (the caller adds it); `disputeKind` is present only when `dispute` is.
 */
export function classify(text: string, lang: Lang): Classification {
  const lower = text.toLowerCase();
  applyRules(lower, rulesFor(lang), hits);
  return toClassification(hits);
}
