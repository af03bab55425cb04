import type { Lang } from '../analysis/types';
import { extractFeatures, MAX_FEATURES } from './features';
import { LABEL_INDEX, LABELS, type Label } from './labels';
import { LEXICONS } from './lexicon';
import { applyContext } from './context';
import type { Model } from './model';
import { PlainStatements } from './plain-statements';
import { appendRuleKeys, applyRules, compileLexicon, ruleFeatureMask, scannedLabels, type CompiledRules } from './rules';

/**
 * Names in Chinese title marks: laws, rules and other documents (《最高人民法院关于审理……适用法律
 * 若干问题的解释》, 《隐私政策》). A name is no clause: the rules read the text without them.
 */
const TITLE_MARKS = /《[^《》]{1,80}》/g;

/**
 * Fewer sentences than this are decided each alone, as `classifyInto` decides them. The context
 * stage learned from whole terms of 97 sentences and more, where the strongest candidate for a
 * label elsewhere in the document is its real clause; in a few lines there is mostly none, and
 * reading that as "this is the document's only candidate" turns labels on everywhere. In
 * cross-validation, sentences sent one at a time scored a macro-F1 of 0.38 in German with the
 * context stage against 0.73 alone (English 0.73 against 0.80), and runs of 25 sentences 0.64
 * against 0.73 (English 0.79 against 0.80); whole documents gain from it (German 0.747 against
 * 0.733). Runs cut out of longer terms lose even at 50 or 100 sentences (German 0.69 and 0.72):
 * the stage is for whole documents, and the 50 only keeps it off what cannot be one.
 */
const CONTEXT_MIN_SENTENCES = 50;

/** Texts longer than this are split into sentences: the models were trained on sentences. */
const SPLIT_ABOVE = 400;
const SENTENCE_END = /(?<=[.!?;。！？；])\s+(?=\S)|\n+/;
/**
 * Rules and models together. Where a language has a model, the model decides the labels it was
 * trained for and the rules only the others (fees, data), except that the lexicon's plain
 * statements ("Gerichtsstand ist München") put their label on whatever the model says (on the
 * labelled corpus this moved macro-F1 by at most 0.003 either way; on shops' terse clauses it
 * is the difference between found and lost). Languages without a model (Chinese, Japanese, ...)
 * are classified by their rules alone.
 */
export class Classifier {
  private readonly compiled = new Map<string, CompiledRules>();
  /** The rules of the section-topic labels alone, per language (see `topicRulesInto`). */
  private readonly topicRules = new Map<string, CompiledRules>();
  /** Rule hits of the text being classified (all scanned labels). */
  private readonly hits = new Uint8Array(LABELS.length);
  /** Rule hits of one part of a long text. */
  private readonly partHits = new Uint8Array(LABELS.length);
  private readonly features = new Uint32Array(MAX_FEATURES);
  /** Words of the text last read by `extractFeatures`, and its sentence ends between words. */
  private readonly words = new Int32Array(2);
  /** Whether the text last read by `marginsOf` holds more than one sentence. */
  private severalSentences = false;
  private readonly margins = new Float64Array(LABELS.length + 1);
  private readonly partMargins = new Float64Array(LABELS.length + 1);
  private readonly models = new Map<string, Prepared>();
  private readonly plain = new PlainStatements();

  constructor(models: ReadonlyMap<string, Model> = new Map()) {
    for (const [lang, model] of models) this.models.set(lang, prepare(lang, model));
  }

  /**
   * The rules of `lang`: all of them, or those for the labels its model does not decide plus
   * those whose hits the model weighs (rules.ts `scannedLabels`).
   */
  rulesFor(lang: Lang): CompiledRules {
    let rules = this.compiled.get(lang);
    if (!rules) {
      const lexicon = LEXICONS[lang] ?? LEXICONS.en;
      const prepared = this.models.get(lang);
      const scanned = prepared ? scannedLabels(prepared.model.labels, prepared.model.features?.rules) : undefined;
      rules = compileLexicon(lexicon, scanned);
      this.compiled.set(lang, rules);
    }
    return rules;
  }

  /**
   * Sets `flags[i]` (indexed like LABELS) for the labels a section's title may name (liability,
   * law, the two kinds of dispute, change of terms) whose lexicon rules match `text`, whatever
   * the language's model says.
   */
  topicRulesInto(text: string, lang: Lang, flags: Uint8Array): void {
    let rules = this.topicRules.get(lang);
    if (!rules) this.topicRules.set(lang, (rules = compileLexicon(LEXICONS[lang] ?? LEXICONS.en, TOPIC_LABELS)));
    const lower = text.toLowerCase();
    applyRules(lower.includes('《') ? lower.replace(TITLE_MARKS, '《》') : lower, rules, flags);
  }

  /** Sets `flags[i]` (indexed like LABELS) for every label of `text`. */
  classifyInto(text: string, lang: Lang, flags: Uint8Array): void {
    flags.fill(0);
    const prepared = this.models.get(lang);
    const lower = text.toLowerCase();
    this.applyRulesInto(lower, lang, prepared, flags);
    if (!prepared) return;
    const margins = this.margins;
    const words = this.marginsOf(text, lower, lang, prepared, margins);
    decide(prepared, margins, 0, flags, words);
    this.plain.applyInto(lower, lang, words, this.severalSentences, flags);
  }

  /**
   * Labels of the consecutive sentences of one document, one flag array (indexed like LABELS)
   * each. Where the language's model has a context stage and the document is long enough for it
   * (`CONTEXT_MIN_SENTENCES`), a sentence's labels also depend on its neighbours' scores;
   * otherwise this is `classifyInto` sentence by sentence.
   */
  classifyDocument(sentences: readonly string[], lang: Lang): Uint8Array[] {
    const prepared = this.models.get(lang);
    const n = sentences.length;
    const flags: Uint8Array[] = new Array(n);
    const L = prepared ? prepared.column.length : 0;
    const first = new Float64Array(n * L);
    const words = new Int32Array(n);
    const plain: Uint8Array[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const lower = sentences[i].toLowerCase();
      flags[i] = new Uint8Array(LABELS.length);
      this.applyRulesInto(lower, lang, prepared, flags[i]);
      if (!prepared) continue;
      words[i] = this.marginsOf(sentences[i], lower, lang, prepared, this.margins);
      plain[i] = new Uint8Array(LABELS.length);
      this.plain.applyInto(lower, lang, words[i], this.severalSentences, plain[i]);
      for (let m = 0; m < L; m++) first[i * L + m] = this.margins[m];
    }
    if (!prepared) return flags;
    const ctx = prepared.model.context;
    let final = first;
    if (ctx && ctx.columns.length === L && n >= CONTEXT_MIN_SENTENCES) {
      final = new Float64Array(n * L);
      applyContext(ctx, first, n, final);
    }
    for (let i = 0; i < n; i++) {
      decide(prepared, final, i * L, flags[i], words[i]);
      for (let l = 0; l < LABELS.length; l++) if (plain[i][l]) flags[i][l] = 1;
    }
    return flags;
  }

  /**
   * Rule hits into `this.hits`, and into `flags` those of the labels the rules decide: all
   * labels for languages without a model, else those the model does not decide.
   */
  private applyRulesInto(lower: string, lang: Lang, prepared: Prepared | undefined, flags: Uint8Array): void {
    const hits = this.hits;
    applyRules(lower.includes('《') ? lower.replace(TITLE_MARKS, '《》') : lower, this.rulesFor(lang), hits);
    for (let i = 0; i < hits.length; i++) if (hits[i] && (!prepared || !prepared.covered[i])) flags[i] = 1;
  }

  /**
   * First-stage margin (decision value minus threshold) of every model column; texts longer than
   * a sentence are split and each column takes its most confident part. Returns the number of
   * words of the text (of all its parts).
   */
  private marginsOf(text: string, lower: string, lang: Lang, prepared: Prepared, out: Float64Array): number {
    if (lower.length <= SPLIT_ABOVE) {
      this.sentenceMargins(text, lower, this.hits, prepared, out);
      this.severalSentences = this.words[1] > 0;
      return this.words[0];
    }
    this.severalSentences = true;
    let words = 0;
    const L = prepared.column.length;
    const part = this.partMargins;
    out.fill(-Infinity, 0, L);
    // Parts of the original text where the model looks at capitals, else of the lower-cased one.
    const shape = prepared.model.features?.shape === true;
    for (const sentence of (shape ? text : lower).split(SENTENCE_END)) {
      if (!sentence) continue;
      const partLower = shape ? sentence.toLowerCase() : sentence;
      if (prepared.ruleFeatures) applyRules(partLower, this.rulesFor(lang), this.partHits);
      this.sentenceMargins(sentence, partLower, this.partHits, prepared, part);
      words += this.words[0];
      for (let m = 0; m < L; m++) if (part[m] > out[m]) out[m] = part[m];
    }
    return words;
  }

  /** `hits`: the rule hits of `lower` (read only where the model weighs rule hits). */
  private sentenceMargins(text: string, lower: string, hits: Uint8Array, prepared: Prepared, out: Float64Array): void {
    const { model } = prepared;
    let n = extractFeatures(lower, prepared.lang, this.features, model.features, text, this.words);
    if (prepared.ruleFeatures) n = appendRuleKeys(hits, prepared.ruleFeatures, this.features, n);
    model.score(this.features, n, out);
    for (let m = 0; m < prepared.column.length; m++) out[m] -= model.threshold[m];
  }
}

/**
 * Sets the model's labels in `flags` from the margins at `margins[at..]` of a text of `words`
 * words (a label is off where the text has fewer words than its `minWords`).
 */
function decide(prepared: Prepared, margins: Float64Array, at: number, flags: Uint8Array, words: number): void {
  const { column, dispute } = prepared;
  const minWords = prepared.model.minWords;
  for (let m = 0; m < column.length; m++) {
    if (column[m] >= 0 && margins[at + m] >= 0 && words >= minWords[m]) flags[column[m]] = 1;
  }
  if (dispute < 0) return;
  // The dispute column decides whether the sentence is about disputes at all; the kind
  // columns only tell courts from arbitration (the more confident one if neither is sure).
  if (margins[at + dispute] < 0 || words < minWords[dispute]) {
    flags[J] = 0;
    flags[A] = 0;
  } else if (!flags[J] && !flags[A]) {
    const { juris, arb } = prepared;
    const courts = words < minWords[arb] || (words >= minWords[juris] && margins[at + juris] >= margins[at + arb]);
    flags[courts ? J : A] = 1;
  }
}

/**
 * The labels whose rules `topicRulesInto` applies: the categories every review shows (liability,
 * law and dispute's two kinds), and change of terms.
 */
const TOPIC_LABELS: readonly Label[] = ['liability', 'law', 'jurisdiction', 'arbitration', 'change'];

const J = LABEL_INDEX.jurisdiction;
const A = LABEL_INDEX.arbitration;

/** A model with its columns mapped to label indices once, not per sentence. */
interface Prepared {
  lang: string;
  model: Model;
  /** Label index of each model column (-1 for `dispute`). */
  column: Int32Array;
  /** Labels the model decides (the rules decide the others). */
  covered: Uint8Array;
  /** Labels whose rule hits are features of the model (indexed like LABELS), or none. */
  ruleFeatures?: Uint8Array;
  /** Column of the dispute gate, or -1. */
  dispute: number;
  /** Columns of the two dispute kinds. */
  juris: number;
  arb: number;
}

function prepare(lang: string, model: Model): Prepared {
  const column = Int32Array.from(model.labels, (l) => LABEL_INDEX[l as keyof typeof LABEL_INDEX] ?? -1);
  const covered = new Uint8Array(LABELS.length);
  for (const i of column) if (i >= 0) covered[i] = 1;
  const rules = model.features?.rules;
  return {
    lang,
    model,
    column,
    covered,
    ...(rules && rules.length > 0 && { ruleFeatures: ruleFeatureMask(rules) }),
    dispute: model.labels.indexOf('dispute'),
    juris: model.labels.indexOf('jurisdiction'),
    arb: model.labels.indexOf('arbitration'),
  };
}
