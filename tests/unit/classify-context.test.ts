import { describe, expect, it } from 'vitest';
import { applyContext, type PackedContext } from '../../utils/classify/context';

// One label; the sentence's own margin has weight 1, neighbours none: what moves a value here is
// the strongest margin of the label elsewhere in the document.
function context(others: number | undefined): PackedContext {
  return {
    window: 1,
    clip: 1,
    own: true,
    columns: [{ weights: [1, 0, 0], bias: 0, threshold: 0, ...(others !== undefined && { others }) }],
    ...(others !== undefined && { othersClip: 1 }),
  };
}

function run(ctx: PackedContext, margins: number[]): number[] {
  const out = new Float64Array(margins.length);
  applyContext(ctx, Float64Array.from(margins), margins.length, out);
  return Array.from(out, (v) => Number(v.toFixed(6)));
}

describe('context stage: the label elsewhere in the document', () => {
  it('is the first stage (clipped) when the model has no document weight', () => {
    expect(run(context(undefined), [0.3, 2, -0.2])).toEqual([0.3, 1, -0.2]);
  });

  it('lowers a weak candidate when another sentence holds the label strongly', () => {
    // Weight -0.2: each sentence loses 0.2 times the best margin among the others (clipped to 1).
    const got = run(context(-0.2), [0.1, 3, -0.5]);
    expect(got[0]).toBeCloseTo(0.1 - 0.2 * 1);
    expect(got[0]).toBeLessThan(0); // "secondary mention" of the topic: off
    expect(got[1]).toBeCloseTo(1 - 0.2 * 0.1); // the strongest sentence sees the runner-up
    expect(got[2]).toBeCloseTo(-0.5 - 0.2 * 1);
  });

  it('raises a lone candidate in a document where nothing else has the label', () => {
    const got = run(context(-0.2), [-0.1, -3, -2]);
    expect(got[0]).toBeCloseTo(-0.1 + 0.2 * 1); // the others' best is -2, clipped to -1
    expect(got[0]).toBeGreaterThan(0);
  });

  it('treats a one-sentence document as having nothing elsewhere', () => {
    expect(run(context(-0.2), [-0.1])[0]).toBeCloseTo(-0.1 + 0.2 * 1);
  });

  it('tells ties apart: two equally strong sentences each see the other', () => {
    const got = run(context(-0.2), [0.5, 0.5, -1]);
    expect(got[0]).toBeCloseTo(0.5 - 0.2 * 0.5);
    expect(got[1]).toBeCloseTo(0.5 - 0.2 * 0.5);
  });
});
