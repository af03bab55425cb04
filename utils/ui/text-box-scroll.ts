/**
 * "Show in page" for a clause of an agreement held in a read-only text box: the page cannot
 * scroll to a line inside the box, so the box itself is scrolled until the clause's first line
 * is at its top. Where that line sits is measured on a copy of the box's text laid out with the
 * box's font, width and padding (a hidden mirror in Clausewise's own shadow root; nothing is
 * added to the page, and the box keeps its selection and the focus stays where it was).
 */

/** Words of the clause that find it in the box (enough to tell it from its neighbours). */
const WORDS_TO_MATCH = 12;

/** Where the clause (its text as the panel shows it, white space collapsed) starts in `value`, or -1. */
function clauseOffset(value: string, clauseText: string): number {
  const words = clauseText.trim().split(/\s+/u).slice(0, WORDS_TO_MATCH);
  if (words.length === 0 || !words[0]) return -1;
  const pattern = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('\\s+');
  return new RegExp(pattern, 'u').exec(value)?.index ?? -1;
}

/** Layout properties the mirror takes over from the box. */
const COPIED = [
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'fontVariant',
  'letterSpacing',
  'wordSpacing',
  'lineHeight',
  'textTransform',
  'textIndent',
  'tabSize',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'whiteSpace',
  'overflowWrap',
  'wordBreak',
] as const;

/** Scrolls `box` so that the clause starting with `clauseText` is at its top; `scratch` is an element of Clausewise's own UI to measure in. */
export function scrollTextBoxTo(box: HTMLTextAreaElement, clauseText: string, scratch: Element): void {
  const at = clauseOffset(box.value, clauseText);
  if (at < 0) return;
  const style = getComputedStyle(box);
  const mirror = document.createElement('div');
  for (const property of COPIED) mirror.style[property] = style[property];
  Object.assign(mirror.style, {
    position: 'absolute',
    visibility: 'hidden',
    top: '0',
    left: '0',
    boxSizing: 'border-box',
    border: '0',
    // The box's text width: its client width leaves out the borders and the scroll bar.
    width: `${box.clientWidth}px`,
    height: 'auto',
    overflow: 'hidden',
  });
  mirror.textContent = box.value.slice(0, at);
  const marker = document.createElement('span');
  marker.textContent = '\u200b';
  mirror.append(marker);
  scratch.append(mirror);
  const top = marker.offsetTop - Number.parseFloat(style.paddingTop || '0');
  mirror.remove();
  box.scrollTop = Math.max(0, top);
}
