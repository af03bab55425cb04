/**
 * Where is the agreement on the page? The element holding most of the page's clause-like text,
 * found by scoring paragraph containers (in the spirit of Readability, but on the live DOM so
 * computed styles stay available for emphasis), leaving navigation and footers out. Paragraphs
 * inside open shadow roots count for the element they render in (a web component's host).
 */
import { isReadOnlyTextBox } from './preformatted';
import { composedParent, renderedTextLength } from './shadow-dom';

/** Elements that hold paragraphs; a read-only text box holds an agreement's plain text. */
const PARAGRAPHS = 'p, li, dd, td, pre, blockquote, div, textarea';
const CHROME = 'nav, footer, [role=navigation], [role=contentinfo], [aria-hidden=true]';
/**
 * Headings count where they hold paragraphs (as a Markdown agreement renders whose sections
 * each end in a "=====" line): past this length a heading's text is prose, not a title.
 */
const HEADINGS = 'h1, h2, h3, h4, h5, h6';
const MIN_PROSE_HEADING = 80;

function ownTextLength(el: Element): number {
  if (el.tagName === 'TEXTAREA') return isReadOnlyTextBox(el) ? el.value.length : 0;
  let n = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) n += (c.nodeValue ?? '').trim().length;
    else if (c.nodeType === 1 && /^(?:B|STRONG|U|EM|I|SPAN|A|FONT|MARK|INS|SMALL|SUP|SUB)$/u.test((c as Element).tagName)) {
      n += ((c as Element).textContent ?? '').trim().length;
    }
  }
  return n;
}

/** `shadowRoots`: the page's open shadow roots (see `findOpenShadowRoots`), whose text counts too. */
export function findMainText(doc: Document, shadowRoots: readonly ShadowRoot[] = []): Element {
  const body = doc.body ?? doc.documentElement;
  const scores = new Map<Element, number>();
  let total = 0;
  const selector = `${PARAGRAPHS}, ${HEADINGS}`;
  let candidates: ArrayLike<Element> = body.querySelectorAll(selector);
  if (shadowRoots.length > 0) {
    const all = Array.from(candidates);
    for (const shadow of shadowRoots) all.push(...Array.from(shadow.querySelectorAll(selector)));
    candidates = all;
  }
  // Bounded: on a hostile page with millions of nodes the whole body is analysed instead.
  if (candidates.length > 50_000) return body;
  for (const el of Array.from(candidates)) {
    const length = ownTextLength(el);
    if (length < (el.matches(HEADINGS) ? MIN_PROSE_HEADING : 20) || el.closest(CHROME)) continue;
    total += length;
    // A paragraph credits its container fully and the container's container by half.
    const parent = composedParent(el);
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + length);
    const grand = composedParent(parent);
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + length / 2);
  }
  let best: Element = body;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  if (total === 0 || bestScore < total * 0.4) return body;
  // Climb while the ancestor adds little besides the chosen text (headings, a title).
  let root = best;
  const lengthOf = renderedTextLength(shadowRoots);
  const bestLength = lengthOf(best);
  for (let up = composedParent(root); up && up !== body.parentElement; up = composedParent(up)) {
    if (lengthOf(up) > bestLength * 1.25) break;
    root = up;
  }
  return root;
}
