/**
 * Turns a DOM subtree into text blocks: paragraphs, list items, cells and the loose text
 * between block elements (and between <br>s), each with its collapsed text and the ranges of
 * that text the provider emphasised. Everything later in the analysis works on these blocks.
 * The subtree is read as it renders: an element with an open shadow root contributes that
 * root's content (where a <slot> stands, the light-DOM nodes assigned to it), in tree order.
 * Plain text keeps its paragraphs: in a `<pre>` (or any element that keeps line breaks) and in a
 * read-only text box, line breaks end blocks as preformatted.ts decides.
 */
import { createEmphasisProbe, mergeRanges, type EmphasisProbe } from './emphasis';
import { BREAK, isReadOnlyTextBox, PlainTextParagraphs, plainTextParagraphs, wrapWidth } from './preformatted';
import { allCapsRanges, countSignificant as significantLength } from './text';
import { isTitleCase } from './title-like';
import type { TextRange } from './types';

export interface TextBlock {
  /** The element the block belongs to: used to scroll to and highlight it in the page. */
  element: Element;
  text: string;
  emphasized: TextRange[];
  /** 1–6 for headings. */
  headingLevel?: number;
  /**
   * Text of an element that also holds blocks, standing between them ("</p>Settling disputes,
   * governing law, and courts<p>"): where pages and archives flatten their titles.
   */
  loose?: true;
}

/** Elements that lay their text out as blocks of their own. */
export const BLOCK_TAGS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION CENTER DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LEGEND LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'.split(
    ' ',
  ),
);
/** Never text of an agreement: code, media, form widgets, and Clausewise's own UI. */
const SKIP_TAGS = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE SVG CANVAS IFRAME OBJECT EMBED VIDEO AUDIO SELECT TEXTAREA BUTTON INPUT OPTION CLAUSEWISE-ROOT HEAD TITLE META LINK'.split(
    ' ',
  ),
);

/**
 * A link to a place in the page that holds no word or number: a heading's permalink ("¶", "#",
 * "§" beside "8. Limitation of liability"), a footnote's way back ("↩"). It is no text of the
 * agreement, and read as text it would hide a heading's number ("# 9. Governing law").
 */
function isSymbolLink(link: Element): boolean {
  return (link.getAttribute('href') ?? '').startsWith('#') && !/[\p{L}\p{N}]/u.test(link.textContent ?? '');
}

function headingLevelOf(el: Element): number | undefined {
  const m = /^H([1-6])$/u.exec(el.tagName);
  if (m) return Number(m[1]);
  if (el.getAttribute('role') === 'heading') return Number(el.getAttribute('aria-level')) || 2;
  // A definition list's term names what its description says ("Changes" over "We may change
  // these Terms…"): the description's heading, below the page's own headings.
  if (el.tagName === 'DT') return 6;
  return undefined;
}

interface Piece {
  text: string;
  emphasized: boolean;
  uppercased: boolean;
  /** Softly set off (italic, highlighted, coloured): counts only as a long run. */
  marked: boolean;
}

/** A soft mark on a few words is a title or a term; on a statement it is emphasis. */
const MIN_MARKED_LENGTH = 20;

/** A softly marked run that counts as emphasis: a statement, not a short term nor a name in title case ("<i>Copyright Infringement Claim Form</i>"). */
function isMarkedStatement(chunk: string): boolean {
  return significantLength(chunk) >= MIN_MARKED_LENGTH && !isTitleCase(chunk.trim().replace(/[.:,;]$/u, ''));
}

/** Builds one block's text from its pieces, collapsing white space and mapping ranges. */
function assemble(pieces: Piece[]): { text: string; emphasized: TextRange[] } | undefined {
  let text = '';
  const ranges: TextRange[] = [];
  for (const piece of pieces) {
    let chunk = piece.text.replace(/\s+/gu, ' ');
    if (chunk.startsWith(' ') && (text === '' || text.endsWith(' '))) chunk = chunk.slice(1);
    if (!chunk) continue;
    const start = text.length;
    text += chunk;
    if (piece.emphasized || piece.uppercased || (piece.marked && isMarkedStatement(chunk))) {
      const s = start + (chunk.length - chunk.trimStart().length);
      const e = start + chunk.trimEnd().length;
      if (e > s) ranges.push({ start: s, end: e });
    }
  }
  const trimmedEnd = text.trimEnd();
  if (!trimmedEnd) return undefined;
  text = trimmedEnd;
  const clipped = ranges
    .map((r) => ({ start: r.start, end: Math.min(r.end, text.length) }))
    .filter((r) => r.end > r.start);
  return { text, emphasized: mergeRanges([...clipped, ...allCapsRanges(text)]) };
}

export interface CollectOptions {
  /** Stop after this many blocks: hostile pages can be arbitrarily large. */
  maxBlocks?: number;
  /** Elements (and their subtrees) to leave out, such as the agree form's own labels. */
  exclude?: (el: Element) => boolean;
}

export function collectBlocks(root: Element, options: CollectOptions = {}): TextBlock[] {
  const maxBlocks = options.maxBlocks ?? 20_000;
  const probe: EmphasisProbe = createEmphasisProbe(root);
  const blocks: TextBlock[] = [];

  /** Whether `owner` holds block elements beside its text (read only for blocks of its own text). */
  const holdsBlocks = (walk: Walk): boolean => {
    walk.holdsBlocks ??= [...walk.owner.children].some((child) => BLOCK_TAGS.has(child.tagName.toUpperCase()));
    return walk.holdsBlocks;
  };
  const flush = (walk: Walk) => {
    const { owner, pieces, headingLevel } = walk;
    if (pieces.length === 0) return;
    const built = assemble(pieces);
    pieces.length = 0;
    if (!built || blocks.length >= maxBlocks) return;
    blocks.push({ element: owner, ...built, headingLevel, ...(headingLevel === undefined && !walk.plain && holdsBlocks(walk) && { loose: true as const }) });
  };

  // The tree is walked with a stack of its own, not by recursion: a page nested thousands of
  // elements deep (which scripts, and parsers other than browsers', can build) would overflow
  // the call stack. A frame either lists nodes to visit for one block (its owner's pieces), or
  // ends that block.
  interface Walk {
    owner: Element;
    headingLevel: number | undefined;
    pieces: Piece[];
    /** Where the owner keeps line breaks: what makes them paragraph ends. */
    plain?: PlainTextParagraphs;
    /** See `holdsBlocks`. */
    holdsBlocks?: boolean;
  }
  type Frame = { walk: Walk; next: Node | null } | { walk: Walk; nodes: Node[]; at: number } | { end: Walk };
  const stack: Frame[] = [];

  const startWalk = (owner: Element, headingLevel: number | undefined) => {
    const walk: Walk = { owner, headingLevel, pieces: [] };
    // Code keeps its lines for the program, not as paragraphs: its numbered lines are no clauses.
    if (headingLevel === undefined && probe.isPreformatted(owner) && owner.querySelector('code') === null) {
      walk.plain = new PlainTextParagraphs(wrapWidth(owner.textContent ?? ''));
    }
    stack.push({ end: walk });
    visitInline(walk, owner);
  };
  // A shadow host renders its shadow root; its light children show only through slots.
  const visitInline = (walk: Walk, node: Element) => stack.push({ walk, next: (node.shadowRoot ?? node).firstChild });

  const visit = (walk: Walk, child: Node) => {
    const { owner, headingLevel, pieces } = walk;
    if (child.nodeType === 3) {
      const value = child.nodeValue ?? '';
      if (!value) return;
      // Text at the top of a shadow root has no parent element: it belongs to the block.
      const parent = child.parentElement ?? owner;
      const emphasized = headingLevel === undefined ? probe.isEmphasized(parent, owner) : probe.isEmphasizedInHeading(parent, owner);
      const uppercased = headingLevel === undefined && probe.isUppercased(parent);
      const marked = headingLevel === undefined && probe.isMarked(parent, owner);
      if (!walk.plain) pieces.push({ text: value, emphasized, uppercased, marked });
      else for (const part of walk.plain.split(value)) {
        if (part === BREAK) flush(walk);
        else pieces.push({ text: part, emphasized, uppercased, marked });
      }
    } else if (child.nodeType === 1) {
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (options.exclude?.(el)) return;
      if (isReadOnlyTextBox(el)) {
        flush(walk);
        readTextBox(el);
        return;
      }
      // A button is a control, not text of the agreement, except the button that a heading
      // holds: the WAI-ARIA accordion's section title (<h3><button aria-expanded>7. Liability</button></h3>).
      if (SKIP_TAGS.has(tag) && !(tag === 'BUTTON' && headingLevel !== undefined)) return;
      if (tag === 'A' && isSymbolLink(el)) return;
      if (tag === 'BR') {
        flush(walk);
      } else if (BLOCK_TAGS.has(tag) || headingLevelOf(el) !== undefined) {
        flush(walk);
        startWalk(el, headingLevelOf(el));
      } else if (tag === 'SLOT') {
        const slot = el as HTMLSlotElement;
        const assigned = typeof slot.assignedNodes === 'function' ? slot.assignedNodes() : [];
        // Without assigned nodes, the slot shows its fallback content.
        if (assigned.length === 0) visitInline(walk, slot);
        else stack.push({ walk, nodes: assigned, at: 0 });
      } else {
        visitInline(walk, el);
      }
    }
  };

  /** A read-only text box's paragraphs, each a block of the box (its text is plain: no emphasis but capitals). */
  const readTextBox = (box: HTMLTextAreaElement) => {
    for (const text of plainTextParagraphs(box.value)) flush({ owner: box, headingLevel: undefined, pieces: [{ text, emphasized: false, uppercased: false, marked: false }], holdsBlocks: false });
  };

  if (isReadOnlyTextBox(root)) {
    readTextBox(root);
    return blocks;
  }
  startWalk(root, headingLevelOf(root));
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    if ('end' in frame) {
      stack.pop();
      flush(frame.end);
      continue;
    }
    let child: Node | null;
    if ('nodes' in frame) child = frame.at < frame.nodes.length ? frame.nodes[frame.at++] : null;
    else {
      child = frame.next;
      if (child) frame.next = child.nextSibling;
    }
    if (!child || blocks.length >= maxBlocks) {
      stack.pop();
      continue;
    }
    visit(frame.walk, child);
  }
  return blocks;
}
