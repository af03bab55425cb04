/**
 * Finds the controls through which a page takes the user's acceptance: "I have read and agree"
 * checkboxes, "Agree"/"Accept" buttons and links, and the submit buttons of a form that carries
 * an agree checkbox. Consent lines for newsletters or cookies are not acceptance of terms.
 */
import { collapseWhitespace } from './text';
import type { AgreeControl, AgreeControlKind } from './types';
import { AGREE_WORDS, NON_AGREEMENT_CONSENT } from './vocabulary';

export interface FoundControl extends AgreeControl {
  element: Element;
}

const BUTTON_SELECTOR =
  'button, input[type=submit], input[type=button], input[type=image], [role=button], a[href], a[onclick]';

/** The text a user reads as the checkbox's label. */
export function checkboxLabel(input: HTMLInputElement): string {
  const parts: string[] = [];
  const labels = input.labels ? Array.from(input.labels) : [];
  for (const label of labels) parts.push(label.textContent ?? '');
  const aria = input.getAttribute('aria-label');
  if (aria) parts.push(aria);
  const labelledBy = input.getAttribute('aria-labelledby');
  if (labelledBy) {
    for (const id of labelledBy.split(/\s+/u)) parts.push(input.ownerDocument.getElementById(id)?.textContent ?? '');
  }
  // Unlabelled boxes sit next to their text: take the parent's text.
  if (parts.join('').trim() === '' && input.parentElement) parts.push(input.parentElement.textContent ?? '');
  return collapseWhitespace(parts.join(' ')).slice(0, 300);
}

function controlText(el: Element): string {
  if (el instanceof el.ownerDocument.defaultView!.HTMLInputElement) {
    return collapseWhitespace(el.value || el.getAttribute('alt') || el.getAttribute('aria-label') || '');
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

function isAgreeText(text: string): boolean {
  return AGREE_WORDS.test(text) && !NON_AGREEMENT_CONSENT.test(text);
}

/** Submit controls of a form (including those attached with the `form` attribute). */
function submitControlsOf(form: HTMLFormElement): Element[] {
  return Array.from(form.elements).filter((el) => {
    if (el.tagName === 'BUTTON') return ((el.getAttribute('type') || 'submit').toLowerCase() === 'submit');
    return el.tagName === 'INPUT' && ['submit', 'image'].includes((el as HTMLInputElement).type);
  });
}

export function findAgreeControls(root: Document | Element): FoundControl[] {
  const found: FoundControl[] = [];
  const seen = new Set<Element>();
  const add = (element: Element, kind: AgreeControlKind, text: string) => {
    if (seen.has(element)) return;
    seen.add(element);
    found.push({ element, kind, text });
  };

  for (const input of Array.from(root.querySelectorAll<HTMLInputElement>('input[type=checkbox]'))) {
    const label = checkboxLabel(input);
    if (!isAgreeText(label)) continue;
    add(input, 'checkbox', label);
    if (input.form) for (const submit of submitControlsOf(input.form)) add(submit, kindOf(submit), controlText(submit));
  }

  for (const el of Array.from(root.querySelectorAll(BUTTON_SELECTOR))) {
    const text = controlText(el);
    // Buttons say it briefly ("Agree and continue"); long link texts are prose, not controls.
    if (text.length === 0 || text.length > 40 || !isAgreeText(text)) continue;
    if (el.tagName === 'A' && !/^(?:i\s)?(?:agree|accept)|^同意|^接受/iu.test(text)) continue;
    add(el, kindOf(el), text);
  }
  return found;
}
