/**
 * The closer look, loaded only where the first look (first-look.ts) says "maybe": does this page
 * present an agreement? It reads a few headings, the page's checkboxes and buttons, and on pages
 * with sign-up fields the consent lines by their forms — no layout, no full text — and changes
 * nothing. A yes only means "worth analysing"; the analyser decides.
 */
import { hasImplicitConsent } from '../analysis/implicit-consent';
import { NON_AGREEMENT_CONSENT } from '../analysis/vocabulary';
import { MIN_ELEMENTS_OF_A_RENDERED_PAGE } from './first-look';
import { hasAgreeWords, isAgreementAddress, isAgreementTitle } from './hints';

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

export function looksLikeAgreement(doc: Document, url: string): boolean {
  if (isAgreementAddress(doc.title, url)) return true;
  const headings = doc.querySelectorAll('h1, h2, [role=heading]');
  for (let i = 0; i < headings.length && i < MAX_HEADINGS; i++) {
    if (isAgreementTitle(headings[i].textContent ?? '')) return true;
  }
  return hasAgreeControl(doc) || hasImplicitConsentNearSignup(doc) || hasAgreeControlInShadowRoots(doc);
}

/**
 * Signs that an agreement may still arrive on a page that holds none yet: a sign-up or e-mail
 * field whose next step may bring the terms, a dialog, or an app shell that renders its content
 * after load. A page without any (an article with a search box) is not watched: watching costs
 * every such page 0.35–0.7 ms more (measured), and its content is not going to grow terms.
 */
const LATER_SIGNS =
  'input[type=password], input[type=tel], input[type=email], dialog, [role=dialog], [aria-modal=true], #root, #app, #__next, #__nuxt, [data-reactroot], [ng-version]';

export function mayShowAgreementLater(doc: Document): boolean {
  return doc.getElementsByTagName('*').length < MIN_ELEMENTS_OF_A_RENDERED_PAGE || doc.querySelectorAll(LATER_SIGNS).length > 0;
}
