import type { Lang } from '../analysis/types';
import { extractFeatures, MAX_FEATURES } from './features';
import { LABEL_INDEX, LABELS } from './labels';
import { LEXICONS } from './lexicon';
import type { Model } from './model';
import { applyRules, compileLexicon, type CompiledRules } from './rules';

/**
 * How rule hits and model scores become labels:
 * - `rules`: the lexicon alone;
 * - `model`: the model alone (it sees the rule hits as features);
 * - `union`: the model, plus rule hits for the labels listed in `trustRules`.
 */
export type CombineMode = 'rules' | 'model' | 'union';

export interface ClassifierOptions {
  model?: Model;
  mode?: CombineMode;
  trustRules?: readonly string[];
}

/** Texts longer than this are split into sentences: the model was trained on sentences. */
const SPLIT_ABOVE = 400;
const SENTENCE_END = /(?<=[.!?;。！？；])\s+(?=\S)|\n+/;

export class Classifier {
  private readonly compiled = new Map<string, CompiledRules>();
  private readonly hits = new Uint8Array(LABELS.length);
  private readonly features = new Int32Array(MAX_FEATURES);
  private readonly logits: Float64Array;
  private readonly modelLabel: Int32Array;
  private readonly trusted = new Uint8Array(LABELS.length);
  private readonly covered = new Uint8Array(LABELS.length);
  readonly mode: CombineMode;

  constructor(private readonly options: ClassifierOptions = {}) {
    this.mode = options.model ? (options.mode ?? 'model') : 'rules';
    const labels = options.model?.labels ?? [];
    this.logits = new Float64Array(labels.length);
    this.modelLabel = Int32Array.from(labels, (l) => LABEL_INDEX[l as keyof typeof LABEL_INDEX] ?? -1);
    for (const i of this.modelLabel) if (i >= 0) this.covered[i] = 1;
    for (const l of options.trustRules ?? []) this.trusted[LABEL_INDEX[l as keyof typeof LABEL_INDEX]] = 1;
  }

  rulesFor(lang: Lang): CompiledRules {
    const key = LEXICONS[lang] ? lang : 'en';
    let rules = this.compiled.get(key);
    if (!rules) {
      rules = compileLexicon(LEXICONS[key]);
      this.compiled.set(key, rules);
    }
    return rules;
  }

  /** Sets `flags[i]` (indexed like LABELS) for every label of `text`. */
  classifyInto(text: string, lang: Lang, flags: Uint8Array): void {
    flags.fill(0);
    const model = this.options.model;
    const useModel = this.mode !== 'rules' && model !== undefined && model.langs.has(lang);
    if (useModel && text.length > SPLIT_ABOVE) {
      for (const part of text.split(SENTENCE_END)) if (part) this.classifyOne(part, lang, flags, true);
    } else {
      this.classifyOne(text, lang, flags, useModel);
    }
  }

  private classifyOne(text: string, lang: Lang, flags: Uint8Array, useModel: boolean): void {
    const lower = text.toLowerCase();
    const hits = this.hits;
    applyRules(lower, this.rulesFor(lang), hits);
    const model = this.options.model;
    if (!useModel || !model) {
      for (let i = 0; i < hits.length; i++) flags[i] |= hits[i];
      return;
    }
    const n = extractFeatures(text, lower, lang, hits, this.features);
    model.score(this.features, n, this.logits);
    const union = this.mode === 'union';
    for (let i = 0; i < hits.length; i++) {
      // Labels the model does not predict (no training data for them) come from the rules;
      // in `union` mode so do the labels whose rules are trusted on their own.
      if (hits[i] && (!this.covered[i] || (union && this.trusted[i]))) flags[i] = 1;
    }
    for (let m = 0; m < this.modelLabel.length; m++) {
      const i = this.modelLabel[m];
      if (i >= 0 && this.logits[m] >= model.threshold[m]) flags[i] = 1;
    }
  }
}
