/**
 * Agreements written as plain text: a licence in a `<pre>`, an EULA or a registration agreement
 * in a read-only `<textarea>` of an install or sign-up page. Their paragraphs are not elements
 * but line breaks, so the text is split into paragraphs here: at blank lines, at lines that start
 * a numbered clause, and, where the lines were not wrapped by hand, at every line break. Text
 * wrapped by hand at a fixed width (licences wrapped at 72 or 80 columns) keeps its lines
 * together until a line ends short of that width.
 */

/** Fewer characters than this in a read-only text box are no agreement (a link or code to copy). */
const MIN_TEXT_BOX_LENGTH = 200;

/**
 * A text box whose text the page wrote, not the user: read-only or disabled, and long enough to
 * be an agreement. Text boxes the user types in are never read.
 */
export function isReadOnlyTextBox(el: Element): el is HTMLTextAreaElement {
  if (el.tagName !== 'TEXTAREA') return false;
  const box = el as HTMLTextAreaElement;
  return (box.readOnly || box.disabled) && box.value.length >= MIN_TEXT_BOX_LENGTH;
}

/** Lines at most this long can be a hand-wrapped width (80 columns and a little slack). */
const MAX_WRAP_WIDTH = 100;
/** A hand-wrapped line that ends shorter than this share of the width ends its paragraph. */
const SHORT_LINE = 0.7;

/** The start of a numbered or bulleted clause: "2.", "1.1", "(a)", "•", "第三条", "一、", "（一）", "Article 5". */
const CLAUSE_START =
  /^\s*(?:\d{1,3}(?:\.\d{1,3})*[.)]?\s|\(?[a-z]{1,4}\)\s|[•·*–-]\s|第[一二三四五六七八九十百零\d]{1,6}[条章節节]|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|(?:article|section|artikel|art\.|§)\s*\d)/iu;

/**
 * The width the text was wrapped at by hand, or 0 where its lines are paragraphs of their own.
 * Hand-wrapped: most of its non-empty lines (at least four) fill nearly the same width, at most
 * `MAX_WRAP_WIDTH` characters.
 */
export function wrapWidth(text: string): number {
  let lines = 0;
  let widest = 0;
  const lengths: number[] = [];
  for (const line of text.split('\n')) {
    const length = line.trimEnd().length;
    if (length === 0) continue;
    lines++;
    lengths.push(length);
    if (length > widest) widest = length;
  }
  if (lines < 4 || widest > MAX_WRAP_WIDTH) return 0;
  const full = lengths.filter((l) => l >= widest * 0.8).length;
  return full * 2 >= lines ? widest : 0;
}

/** Where a paragraph ends, in what `PlainTextParagraphs.split` returns. */
export const BREAK = null;

/**
 * Splits plain text as it arrives in pieces (a `<pre>` holds text nodes and inline elements such
 * as `<b>`): `split` returns the piece's text, line breaks turned into spaces, with `BREAK`
 * wherever a paragraph ends. A line break is judged when the next line's first text arrives,
 * which may be in the next piece, and a line that runs through a `<b>` is measured whole.
 */
export class PlainTextParagraphs {
  /** The line under way. */
  private line = '';
  /** The last line with text before line breaks not judged yet, or null if none are pending. */
  private before: string | null = null;
  /** Whether a blank line stands between `before` and the text to come. */
  private blank = false;

  constructor(private readonly width: number) {}

  split(piece: string): (string | typeof BREAK)[] {
    const out: (string | typeof BREAK)[] = [];
    const lines = piece.split(/\r\n|\n|\r/u);
    for (let i = 0; i < lines.length; i++) {
      if (i > 0) {
        if (this.before === null) this.before = this.line;
        else if (!this.line.trim()) this.blank = true;
        this.line = '';
      }
      const text = lines[i];
      if (!text) continue;
      this.line += text;
      if (this.before !== null && this.line.trim()) {
        out.push(this.blank || this.endsParagraph(this.before, this.line) ? BREAK : ' ');
        this.before = null;
        this.blank = false;
      }
      out.push(text);
    }
    return out;
  }

  /** Whether the line break after the line `before` ends a paragraph, `after` starting the next. */
  private endsParagraph(before: string, after: string): boolean {
    if (!before.trim()) return true;
    if (this.width === 0 || CLAUSE_START.test(after)) return true;
    return before.trimEnd().length < this.width * SHORT_LINE;
  }
}

/** Paragraphs of a plain text (a read-only text box's value), trimmed, empty ones left out. */
export function plainTextParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  let current = '';
  for (const part of new PlainTextParagraphs(wrapWidth(text)).split(text)) {
    if (part === BREAK) {
      if (current.trim()) paragraphs.push(current.trim());
      current = '';
    } else current += part;
  }
  if (current.trim()) paragraphs.push(current.trim());
  return paragraphs;
}
