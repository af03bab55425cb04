/**
 * Training's per-column cost (`costByColumn`): it changes the columns and the language it names,
 * and nothing else, so a cost tuned for Italian's governing-law column cannot move another
 * language's model or another column.
 */
import { describe, expect, it } from 'vitest';
import { loadLanguage } from '../../scripts/classify-corpus';
import { DEFAULT_OPTIONS, featurize, fit, MODEL_COLUMNS, type Trained } from '../../scripts/classify-learn';

const LAW = MODEL_COLUMNS.indexOf('law');
const LIABILITY = MODEL_COLUMNS.indexOf('liability');

/** Sum of the absolute weights of a column: less regularisation (a higher cost) makes it larger. */
const size = (t: Trained, column: number) => t.columns[column].weights.reduce((a, w) => a + Math.abs(w), 0);

describe('per-column training cost', () => {
  const docs = loadLanguage('it').slice(0, 8);
  const samples = featurize(docs, DEFAULT_OPTIONS.features);
  const base = { ...DEFAULT_OPTIONS, epochs: 10, costByColumn: null };
  const plain = fit(samples, 'it', base);

  it('fits the named column of the named language more closely', () => {
    const looser = fit(samples, 'it', { ...base, costByColumn: { it: { law: 4 } } });
    expect(size(looser, LAW)).toBeGreaterThan(size(plain, LAW) * 1.2);
    expect(Array.from(looser.columns[LIABILITY].weights)).toEqual(Array.from(plain.columns[LIABILITY].weights));
  });

  it('leaves the other languages alone', () => {
    const other = fit(samples, 'it', { ...base, costByColumn: { de: { law: 4 } } });
    expect(Array.from(other.columns[LAW].weights)).toEqual(Array.from(plain.columns[LAW].weights));
  });
});
