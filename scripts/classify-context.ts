/**
 * Training of the context stage (utils/classify/context.ts) on out-of-fold first-stage margins
 * (the inner folds of `trainLanguage`), so that it learns how far the neighbours' scores can be
 * trusted on documents the first stage has not seen. (A logistic regression over all labels'
 * margins of the sentence and its neighbours was tried: it lost more on governing law, where the
 * first stage's own threshold is already good, than it gained on liability. Neither helped: two
 * sentences on each side; separate, larger weights for a neighbour the sentence continues (it
 * starts with a small letter, or the previous one ends with a comma, semicolon or colon), though
 * liability passes on to such sentences twice as often; forcing the margins of sentences too
 * short for a label to "no topic" before this stage; rule-specific words, every word of a
 * sentence paired with the lexicon rule it matches, in the first stage, which gained on dispute
 * what it lost on law. The sentence's place in its document was not tried as a feature: governing
 * law and courts stand mostly in the last 30 % of a document, but so do the model's mistakes on
 * them; in English 12 of 12 wrong governing-law hits and 23 of 25 wrong dispute hits are there,
 * against 57 of 63 and 68 of 83 right ones.)
 */
import { contextFeatures, contextWidth, othersMargin, topTwo, type PackedContext } from '../utils/classify/context';

/** One document's held-out first-stage margins, `n * labels` row by row, with gold flags. */
export interface MarginDoc {
  fold: number;
  n: number;
  margins: Float64Array;
  /** Gold of every column, `n * labels` row by row. */
  gold: Uint8Array;
}

export interface ContextOptions {
  window: number;
  clip: number;
  /** >0: also weigh the strongest margin of the label elsewhere in the document, clipped so. */
  othersClip?: number;
}

/** Context features for label `label` of every sentence of `docs`, row by row, with the gold. */
function design(docs: MarginDoc[], labels: number, label: number, opt: ContextOptions) {
  const d = contextWidth(opt.window, labels, true);
  const n = docs.reduce((s, doc) => s + doc.n, 0);
  const x = new Float64Array(n * d);
  const gold = new Uint8Array(n * labels);
  const z = new Float64Array(d);
  const others = new Float64Array(n);
  let row = 0;
  for (const doc of docs) {
    const top = topTwo(doc.margins, doc.n, labels);
    for (let i = 0; i < doc.n; i++, row++) {
      contextFeatures(doc.margins, doc.n, labels, i, label, opt.window, opt.clip, true, z);
      if (opt.othersClip) others[row] = othersMargin(top, doc.margins, doc.n, labels, i, label, opt.othersClip);
      x.set(z, row * d);
      gold.set(doc.gold.subarray(i * labels, (i + 1) * labels), row * labels);
    }
  }
  return { x, gold, n, d, others };
}

function column(gold: Uint8Array, labels: number, l: number, n: number): Uint8Array {
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) y[i] = gold[i * labels + l];
  return y;
}

/** Best F1 reachable by a threshold on these scores. */
function bestF1(scores: Float64Array, gold: Uint8Array): { f1: number; threshold: number } {
  const order = Array.from(scores.keys()).sort((a, b) => scores[b] - scores[a]);
  let positives = 0;
  for (const g of gold) positives += g;
  let tp = 0;
  let best = -1;
  let bestAt = 0;
  for (let k = 0; k < order.length; k++) {
    tp += gold[order[k]];
    const f1 = (2 * tp) / (k + 1 + positives);
    if (f1 > best && (k + 1 === order.length || scores[order[k + 1]] < scores[order[k]])) {
      best = f1;
      bestAt = k;
    }
  }
  const at = scores[order[bestAt]];
  const next = bestAt + 1 < order.length ? scores[order[bestAt + 1]] : at - 1;
  return { f1: best, threshold: (at + next) / 2 };
}

const GRID = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.7];
const OTHERS_GRID = [-0.5, -0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3, 0.5];

/**
 * The context stage as a re-weighting of the first stage: a label's value is its own margin
 * plus a weight times each neighbour's clipped margin of the same label, the weights (one per
 * offset) picked from a small grid for the best F1 on the held-out margins. With all weights 0
 * it is the first stage, so it can only move away from it where that pays on unseen documents.
 */
export function trainContext(docs: MarginDoc[], labels: number, opt: ContextOptions): PackedContext {
  const d = contextWidth(opt.window, labels, true);
  const columns = [];
  for (let l = 0; l < labels; l++) {
    const all = design(docs, labels, l, opt);
    const y = column(all.gold, labels, l, all.n);
    const offsets = 2 * opt.window;
    const weights = new Float64Array(d);
    weights[l] = 1;
    const scores = new Float64Array(all.n);
    let othersWeight = 0;
    const evaluate = () => {
      for (let i = 0; i < all.n; i++) {
        // The sentence's own margin (clipped, which moves no margin across 0): with weight-0
        // neighbours this decides as the first stage does.
        let v = all.x[i * d + l];
        for (let k = 0; k < offsets; k++) v += weights[labels + k] * all.x[i * d + labels + k];
        scores[i] = v + othersWeight * all.others[i];
      }
      return bestF1(scores, y);
    };
    let best = evaluate();
    /** Tries each value of `grid` for one weight (read by `get`, written by `set`); keeps the best. */
    const search = (grid: readonly number[], get: () => number, set: (w: number) => void) => {
      let keep = get();
      for (const g of grid) {
        set(g);
        const r = evaluate();
        if (r.f1 > best.f1 + 1e-9) {
          best = r;
          keep = g;
        }
      }
      set(keep);
    };
    // Coordinate search: each neighbour weight in turn (and the document weight), twice over.
    for (let round = 0; round < 2; round++) {
      for (let k = 0; k < offsets; k++) search(GRID, () => weights[labels + k], (w) => (weights[labels + k] = w));
      if (opt.othersClip) search(OTHERS_GRID, () => othersWeight, (w) => (othersWeight = w));
    }
    const threshold = evaluate().threshold;
    columns.push({ weights: Array.from(weights), bias: 0, threshold: Number(threshold.toPrecision(5)), ...(othersWeight ? { others: othersWeight } : {}) });
  }
  return { window: opt.window, clip: opt.clip, own: true, columns, ...(opt.othersClip ? { othersClip: opt.othersClip } : {}) };
}
