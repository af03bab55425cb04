/**
 * The rule-lexicon fixtures (rule-lexicons/<lang>.json): sentences of a language that has rules
 * but no learned model, with the category each must get, plain sentences (some of them near
 * misses) that must get no key category, and sentences that must not get one category.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LexiconCases {
  lang: string;
  clauses: Array<[string, string]>;
  plain: string[];
  not?: Array<[string, string]>;
}

export const RULE_LEXICON_DIR = join(import.meta.dirname, 'rule-lexicons');

export function readLexiconCases(file: string): LexiconCases {
  return JSON.parse(readFileSync(join(RULE_LEXICON_DIR, file), 'utf8')) as LexiconCases;
}

/** Every sentence of the cases, whatever it must get. */
export function lexiconCaseTexts(cases: LexiconCases): string[] {
  return [...cases.clauses.map(([, text]) => text), ...cases.plain, ...(cases.not ?? []).map(([, text]) => text)];
}
