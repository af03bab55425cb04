import { LABELS, LABEL_INDEX, type Label } from './labels';
import type { Lexicon } from './lexicon/types';

/**
 * A lexicon compiled into one global regular expression with one named group per label.
 * A single scan over the text is far cheaper than one test per label (most sentences match
 * nothing), and rule sources never need the `u` flag, which makes V8's matcher much slower.
 */
export interface CompiledRules {
  scan: RegExp;
  /** Group name -> label index, in LABELS order. */
  groups: { name: string; label: number }[];
  veto: (RegExp | undefined)[];
}

/** Compiles the rules of `lex` for the labels in `only` (all by default). */
export function compileLexicon(lex: Lexicon, only?: readonly Label[]): CompiledRules {
  const parts: string[] = [];
  const groups: { name: string; label: number }[] = [];
  for (const label of LABELS) {
    if (only && !only.includes(label)) continue;
    const sources = lex.rules[label];
    if (!sources || sources.length === 0) continue;
    const name = 'g' + LABEL_INDEX[label];
    groups.push({ name, label: LABEL_INDEX[label] });
    parts.push(`(?<${name}>${sources.join('|')})`);
  }
  const veto = LABELS.map((label: Label) => {
    const v = only && !only.includes(label) ? undefined : lex.veto?.[label];
    return v && v.length > 0 ? new RegExp(v.join('|')) : undefined;
  });
  return { scan: new RegExp(parts.length ? parts.join('|') : '(?!)', 'g'), groups, veto };
}

/**
 * Sets `hits[label] = 1` for every label whose rules match `lower` (already lower-cased).
 * Returns the number of labels hit.
 */
export function applyRules(lower: string, rules: CompiledRules, hits: Uint8Array): number {
  hits.fill(0);
  const re = rules.scan;
  re.lastIndex = 0;
  let count = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(lower)) !== null) {
    const g = m.groups;
    if (g) {
      for (const { name, label } of rules.groups) {
        if (g[name] !== undefined && hits[label] === 0) {
          hits[label] = 1;
          count++;
        }
      }
    }
    // Restart one character later so a match of one label cannot hide another label's.
    re.lastIndex = m.index + 1;
  }
  if (count === 0) return 0;
  for (let i = 0; i < hits.length; i++) {
    const v = rules.veto[i];
    if (hits[i] && v && v.test(lower)) {
      hits[i] = 0;
      count--;
    }
  }
  return count;
}
