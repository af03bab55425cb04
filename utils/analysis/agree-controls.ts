/**
 * Finds the controls through which a page takes the user's acceptance: "I have read and agree"
 * checkboxes, "Agree"/"Accept" buttons, links and clickable elements, and the submit buttons of
 * a form that carries an agree checkbox — in the document and inside its open shadow roots.
 * Consent lines for newsletters or cookies are not acceptance of terms.
 */
import { collapseWhitespace } from './text';
import type { AgreeControl, AgreeControlKind } from './types';
import { AGREE_WORDS, NON_AGREEMENT_CONSENT, STARTS_AGREE } from './vocabulary';

export interface FoundControl extends AgreeControl {
  element: Element;
}

const BUTTON_SELECTOR =
  'button, input[type=submit], input[type=button], input[type=image], [role=button], a[href], a[onclick]';
/**
 * Elements a framework may have made clickable with a handler the DOM does not show (React's
 * onClick on a div): we accept them when they say "Agree…" and look clickable.
 */
const CLICKABLE_TAGS = new Set(['DIV', 'SPAN', 'LI', 'P']);
const CLICKABLE_HINT = /(?:^|[\s_-])(?:btn|button)(?:$|[\s_-])|Btn|Button/u;
/** Text nodes looked at for clickable elements; a bound for enormous pages. */
const MAX_TEXT_NODES = 50_000;

/** Every match of `selector` in `root` and in the open shadow roots below it. */
export function deepQueryAll<E extends Element = Element>(root: Document | Element | ShadowRoot, selector: string): E[] {
  const found = Array.from(root.querySelectorAll<E>(selector));
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const shadow = (node as Element).shadowRoot;
    if (shadow) found.push(...deepQueryAll<E>(shadow, selector));
  }
  return found;
}

/** The text a user reads as the checkbox's label. */
export function checkboxLabel(input: HTMLInputElement): string {
  const parts: string[] = [];
  const labels = input.labels ? Array.from(input.labels) : [];
  for (const label of labels) parts.push(label.textContent ?? '');
  const aria = input.getAttribute('aria-label');
  if (aria) parts.push(aria);
  const labelledBy = input.getAttribute('aria-labelledby');
  if (labelledBy) {
    const root = input.getRootNode() as Document | ShadowRoot;
    for (const id of labelledBy.split(/\s+/u)) parts.push(root.getElementById?.(id)?.textContent ?? '');
  }
  // Unlabelled boxes sit next to their text: take the parent's text.
  if (parts.join('').trim() === '' && input.parentElement) parts.push(input.parentElement.textContent ?? '');
  return collapseWhitespace(parts.join(' ')).slice(0, 300);
}

function controlText(el: Element): string {
  if (el.tagName === 'INPUT') {
    return collapseWhitespace((el as HTMLInputElement).value || el.getAttribute('alt') || el.getAttribute('aria-label') || '');
  }
  return collapseWhitespace(el.getAttribute('aria-label') || el.textContent || '').slice(0, 200);
}

function kindOf(el: Element): AgreeControlKind {
  const tag = el.tagName;
  if (tag === 'A') return 'link';
  if (tag === 'INPUT') {
    const type = (el as HTMLInputElement).type;
    return type === 'submit' || type === 'image' ? 'submit' : 'button';
  }
  if (tag === 'BUTTON') {
    const type = (el.getAttribute('type') || 'submit').toLowerCase();
    return type === 'submit' && (el as HTMLButtonElement).form ? 'submit' : 'button';
  }
  return 'button';
}

/** "Read the agreement" names the document; it does not agree to it. */
function isAgreeText(text: string): boolean {
  return AGREE_WORDS.test(text.replace(/agreements?/giu, '')) && !NON_AGREEMENT_CONSENT.test(text);
}

/** Submit controls of a form (including those attached with the `form` attribute). */
function submitControlsOf(form: HTMLFormElement): Element[] {
  return Array.from(form.elements).filter((el) => {
    if (el.tagName === 'BUTTON') return (el.getAttribute('type') || 'submit').toLowerCase() === 'submit';
    return el.tagName === 'INPUT' && ['submit', 'image'].includes((el as HTMLInputElement).type);
  });
}

/** A div or span that a framework made into a button: it says "Agree…" and looks clickable. */
function looksClickable(el: Element): boolean {
  if (el.hasAttribute('onclick') || el.hasAttribute('tabindex') || CLICKABLE_HINT.test(el.getAttribute('class') ?? '')) return true;
  const view = el.ownerDocument.defaultView;
  return view?.getComputedStyle(el).cursor === 'pointer';
}

/**
 * Starts from short text nodes that say "Agree…" (cheap to find, unlike reading every div's
 * text) and climbs a few levels to the outermost element that still says only that and looks
 * clickable, so its padding is held along with its words.
 */
function clickableAgreeElements(root: Document | Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let visited = 0;
  for (let node = walker.nextNode(); node && visited < MAX_TEXT_NODES; node = walker.nextNode(), visited++) {
    const value = node.nodeValue ?? '';
    if (value.length > 200) continue;
    const text = collapseWhitespace(value);
    if (text.length === 0 || text.length > 40 || !STARTS_AGREE.test(text) || !isAgreeText(text)) continue;
    let best: Element | undefined;
    let el = node.parentElement;
    for (let depth = 0; el && depth < 3 && CLICKABLE_TAGS.has(el.tagName); depth++, el = el.parentElement) {
      if (collapseWhitespace(el.textContent ?? '').length > 40) break;
      if (looksClickable(el)) best = el;
    }
    if (best && !best.closest('a, button, label, [role=button]')) out.push(best);
  }
  for (const host of Array.from(root.querySelectorAll('*'))) if (host.shadowRoot) out.push(...clickableAgreeElements(host.shadowRoot));
  return out;
}

export function findAgreeControls(root: Document | Element): FoundControl[] {
  const found: FoundControl[] = [];
  const seen = new Set<Element>();
  const add = (element: Element, kind: AgreeControlKind, text: string) => {
    if (seen.has(element)) return;
    seen.add(element);
    found.push({ element, kind, text });
  };

  for (const input of deepQueryAll<HTMLInputElement>(root, 'input[type=checkbox]')) {
    const label = checkboxLabel(input);
    if (!isAgreeText(label)) continue;
    add(input, 'checkbox', label);
    if (input.form) for (const submit of submitControlsOf(input.form)) add(submit, kindOf(submit), controlText(submit));
  }

  for (const el of deepQueryAll(root, BUTTON_SELECTOR)) {
    const text = controlText(el);
    // Buttons say it briefly ("Agree and continue"); long link texts are prose, not controls.
    if (text.length === 0 || text.length > 40 || !isAgreeText(text)) continue;
    if (el.tagName === 'A' && !STARTS_AGREE.test(text)) continue;
    add(el, kindOf(el), text);
  }

  for (const el of clickableAgreeElements(root)) {
    if (!seen.has(el) && !found.some((f) => f.element.contains(el) || el.contains(f.element))) add(el, 'button', controlText(el));
  }
  return found;
}
