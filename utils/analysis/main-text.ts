/**
 * Where is the agreement on the page? The element holding most of the page's clause-like text,
 * found by scoring paragraph containers (in the spirit of Readability, but on the live DOM so
 * computed styles stay available for emphasis), leaving navigation and footers out.
 */
const PARAGRAPHS = 'p, li, dd, td, pre, blockquote, div';
const CHROME = 'nav, footer, [role=navigation], [role=contentinfo], [aria-hidden=true]';

function ownTextLength(el: Element): number {
  let n = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) n += (c.nodeValue ?? '').trim().length;
    else if (c.nodeType === 1 && /^(?:B|STRONG|U|EM|I|SPAN|A|FONT|MARK|INS|SMALL|SUP|SUB)$/u.test((c as Element).tagName)) {
      n += ((c as Element).textContent ?? '').trim().length;
    }
  }
  return n;
}

export function findMainText(doc: Document): Element {
  const body = doc.body ?? doc.documentElement;
  const scores = new Map<Element, number>();
  let total = 0;
  const candidates = body.querySelectorAll(PARAGRAPHS);
  // Bounded: on a hostile page with millions of nodes the whole body is analysed instead.
  if (candidates.length > 50_000) return body;
  for (const el of Array.from(candidates)) {
    const length = ownTextLength(el);
    if (length < 20 || el.closest(CHROME)) continue;
    total += length;
    // A paragraph credits its container fully and the container's container by half.
    const parent = el.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + length);
    const grand = parent.parentElement;
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
  const bestLength = (best.textContent ?? '').length;
  for (let up = root.parentElement; up && up !== body.parentElement; up = up.parentElement) {
    if ((up.textContent ?? '').length > bestLength * 1.25) break;
    root = up;
  }
  return root;
}
