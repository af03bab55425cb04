import type { Lang } from '../analysis/types';
import { extractFeatures, MAX_FEATURES } from './features';
import { LABEL_INDEX, LABELS } from './labels';
import { LEXICONS } from './lexicon';
import type { Model } from './model';
import { applyRules, compileLexicon, type CompiledRules } from './rules';

/** Texts longer than this are split into sentences: the models were trained on sentences. */
const SPLIT_ABOVE = 400;
const SENTENCE_END = /(?<=[.!?;。！？；])\s+(?=\S)|\n+/;

/**
 * Rules and models together. Where a language has a model, the model decides the labels it was
 * trained for and the rules only the others (fees, data); languages without a model (Chinese,
 * Japanese, ...) are classified by their rules alone.
 */
export class Classifier {
  private readonly compiled = new Map<string, CompiledRules>();
  private readonly hits = new Uint8Array(LABELS.length);
  private readonly features = new Uint32Array(MAX_FEATURES);
  private readonly logits = new Float64Array(LABELS.length + 1);
  private readonly margins = new Float64Array(LABELS.length);
  private readonly models = new Map<string, Prepared>();

  constructor(models: ReadonlyMap<string, Model> = new Map()) {
    for (const [lang, model] of models) this.models.set(lang, prepare(model));
  }

  /** The rules of `lang`: all of them, or only those for the labels its model does not decide. */
  rulesFor(lang: Lang): CompiledRules {
    let rules = this.compiled.get(lang);
    if (!rules) {
      const lexicon = LEXICONS[lang] ?? LEXICONS.en;
      const prepared = this.models.get(lang);
      const others = prepared ? LABELS.filter((_, i) => !prepared.covered[i]) : undefined;
      rules = compileLexicon(lexicon, others);
      this.compiled.set(lang, rules);
    }
    return rules;
  }

  /** Sets `flags[i]` (indexed like LABELS) for every label of `text`. */
  classifyInto(text: string, lang: Lang, flags: Uint8Array): void {
    flags.fill(0);
    const model = this.models.get(lang);
    if (model && text.length > SPLIT_ABOVE) {
      for (const part of text.split(SENTENCE_END)) if (part) this.classifyOne(part, lang, flags, model);
    } else {
      this.classifyOne(text, lang, flags, model);
    }
  }

  private classifyOne(text: string, lang: Lang, flags: Uint8Array, prepared: Prepared | undefined): void {
    const lower = text.toLowerCase();
    const hits = this.hits;
    applyRules(lower, this.rulesFor(lang), hits);
    if (!prepared) {
      for (let i = 0; i < hits.length; i++) flags[i] |= hits[i];
      return;
    }
    const { model, column, covered, dispute } = prepared;
    const n = extractFeatures(lower, lang, this.features);
    const logits = this.logits;
    model.score(this.features, n, logits);
    for (let i = 0; i < hits.length; i++) if (hits[i] && !covered[i]) flags[i] = 1;
    const margins = this.margins.fill(-Infinity);
    for (let m = 0; m < column.length; m++) {
      if (column[m] < 0) continue;
      margins[column[m]] = logits[m] - model.threshold[m];
      if (margins[column[m]] >= 0) flags[column[m]] = 1;
    }
    if (dispute < 0) return;
    // The dispute column decides whether the sentence is about disputes at all; the kind
    // columns only tell courts from arbitration (the more confident one if neither is sure).
    if (logits[dispute] < model.threshold[dispute]) {
      flags[J] = 0;
      flags[A] = 0;
    } else if (!flags[J] && !flags[A]) {
      flags[margins[J] >= margins[A] ? J : A] = 1;
    }
  }
}

const J = LABEL_INDEX.jurisdiction;
const A = LABEL_INDEX.arbitration;

/** A model with its columns mapped to label indices once, not per sentence. */
interface Prepared {
  model: Model;
  /** Label index of each model column (-1 for `dispute`). */
  column: Int32Array;
  /** Labels the model decides (the rules decide the others). */
  covered: Uint8Array;
  /** Column of the dispute gate, or -1. */
  dispute: number;
}

function prepare(model: Model): Prepared {
  const column = Int32Array.from(model.labels, (l) => LABEL_INDEX[l as keyof typeof LABEL_INDEX] ?? -1);
  const covered = new Uint8Array(LABELS.length);
  for (const i of column) if (i >= 0) covered[i] = 1;
  return { model, column, covered, dispute: model.labels.indexOf('dispute') };
}
