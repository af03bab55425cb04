/**
 * Slide-to-verify sliders ("向右滑动验证", "Slide to verify"): on mobile sign-ups beside a
 * "继续操作即视为同意…" line, dragging the slider is the first step of continuing — it often
 * sends the SMS code and moves on by itself — so it is one of the ways the user accepts. These
 * are custom divs (or `role=slider` elements) that no button selector finds; they are known by
 * their wording. agree-controls.ts pairs them with a consent line; a slider with no such line
 * (a login captcha) is never held.
 */
import { collapseWhitespace } from './text';

/**
 * What a slide captcha says on its track or in its accessible name ("向右滑动验证", "请按住滑块，
 * 拖动到最右边", "Slide to verify"). "向右滑动查看更多" (swipe for more) is a carousel, not a captcha.
 */
export const SLIDE_TO_VERIFY =
  /(?:滑动|滑動|拖动|拖動)(?:验证|驗證|解锁|解鎖)|滑块|滑塊|(?:拖动|拖動|滑动|滑動|拖|滑)到最右|\bslide (?:right )?to (?:verify|unlock|continue|confirm|complete)\b|\bswipe (?:right )?to (?:verify|unlock|continue)\b|\bdrag (?:the )?slider\b|スライドして(?:認証|ください)/i;

/** A slider's own text is a few words; longer text is the form around it. */
const MAX_SLIDER_TEXT = 40;
/** How far up from its wording a slider's track may be. */
const MAX_CLIMB = 3;
const MAX_TEXT_NODES = 2000;
/** Elements that are other controls: a box holding one of them is more than the slider. */
const OTHER_CONTROLS = 'input, button, select, textarea, a[href], form';

const textOf = (el: Element) => collapseWhitespace(el.textContent ?? '');

/** The outermost box around `start` (within a few levels) that is still only the slider. */
function sliderBox(start: Element): Element {
  let best = start;
  let el = start.parentElement;
  for (let depth = 0; el && depth < MAX_CLIMB; depth++, el = el.parentElement) {
    if (el.tagName === 'FORM' || el.tagName === 'BODY' || el.tagName === 'LABEL') break;
    if (textOf(el).length > MAX_SLIDER_TEXT || el.querySelector(OTHER_CONTROLS)) break;
    best = el;
  }
  return best;
}

/**
 * The slide-to-verify sliders in `root`: from short text that says "slide to verify" and from
 * `role=slider` elements named that way, the track that holds the knob and the words — so a
 * press anywhere on it, the knob included, is the slider's.
 */
export function findSlideToVerify(root: Document | Element | ShadowRoot): Element[] {
  const found = new Set<Element>();
  for (const el of Array.from(root.querySelectorAll('[role=slider]'))) {
    const name = `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('aria-valuetext') ?? ''} ${el.parentElement ? textOf(el.parentElement).slice(0, 200) : ''}`;
    if (SLIDE_TO_VERIFY.test(name)) found.add(sliderBox(el));
  }
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let visited = 0;
  for (let node = walker.nextNode(); node && visited < MAX_TEXT_NODES; node = walker.nextNode(), visited++) {
    const value = node.nodeValue ?? '';
    if (value.length > MAX_SLIDER_TEXT * 2 || !SLIDE_TO_VERIFY.test(value) || !node.parentElement) continue;
    const start = node.parentElement;
    // Words inside a button or link are that control's label, not a slider.
    if (start.closest('button, a[href], [role=button], script, style, template')) continue;
    found.add(sliderBox(start));
  }
  // A knob found by its role inside a track found by its words is one slider.
  return [...found].filter((el) => ![...found].some((other) => other !== el && other.contains(el)));
}
