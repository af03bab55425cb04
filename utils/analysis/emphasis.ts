/**
 * Is a piece of text emphasised by its provider? Bold and underline come from tags and from
 * computed CSS (any stylesheet, inline or not); capitals from `text-transform`. Links are
 * underlined by browsers for navigation, not emphasis, so their underline does not count.
 */
import type { TextRange } from './types';

export interface EmphasisProbe {
  /** True when the text directly inside `parent` (up to `owner`) is bold or underlined. */
  isEmphasized(parent: Element, owner: Element): boolean;
  /**
   * True when the text is set off more softly — italics, highlighting, or a colour other than
   * the text around it — which some pages use to mark their important clauses. Callers accept
   * it only for runs long enough to be a statement rather than a title or a term.
   */
  isMarked(parent: Element, owner: Element): boolean;
  /**
   * True when text inside the heading `owner` is set off from the heading itself: a bold or
   * underlined element within it, or a weight heavier than the heading's. A heading is bold
   * already, so only such a mark inside it is emphasis; it counts where a page (or Markdown
   * underlined with "=====") sets a whole paragraph as a heading.
   */
  isEmphasizedInHeading(parent: Element, owner: Element): boolean;
  /** True when the text is shown in capitals by CSS. */
  isUppercased(parent: Element): boolean;
  /** True when the element keeps its text's line breaks (`<pre>`, `white-space: pre…`). */
  isPreformatted(el: Element): boolean;
}

const BOLD_TAGS = new Set(['B', 'STRONG']);
const UNDERLINE_TAGS = new Set(['U', 'INS']);
const MARK_TAGS = new Set(['EM', 'I', 'MARK']);

function weightOf(value: string): number {
  if (value === 'bold' || value === 'bolder') return 700;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : 400;
}

/** `cache`'s answer for `el`, computed once. */
function memo(cache: Map<Element, boolean>, el: Element, compute: () => boolean): boolean {
  let result = cache.get(el);
  if (result === undefined) {
    result = compute();
    cache.set(el, result);
  }
  return result;
}

export function createEmphasisProbe(root: Element): EmphasisProbe {
  const view = root.ownerDocument.defaultView;
  const styles = new Map<Element, CSSStyleDeclaration | null>();
  const emphasized = new Map<Element, boolean>();

  const styleOf = (el: Element): CSSStyleDeclaration | null => {
    let style = styles.get(el);
    if (style === undefined) {
      try {
        style = view ? view.getComputedStyle(el) : null;
      } catch {
        style = null;
      }
      styles.set(el, style);
    }
    return style;
  };

  /**
   * One computed property of `el` ('' when unknown). DOMs that compute styles in script (jsdom,
   * for the command line) resolve an inherited property through every ancestor, recursively,
   * and overflow the stack on pages nested thousands deep: such an element counts as unstyled,
   * and its tags still speak.
   */
  const read = (el: Element, property: 'fontWeight' | 'color' | 'textDecorationLine' | 'textDecoration' | 'textTransform' | 'whiteSpace'): string => {
    const style = styleOf(el);
    if (!style) return '';
    try {
      return style[property] ?? '';
    } catch {
      return '';
    }
  };

  // A page whose body text is already bold cannot use bold as emphasis.
  const baseWeight = weightOf(read(root, 'fontWeight') || '400');
  const boldThreshold = Math.max(600, baseWeight + 200);

  const isUnderlined = (el: Element): boolean => {
    if (UNDERLINE_TAGS.has(el.tagName)) return true;
    if (el.tagName === 'A') return false;
    // Some DOMs fill in only the shorthand, browsers both: either may carry the underline.
    return `${read(el, 'textDecorationLine')} ${read(el, 'textDecoration')}`.includes('underline');
  };

  const marked = new Map<Element, boolean>();

  const weightIn = (el: Element): number => weightOf(read(el, 'fontWeight') || '400');

  /**
   * A bold or underline tag (for DOMs without a user-agent stylesheet), or an underline, which
   * is not inherited but is drawn through descendants, from `parent` up to `owner` (the block;
   * `withOwner`: the block's own counts too, as it does not for a heading, bold by itself).
   */
  const tagOrUnderlineUpTo = (parent: Element, owner: Element, withOwner: boolean): boolean => {
    for (let el: Element | null = parent; el && (withOwner || el !== owner); el = el.parentElement) {
      if (BOLD_TAGS.has(el.tagName) || isUnderlined(el)) return true;
      if (el === owner) break;
    }
    return false;
  };

  return {
    isMarked(parent, owner) {
      const cached = marked.get(parent);
      if (cached !== undefined) return cached;
      let result = false;
      for (let el: Element | null = parent; el; el = el.parentElement) {
        if (el.tagName === 'A') break; // links are coloured for navigation
        if (MARK_TAGS.has(el.tagName)) result = true;
        if (el === owner) break;
      }
      if (!result && parent !== owner) {
        // Coloured against its own paragraph: a whole coloured page is a theme, not emphasis.
        const color = read(parent, 'color');
        const around = read(owner, 'color');
        result = color !== '' && around !== '' && color !== around && parent.closest('a') === null;
      }
      marked.set(parent, result);
      return result;
    },
    isEmphasized(parent, owner) {
      return memo(emphasized, parent, () => weightIn(parent) >= boldThreshold || tagOrUnderlineUpTo(parent, owner, true));
    },
    isEmphasizedInHeading(parent, owner) {
      if (parent === owner) return false;
      return memo(emphasized, parent, () => {
        const weight = weightIn(parent);
        return (weight >= boldThreshold && weight > weightIn(owner)) || tagOrUnderlineUpTo(parent, owner, false);
      });
    },
    isUppercased(parent) {
      return read(parent, 'textTransform') === 'uppercase';
    },
    isPreformatted(el) {
      // DOMs without a user-agent stylesheet know <pre> by its tag only.
      if (el.tagName === 'PRE') return true;
      const whiteSpace = read(el, 'whiteSpace');
      return whiteSpace.startsWith('pre') || whiteSpace === 'break-spaces';
    },
  };
}

/** Merge overlapping or touching ranges (after sorting). */
export function mergeRanges(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: TextRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end + 1) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}
