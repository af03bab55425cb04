/**
 * The second stage of document classification: a sentence's label also depends on its
 * neighbours. Clauses run over several sentences and the annotators tagged them unevenly, so a
 * sentence between two liability sentences is more likely about liability than its words alone
 * say. Per label, a small linear model over the first stage's margins (decision value minus
 * threshold, clipped) of the sentence and of the sentences around it, for every label; where a
 * model has `others` weights, also over the label's strongest margin elsewhere in the document.
 * A terms document states its governing law or its courts once, in a clause of its own; a
 * sentence that merely mentions law or courts, in a document whose real clause scores far
 * higher, is less likely the clause (and a document's only candidate more likely). The weights
 * learned are negative for nearly every label in every language. Averaged over six fold
 * assignments, this raised cross-validated macro-F1 by 0.019 in Polish, 0.007 in German and
 * Italian, and 0.001 in English (a grid reaching -1 instead of -0.5 did no better).
 * Used only where consecutive sentences of one document are known (`classifyDocument`); a lone
 * sentence is decided by the first stage alone.
 */

export interface ContextColumn {
  /** One weight per context feature (see `contextFeatures` for the layout). */
  weights: number[];
  bias: number;
  /** The label is on when the second-stage value reaches this. */
  threshold: number;
  /** Weight of the strongest first-stage margin of this label elsewhere in the document. */
  others?: number;
}

export interface PackedContext {
  /** Sentences looked at on each side. */
  window: number;
  /** First-stage margins are clipped to [-clip, clip]. */
  clip: number;
  /**
   * true: a label looks at its own column only in the neighbours (and at every column of the
   * sentence itself); false: at every column everywhere.
   */
  own: boolean;
  /** One per model column, in the order of `PackedModel.labels`. */
  columns: ContextColumn[];
  /** The strongest margin elsewhere is clipped to [-othersClip, othersClip]. */
  othersClip?: number;
}

/** What a position beyond the document's first or last sentence contributes: "no topic". */
const OUTSIDE = -1;

export function contextWidth(window: number, labels: number, own: boolean): number {
  return own ? 2 * window + labels : (2 * window + 1) * labels;
}

/**
 * Context features of sentence `i` for label `label`. Not `own`: for each offset
 * -window..window, the clipped margins of all `labels` columns of that sentence. `own`: the
 * clipped margins of every column of sentence `i`, then the label's own margin in each
 * neighbour (-window..-1, 1..window). `margins` holds `n * labels` values, row by row.
 */
export function contextFeatures(
  margins: ArrayLike<number>,
  n: number,
  labels: number,
  i: number,
  label: number,
  window: number,
  clip: number,
  own: boolean,
  out: Float64Array,
): void {
  let f = 0;
  if (own) {
    for (let c = 0; c < labels; c++) out[f++] = clipped(margins, n, labels, i, c, clip);
    for (let off = -window; off <= window; off++) if (off !== 0) out[f++] = clipped(margins, n, labels, i + off, label, clip);
    return;
  }
  for (let off = -window; off <= window; off++) {
    for (let c = 0; c < labels; c++) out[f++] = clipped(margins, n, labels, i + off, c, clip);
  }
}

function clipped(margins: ArrayLike<number>, n: number, labels: number, j: number, c: number, clip: number): number {
  if (j < 0 || j >= n) return OUTSIDE;
  const m = margins[j * labels + c];
  return m > clip ? clip : m < -clip ? -clip : m;
}

/**
 * Second-stage margins (value minus threshold) of every sentence, written into `out`
 * (`n * labels`, row by row) from the first-stage `margins` of the same shape.
 */
export function applyContext(ctx: PackedContext, margins: Float64Array, n: number, out: Float64Array): void {
  const labels = ctx.columns.length;
  const z = new Float64Array(contextWidth(ctx.window, labels, ctx.own));
  const top = ctx.othersClip ? topTwo(margins, n, labels) : null;
  for (let i = 0; i < n; i++) {
    for (let l = 0; l < labels; l++) {
      if (l === 0 || ctx.own) contextFeatures(margins, n, labels, i, l, ctx.window, ctx.clip, ctx.own, z);
      const col = ctx.columns[l];
      let v = col.bias;
      const w = col.weights;
      for (let f = 0; f < z.length; f++) v += w[f] * z[f];
      if (top && col.others) v += col.others * othersMargin(top, margins, n, labels, i, l, ctx.othersClip!);
      out[i * labels + l] = v - col.threshold;
    }
  }
}

/** Per label, the largest and second-largest margin of the document (`2 * labels` values). */
export function topTwo(margins: ArrayLike<number>, n: number, labels: number): Float64Array {
  const top = new Float64Array(2 * labels).fill(-Infinity);
  for (let i = 0; i < n; i++) {
    for (let l = 0; l < labels; l++) {
      const m = margins[i * labels + l];
      if (m > top[2 * l]) {
        top[2 * l + 1] = top[2 * l];
        top[2 * l] = m;
      } else if (m > top[2 * l + 1]) top[2 * l + 1] = m;
    }
  }
  return top;
}

/** The strongest margin of label `l` among the document's sentences other than `i`, clipped. */
export function othersMargin(top: Float64Array, margins: ArrayLike<number>, n: number, labels: number, i: number, l: number, clip: number): number {
  const m = margins[i * labels + l] === top[2 * l] ? top[2 * l + 1] : top[2 * l];
  if (n < 2 || m === -Infinity) return -clip;
  return m > clip ? clip : m < -clip ? -clip : m;
}
