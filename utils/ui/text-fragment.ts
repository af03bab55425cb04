/**
 * A link to a clause inside another page, by text fragment (`#:~:text=start,end`): the browser
 * opens the page scrolled to the clause and marks it (Chromium, and Firefox since 131). Used
 * for clauses of linked terms, which are not in the page being reviewed.
 */

/** Words taken from each end of the clause: enough to be unique, few enough to stay in one block. */
const WORDS = 5;

/** Encodes a fragment term: `-`, `,` and `&` have a meaning in the directive (the URI encoding leaves `-` alone). */
const term = (text: string) => encodeURIComponent(text).replace(/-/gu, '%2D');

export function textFragmentUrl(url: string, clauseText: string): string {
  const words = clauseText.split(/\s+/u).filter(Boolean);
  const base = url.split('#')[0];
  if (words.length === 0) return base;
  // Text without spaces between words (Chinese, Japanese): a short run from each end.
  if (words.length === 1) {
    const text = words[0];
    return text.length <= 30 ? `${base}#:~:text=${term(text)}` : `${base}#:~:text=${term(text.slice(0, 12))},${term(text.slice(-12))}`;
  }
  // Start and end apart, each within one block: a clause joined from a lead and its list items spans several.
  const half = Math.min(WORDS, Math.ceil(words.length / 2));
  const tail = Math.min(WORDS, words.length - half);
  return `${base}#:~:text=${term(words.slice(0, half).join(' '))},${term(words.slice(-tail).join(' '))}`;
}
