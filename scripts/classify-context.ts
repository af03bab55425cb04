/**
 * Training of the context stage (utils/classify/context.ts): per label, an L2-regularised
 * logistic regression over the first stage's clipped margins of a sentence and its neighbours.
 * It is fitted on out-of-fold first-stage margins (the inner folds of `trainLanguage`), so it
 * learns how far the first stage can be trusted on documents it has not seen, and its
 * thresholds come from a further cross-fitting over the same folds.
 */
import { contextFeatures, contextWidth, type PackedContext } from '../utils/classify/context';

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
  own: boolean;
  l2: number;
}

/** Newton's method on the L2-regularised log loss; the bias (last weight) is not regularised. */
export function fitLogistic(x: Float64Array, y: Uint8Array, n: number, d: number, l2: number): Float64Array {
  const D = d + 1;
  const w = new Float64Array(D);
  const grad = new Float64Array(D);
  const hess = new Float64Array(D * D);
  for (let iter = 0; iter < 30; iter++) {
    grad.fill(0);
    hess.fill(0);
    for (let i = 0; i < n; i++) {
      const row = i * d;
      let z = w[d];
      for (let f = 0; f < d; f++) z += w[f] * x[row + f];
      const p = 1 / (1 + Math.exp(-z));
      const r = p - y[i];
      const s = Math.max(p * (1 - p), 1e-9);
      for (let f = 0; f <= d; f++) {
        const xf = f < d ? x[row + f] : 1;
        grad[f] += r * xf;
        const hrow = f * D;
        for (let g = 0; g <= f; g++) hess[hrow + g] += s * xf * (g < d ? x[row + g] : 1);
      }
    }
    for (let f = 0; f < d; f++) {
      grad[f] += l2 * w[f];
      hess[f * D + f] += l2;
    }
    hess[d * D + d] += 1e-6;
    for (let f = 0; f < D; f++) for (let g = 0; g < f; g++) hess[g * D + f] = hess[f * D + g];
    const step = solve(hess, grad, D);
    let size = 0;
    for (let f = 0; f < D; f++) {
      w[f] -= step[f];
      size = Math.max(size, Math.abs(step[f]));
    }
    if (size < 1e-6) break;
  }
  return w;
}

/** Solves `a x = b` for a symmetric positive definite `a` (Cholesky). */
function solve(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * n + j];
      for (let k = 0; k < j; k++) sum -= l[i * n + k] * l[j * n + k];
      l[i * n + j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[j * n + j];
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = b[i];
    for (let k = 0; k < i; k++) sum -= l[i * n + k] * y[k];
    y[i] = sum / l[i * n + i];
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let sum = y[i];
    for (let k = i + 1; k < n; k++) sum -= l[k * n + i] * x[k];
    x[i] = sum / l[i * n + i];
  }
  return x;
}

/** Context features for label `label` of every sentence of `docs`, row by row, with the gold. */
function design(docs: MarginDoc[], labels: number, label: number, opt: ContextOptions) {
  const d = contextWidth(opt.window, labels, opt.own);
  const n = docs.reduce((s, doc) => s + doc.n, 0);
  const x = new Float64Array(n * d);
  const gold = new Uint8Array(n * labels);
  const z = new Float64Array(d);
  let row = 0;
  for (const doc of docs) {
    for (let i = 0; i < doc.n; i++, row++) {
      contextFeatures(doc.margins, doc.n, labels, i, label, opt.window, opt.clip, opt.own, z);
      x.set(z, row * d);
      gold.set(doc.gold.subarray(i * labels, (i + 1) * labels), row * labels);
    }
  }
  return { x, gold, n, d };
}

function column(gold: Uint8Array, labels: number, l: number, n: number): Uint8Array {
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) y[i] = gold[i * labels + l];
  return y;
}

function value(w: Float64Array, x: Float64Array, row: number, d: number): number {
  let v = w[d];
  for (let f = 0; f < d; f++) v += w[f] * x[row * d + f];
  return v;
}

/** The threshold with the best F1 on these scores (the middle of the gap it falls in). */
export function bestThreshold(scores: number[], gold: number[]): number {
  const order = scores.map((s, i) => [s, gold[i]] as const).sort((a, b) => b[0] - a[0]);
  const positives = order.reduce((n, [, g]) => n + g, 0);
  if (positives === 0) return Infinity;
  let tp = 0;
  let best = -1;
  let bestAt = 0;
  for (let i = 0; i < order.length; i++) {
    tp += order[i][1];
    const f1 = (2 * tp) / (i + 1 + positives);
    if (f1 > best && (i + 1 === order.length || order[i + 1][0] < order[i][0])) {
      best = f1;
      bestAt = i;
    }
  }
  const next = bestAt + 1 < order.length ? order[bestAt + 1][0] : order[bestAt][0] - 1;
  return (order[bestAt][0] + next) / 2;
}

/** Fits the context stage on held-out margins; thresholds by cross-fitting over their folds. */
export function trainContext(docs: MarginDoc[], labels: number, opt: ContextOptions): PackedContext {
  const folds = [...new Set(docs.map((d) => d.fold))].sort((a, b) => a - b);
  const round = (x: number) => Number(x.toPrecision(5));
  const columns = [];
  for (let l = 0; l < labels; l++) {
    const oof: number[] = [];
    const oofGold: number[] = [];
    for (const g of folds) {
      const train = design(
        docs.filter((d) => d.fold !== g),
        labels,
        l,
        opt,
      );
      const test = design(
        docs.filter((d) => d.fold === g),
        labels,
        l,
        opt,
      );
      const w = fitLogistic(train.x, column(train.gold, labels, l, train.n), train.n, train.d, opt.l2);
      for (let i = 0; i < test.n; i++) {
        oof.push(value(w, test.x, i, test.d));
        oofGold.push(test.gold[i * labels + l]);
      }
    }
    const all = design(docs, labels, l, opt);
    const w = fitLogistic(all.x, column(all.gold, labels, l, all.n), all.n, all.d, opt.l2);
    const th = bestThreshold(oof, oofGold);
    columns.push({
      weights: Array.from(w.subarray(0, all.d), round),
      bias: round(w[all.d]),
      threshold: Number.isFinite(th) ? round(th) : 1e9,
    });
  }
  return { window: opt.window, clip: opt.clip, own: opt.own, columns };
}
