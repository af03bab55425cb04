/**
 * Finds the controls through which a page takes the user's acceptance: "I have read and agree"
 * checkboxes, "Agree"/"Accept" buttons, links and clickable elements, and the submit buttons of
 * a form that carries an agree checkbox, and the button (or slide-to-verify slider) an implicit
 * consent line ("By creating an account, you agree to our Terms") goes with — in the document
 * and inside its open shadow roots (sliders: the document only). Consent lines for newsletters or cookies are not acceptance of terms.
 */
import { isCookieConsentControl } from './cookie-consent';
import { formMarker, isConsentLine, isImplicitConsent, MAX_CONSENT_LINE_CHARS, mayHoldConsent, NOT_AN_ACCOUNT, saysConsent, SIGNUP_ACTION } from './implicit-consent';
import { findSlideToVerify } from './slider-controls';
import { collapseWhitespace } from './text';
import type { AgreeControl, AgreeControlKind } from './types';
import { AGREE_WORDS, AGREEMENT_TITLE, COOKIE_POLICY_NAME, NON_AGREEMENT_CONSENT, STARTS_AGREE } from './vocabulary';

export interface FoundControl extends AgreeControl {
  element: Element;
  /** For a button accepted by an implicit consent line: that line (its links are the terms). */
  consentLine?: Element;
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

/** "Read the agreement" names the document; it does not agree to it. Consent to cookies or mail is not agreement, a "Cookie Policy" named beside the terms is. */
function isAgreeText(text: string): boolean {
  return AGREE_WORDS.test(text.replace(/agreements?/giu, '')) && !NON_AGREEMENT_CONSENT.test(text.replace(COOKIE_POLICY_NAME, ''));
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
  try {
    return view?.getComputedStyle(el).cursor === 'pointer';
  } catch {
    return false; // a DOM that computes styles in script, on a page nested too deep for it (see emphasis.ts)
  }
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
    if (isCookieConsentControl(element)) return;
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

  for (const { element, line, slider } of implicitConsentControls(root, seen)) {
    seen.add(element);
    found.push({ element, kind: slider ? 'slider' : kindOf(element), text: controlText(element), consentLine: line });
  }
  return found;
}

/** Controls an implicit consent line may go with; links count only when styled as buttons. */
const IMPLICIT_SELECTOR = 'button, input[type=submit], input[type=image], input[type=button], [role=button], a[href], a[onclick]';
/** A bound for pages with hundreds of buttons: sign-up forms have a handful. */
const MAX_IMPLICIT_CANDIDATES = 300;
/** How far above a control its consent line may sit: the form or the card around it. */
const MAX_CLIMB = 4;
const MAX_SCOPE_CHARS = 3000;
const MAX_LINE_TEXT_NODES = 400;

function isButtonLike(el: Element): boolean {
  if (el.tagName === 'A') return el.getAttribute('role') === 'button' || CLICKABLE_HINT.test(el.getAttribute('class') ?? '');
  if (el.tagName === 'BUTTON') return (el.getAttribute('type') ?? '').toLowerCase() !== 'reset';
  return true;
}

/** A checkbox's label is the checkbox path's business; an implicit line has no box to tick. */
function isCheckboxLabel(el: Element): boolean {
  return el.querySelector('input[type=checkbox]') !== null || el.closest('label')?.querySelector('input[type=checkbox]') != null;
}

/**
 * The element that holds a consent sentence, starting from a text node that says "agree": the
 * nearest ancestor (within `scope`) whose text also names the terms, as long as it is short.
 */
function lineOf(node: Node, scope: Element): Element | undefined {
  let el = node.parentElement;
  for (let depth = 0; el && depth < MAX_CLIMB; depth++, el = el.parentElement) {
    const text = collapseWhitespace(el.textContent ?? '');
    if (text.length > MAX_CONSENT_LINE_CHARS) return undefined;
    if (AGREEMENT_TITLE.test(text)) return isCheckboxLabel(el) ? undefined : el;
    if (el === scope) return undefined;
  }
  return undefined;
}

/** The first consent line inside `scope` that is not inside `control` itself. */
function consentLineIn(scope: Element, control: Element): Element | undefined {
  const walker = scope.ownerDocument.createTreeWalker(scope, 4 /* NodeFilter.SHOW_TEXT */);
  let visited = 0;
  for (let node = walker.nextNode(); node && visited < MAX_LINE_TEXT_NODES; node = walker.nextNode(), visited++) {
    const value = node.nodeValue ?? '';
    if (value.length > MAX_CONSENT_LINE_CHARS || control.contains(node)) continue;
    const consents = saysConsent(value);
    // German splits its verb around the links to the terms ("stimmen Sie unseren <a>AGB</a>
    // zu"): a piece that starts a consent verb is judged with its whole line.
    if (!consents && !mayHoldConsent(value)) continue;
    const line = lineOf(node, scope);
    if (line && (consents || saysConsent(collapseWhitespace(line.textContent ?? '')))) return line;
  }
  return undefined;
}

/**
 * Buttons that an implicit consent line goes with. From each button-like control, climbs to the
 * form or card around it and looks there for a consent line; then, per line, keeps the controls
 * it names ("By clicking Create account…"), else those that say a contract-making action,
 * else — when the line itself says the action — its form's submit buttons or its only control;
 * and the slide-to-verify sliders near a line that says the action.
 */
function implicitConsentControls(root: Document | Element, seen: Set<Element>): Array<{ element: Element; line: Element; slider?: boolean }> {
  const textLength = new Map<Element, number>();
  const lengthOf = (el: Element) => {
    let n = textLength.get(el);
    if (n === undefined) textLength.set(el, (n = (el.textContent ?? '').length));
    return n;
  };
  const lineInScope = new Map<Element, Element | undefined>();
  const byLine = new Map<Element, Element[]>();

  /** The consent line in the form or card around `control`, if any. */
  const lineAround = (control: Element): Element | undefined => {
    let scope = control.parentElement;
    for (let depth = 0; scope && depth < MAX_CLIMB && scope.tagName !== 'HTML'; depth++, scope = scope.parentElement) {
      if (lengthOf(scope) > MAX_SCOPE_CHARS) return undefined;
      // A block with its own agree control (a step that shows the agreement and an "Agree"
      // button) is an explicit acceptance; its wording is not a consent line for this control.
      const scopeNow = scope;
      if ([...seen].some((el) => scopeNow.contains(el))) return undefined;
      if (!lineInScope.has(scope)) lineInScope.set(scope, consentLineIn(scope, control));
      const line = lineInScope.get(scope);
      if (line) return line;
    }
    return undefined;
  };

  let candidates = 0;
  for (const control of deepQueryAll(root, IMPLICIT_SELECTOR)) {
    if (seen.has(control) || !isButtonLike(control)) continue;
    const text = controlText(control);
    if (text.length === 0 || text.length > 40) continue;
    if (++candidates > MAX_IMPLICIT_CANDIDATES) break;
    const line = lineAround(control);
    // The terms links inside the line are not the control it goes with.
    if (!line || (control.tagName === 'A' && line.contains(control))) continue;
    byLine.set(line, [...(byLine.get(line) ?? []), control]);
  }

  const out: Array<{ element: Element; line: Element; slider?: boolean }> = [];
  for (const [line, controls] of byLine) {
    const lineText = collapseWhitespace(line.textContent ?? '');
    if (!isConsentLine(lineText)) continue;
    const lower = lineText.toLowerCase();
    const texts = new Map(controls.map((c) => [c, controlText(c)]));
    let chosen = controls.filter((c) => !line.contains(c) && texts.get(c)!.length >= 2 && lower.includes(texts.get(c)!.toLowerCase()));
    if (chosen.length === 0) chosen = controls.filter((c) => SIGNUP_ACTION.test(texts.get(c)!));
    if (chosen.length === 0 && SIGNUP_ACTION.test(lineText)) {
      const submits = controls.filter((c) => kindOf(c) === 'submit');
      chosen = submits.length > 0 ? submits : controls.length === 1 ? controls : [];
    }
    for (const control of chosen) {
      const form = (control as HTMLButtonElement).form ?? control.closest('form');
      if (NOT_AN_ACCOUNT.test(formMarker(form)) || NON_AGREEMENT_CONSENT.test(formMarker(form))) continue;
      if (isImplicitConsent(lineText, texts.get(control)!)) out.push({ element: control, line });
    }
  }

  // "继续操作即视为同意…" above a slide-to-verify slider: sliding is how the user continues, so
  // the slider is held with the button (if any) — the user reads before solving a captcha whose
  // token may expire, and pages that move on by themselves once the slide succeeds are held too.
  // The line itself must say the contract-making action: the slider's words never do.
  for (const slider of findSlideToVerify(root)) {
    if (seen.has(slider) || out.some((o) => o.element === slider || slider.contains(o.element) || o.element.contains(slider))) continue;
    const line = lineAround(slider);
    if (!line || line.contains(slider) || slider.contains(line)) continue;
    const form = slider.closest('form');
    if (NOT_AN_ACCOUNT.test(formMarker(form)) || NON_AGREEMENT_CONSENT.test(formMarker(form))) continue;
    if (isImplicitConsent(collapseWhitespace(line.textContent ?? ''), '')) out.push({ element: slider, line, slider: true });
  }
  return out;
}
