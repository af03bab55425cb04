/**
 * Detection by content alone, in the four languages of the labelled corpus: each of its terms
 * documents, shown as a bare page with a neutral title and address and no headings, must be
 * detected as an agreement. (Before the German, Italian and Polish contractual phrases were
 * widened, 17 of the 120 were missed; before the Polish formal "Państwo" counted, Booking.com's
 * Polish terms, which address their user so, were.)
 */
import { describe, expect, it } from 'vitest';
import { CORPUS_LANGS } from '../../scripts/classify-corpus';
import { detectBarePages } from '../../scripts/corpus-bare-pages';

describe('terms documents detected by their text alone', () => {
  for (const lang of CORPUS_LANGS) {
    it(`${lang}: every labelled document as a bare page`, () => {
      const outcomes = detectBarePages([lang]);
      expect(outcomes).toHaveLength(30);
      const missed = outcomes.filter((o) => !o.isAgreement).map((o) => `${o.lang}/${o.name}`);
      expect(missed, 'missed').toEqual([]);
    }, 60_000);
  }
});
