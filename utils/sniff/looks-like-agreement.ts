/**
 * The every-page check: does this page look like it presents an agreement? It reads only the
 * title, the address, a few headings, the page's checkboxes and buttons, and on pages with
 * sign-up fields the consent lines by their forms — no layout, no full text — and changes
 * nothing. A yes only means "worth analysing"; the analyser decides.
 */
import { hasImplicitConsent } from '../analysis/implicit-consent';
import { NON_AGREEMENT_CONSENT } from '../analysis/vocabulary';
import { hasAgreeWords, isAgreementPath, isAgreementTitle } from './hints';

const MAX_HEADINGS = 6;
const MAX_CONTROLS = 100;
/**
 * Looking for open shadow roots means touching every element from this script's world, which
 * costs milliseconds on an ordinary article. Web-component apps keep almost nothing in the
 * light DOM (`<body><app-root>`), so only pages that small are searched.
 */
const MAX_ELEMENTS_FOR_SHADOW_SCAN = 150;

function isAgreeText(text: string | null | undefined): boolean {
  return !!text && text.length < 400 && hasAgreeWords(text) && !NON_AGREEMENT_CONSENT.test(text);
}

/** An agree checkbox or a short agree button inside `root` (a document or a shadow root). */
function hasAgreeControl(root: Document | ShadowRoot): boolean {
  const checkboxes = root.querySelectorAll<HTMLInputElement>('input[type=checkbox]');
  for (let i = 0; i < checkboxes.length && i < MAX_CONTROLS; i++) {
    const box = checkboxes[i];
    const label = box.labels?.[0]?.textContent ?? box.parentElement?.textContent;
    if (isAgreeText(label)) return true;
  }
  const buttons = root.querySelectorAll('button, input[type=submit], input[type=button], [role=button]');
  for (let i = 0; i < buttons.length && i < MAX_CONTROLS; i++) {
    const b = buttons[i];
    const text = (b as HTMLInputElement).value || b.textContent;
    if (text && text.length < 40 && isAgreeText(text)) return true;
  }
  return false;
}

/**
 * "By creating an account, you agree to the Terms" with no checkbox: only forms with a password
 * or phone field are read (a newsletter's e-mail box is not a sign-up), so ordinary pages with a
 * search or subscription form pay nothing for it.
 */
const SIGNUP_FIELDS = 'input[type=password], input[type=tel]';

function hasImplicitConsentNearSignup(root: Document | ShadowRoot): boolean {
  return root.querySelector(SIGNUP_FIELDS) !== null && hasImplicitConsent(root);
}

/** Web components keep their forms in shadow roots that querySelectorAll does not enter. */
function hasAgreeControlInShadowRoots(doc: Document): boolean {
  const all = doc.getElementsByTagName('*');
  if (all.length > MAX_ELEMENTS_FOR_SHADOW_SCAN) return false;
  for (let i = 0; i < all.length; i++) {
    const shadow = all[i].shadowRoot;
    if (shadow && (hasAgreeControl(shadow) || hasImplicitConsentNearSignup(shadow))) return true;
  }
  return false;
}

/** The address's path, by string operations: no URL object, whose interface this script would otherwise build on every page. */
export function pathOf(url: string): string {
  const scheme = url.indexOf('://');
  let start = scheme < 0 ? 0 : scheme + 3;
  // The host ends at the first '/', '?' or '#'; only a '/' starts a path.
  while (start < url.length && url[start] !== '/' && url[start] !== '?' && url[start] !== '#') start++;
  if (url[start] !== '/') return '';
  let end = start;
  while (end < url.length && url[end] !== '?' && url[end] !== '#') end++;
  return url.slice(start, end);
}

export function looksLikeAgreement(doc: Document, url: string): boolean {
  if (isAgreementTitle(doc.title) || isAgreementPath(pathOf(url))) return true;
  const headings = doc.querySelectorAll('h1, h2, [role=heading]');
  for (let i = 0; i < headings.length && i < MAX_HEADINGS; i++) {
    if (isAgreementTitle(headings[i].textContent ?? '')) return true;
  }
  return hasAgreeControl(doc) || hasImplicitConsentNearSignup(doc) || hasAgreeControlInShadowRoots(doc);
}

/**
 * Cheap signs that an agreement may still arrive on this page: a form or dialog that could
 * grow an agree control, or an app shell that renders its content after load.
 */
export function mayShowAgreementLater(doc: Document): boolean {
  const body = doc.body;
  if (!body) return false;
  if (doc.forms.length > 0) return true;
  if (doc.querySelector('dialog, [role=dialog], [aria-modal=true], #root, #app, #__next, #__nuxt, [data-reactroot], [ng-version]')) return true;
  // Little markup at idle time: most of the page is still to be rendered by script.
  return body.getElementsByTagName('*').length < 80;
}
