/**
 * The every-page check: does this page look like it presents an agreement? It reads the title
 * and the address, then asks page-signals.ts — which touches no element — whether a closer look
 * could find anything. Only then does it read a few headings, the check boxes and the buttons
 * of forms and dialogs, and consent lines next to sign-up buttons. No layout, no full text, and
 * nothing on the page changes. A yes only means "worth analysing"; the analyser decides.
 */
import { consentLineOf, isImplicitConsentLine, isSignupAction } from '../analysis/implicit-consent';
import { NON_AGREEMENT_CONSENT } from '../analysis/vocabulary';
import { hasAgreeWords, isAgreementPath, isAgreementTitle } from './hints';
import {
  MAX_BUTTON_TEXT,
  MAX_HEADING_TEXT,
  MAX_LABEL_TEXT,
  MAX_TERMS_LINK_TEXT,
  mayGrowAgreement,
  mayHaveAgreeSignal,
  mayHaveShadowForms,
} from './page-signals';

const MAX_HEADINGS = 6;
const MAX_CONTROLS = 100;
const MAX_FORMS = 20;
const MAX_LINKS_PER_FORM = 30;
const BUTTONS = 'button, input[type=submit], input[type=button], input[type=image]';
const DIALOGS = 'dialog, [role=dialog], [aria-modal=true]';

function isAgreeText(text: string | null | undefined, maxLength: number): boolean {
  return !!text && text.length < maxLength && hasAgreeWords(text) && !NON_AGREEMENT_CONSENT.test(text);
}

const buttonText = (el: Element) => ((el as HTMLInputElement).value || el.textContent || '').trim();

function headingNamesAgreement(root: Document): boolean {
  const headings = root.querySelectorAll('h1, h2');
  for (let i = 0; i < headings.length && i < MAX_HEADINGS; i++) {
    const text = headings[i].textContent ?? '';
    if (text.length < MAX_HEADING_TEXT && isAgreementTitle(text)) return true;
  }
  return false;
}

function hasAgreeCheckbox(root: Document | ShadowRoot): boolean {
  const boxes = root.querySelectorAll<HTMLInputElement>('input[type=checkbox]');
  for (let i = 0; i < boxes.length && i < MAX_CONTROLS; i++) {
    const box = boxes[i];
    const label = box.labels?.[0]?.textContent ?? box.parentElement?.textContent;
    if (isAgreeText(label, MAX_LABEL_TEXT)) return true;
  }
  return false;
}

/** Agree buttons of forms and dialogs; a cookie dialog's "Accept" accepts no terms. */
function hasAgreeButton(root: Document | ShadowRoot): boolean {
  const buttons = root.querySelectorAll(`form :is(${BUTTONS}), :is(${DIALOGS}) :is(${BUTTONS}, [role=button])`);
  for (let i = 0; i < buttons.length && i < MAX_CONTROLS; i++) {
    const text = buttonText(buttons[i]);
    if (!isAgreeText(text, MAX_BUTTON_TEXT)) continue;
    const dialog = buttons[i].closest(DIALOGS);
    if (dialog && NON_AGREEMENT_CONSENT.test(`${dialog.id} ${dialog.getAttribute('class') ?? ''} ${dialog.getAttribute('aria-label') ?? ''}`)) continue;
    return true;
  }
  return false;
}

/** "By creating an account, you agree to our <a>Terms</a>" in a form with a sign-up button. */
function hasImplicitConsent(root: Document | ShadowRoot): boolean {
  const forms = root.querySelectorAll('form');
  for (let f = 0; f < forms.length && f < MAX_FORMS; f++) {
    const form = forms[f];
    const links = form.querySelectorAll('a');
    let signup: boolean | undefined;
    for (let i = 0; i < links.length && i < MAX_LINKS_PER_FORM; i++) {
      const linkText = links[i].textContent ?? '';
      if (linkText.length >= MAX_TERMS_LINK_TEXT || !isAgreementTitle(linkText)) continue;
      const line = consentLineOf(links[i]);
      if (!line || !isImplicitConsentLine((line.textContent ?? '').replace(/\s+/gu, ' ').trim())) continue;
      signup ??= Array.from(form.querySelectorAll(BUTTONS)).some((b) => isSignupAction(buttonText(b)));
      if (signup) return true;
    }
  }
  return false;
}

function hasAgreeControl(root: Document | ShadowRoot): boolean {
  return hasAgreeCheckbox(root) || hasAgreeButton(root) || hasImplicitConsent(root);
}

function hasAgreeControlInShadowRoots(doc: Document): boolean {
  const all = doc.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) {
    const shadow = all[i].shadowRoot;
    if (shadow && hasAgreeControl(shadow)) return true;
  }
  return false;
}

/** The path of an absolute URL, read without the URL class (one interface fewer to set up). */
export function pathOf(url: string): string {
  const scheme = url.indexOf('//');
  const start = scheme < 0 ? -1 : url.indexOf('/', scheme + 2);
  if (start < 0) return '';
  let end = url.length;
  for (const mark of ['?', '#']) {
    const at = url.indexOf(mark, start);
    if (at >= 0 && at < end) end = at;
  }
  return url.slice(start, end);
}

export function looksLikeAgreement(doc: Document, url: string): boolean {
  if (isAgreementTitle(doc.title)) return true;
  if (isAgreementPath(pathOf(url))) return true;
  if (mayHaveAgreeSignal(doc) && (headingNamesAgreement(doc) || hasAgreeControl(doc))) return true;
  return mayHaveShadowForms(doc) && hasAgreeControlInShadowRoots(doc);
}

/** Cheap signs that an agreement may still arrive on this page (see page-signals.ts). */
export const mayShowAgreementLater = mayGrowAgreement;
