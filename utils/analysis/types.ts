/**
 * The plain, serialisable result of analysing one page. Everything downstream (panel, lock,
 * command line, research recorder) reads this shape and nothing else from the analysis.
 */

/** Key-clause categories. The first three are the ones the panel always puts first. */
export const CATEGORIES = [
  'liability',
  'law',
  'dispute',
  'change',
  'termination',
  'content-removal',
  'acceptance-by-use',
  'fees',
  'data',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Finer label inside `dispute`, so the panel can tell courts from arbitration. */
export type DisputeKind = 'jurisdiction' | 'arbitration';

/** Languages the analysis knows by name; anything else is reported as its BCP-47 primary tag. */
export type Lang = 'zh' | 'en' | 'de' | 'it' | 'pl' | 'fr' | 'es' | 'ja' | (string & {});

export type EmphasisLevel = 'none' | 'partial' | 'full';

/** A stretch of a clause's text, as character offsets into `Clause.text`. */
export interface TextRange {
  start: number;
  end: number;
}

export interface Clause {
  /** Stable index among the page's clauses (document order). */
  index: number;
  /** The clause's own number as written ("3.4", "第一条", "(a)", "【审慎阅读】"), when it has one. */
  number?: string;
  /** The nearest section heading above the clause. */
  heading?: string;
  text: string;
  emphasis: EmphasisLevel;
  /** Where the provider emphasised part of the clause (empty when none). */
  emphasized: TextRange[];
  categories: Category[];
  disputeKind?: DisputeKind[];
  /** For a clause of linked terms (not in the page): the address of the terms it is from. */
  source?: string;
}

/** `slider`: a slide-to-verify slider that an implicit consent line goes with (slider-controls.ts). */
export type AgreeControlKind = 'checkbox' | 'button' | 'submit' | 'link' | 'slider';

export interface AgreeControl {
  kind: AgreeControlKind;
  text: string;
}

export interface Analysis {
  isAgreement: boolean;
  /** Detection score in [0, 1] and the reasons behind it, for debugging and the CLI. */
  confidence: number;
  reasons: string[];
  language: Lang;
  title: string;
  /** Every clause found in the agreement text. */
  clauses: Clause[];
  /** The clauses worth the user's attention: categorised or emphasised. */
  keyClauses: Clause[];
  agreeControls: AgreeControl[];
}
