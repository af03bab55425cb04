/**
 * A clause's element found again after the page re-rendered its terms (utils/ui/refind-clause.ts).
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { refindClause } from '../../utils/ui/refind-clause';

const page = (body: string) => new JSDOM(`<!doctype html><body>${body}</body>`).window.document;

describe('refindClause', () => {
  const doc = page(`
    <div id="terms"><section>
      <p id="a">7.1 To the maximum extent permitted by law,
         we are <b>not liable</b> for any indirect loss.</p>
      <ul><li id="b">loss of profits;</li><li id="c">loss of data.</li></ul>
      <p id="d">7.2 Our total liability is limited to the fees you paid.</p>
    </section></div>`);

  it("finds the innermost block that holds the clause's opening words, across inline markup and line breaks", () => {
    expect(refindClause(doc, '7.1 To the maximum extent permitted by law, we are not liable for any indirect loss.')?.id).toBe('a');
    expect(refindClause(doc, '7.2 Our total liability is limited to the fees you paid.')?.id).toBe('d');
  });

  it('finds nothing for a clause the page no longer holds, or for too little text to tell', () => {
    expect(refindClause(doc, '9.1 These terms are governed by the laws of Ireland.')).toBeUndefined();
    expect(refindClause(doc, 'loss of')).toBeUndefined();
  });
});
