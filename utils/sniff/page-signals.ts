/**
 * Looks at the page without touching any element from this script. In Chromium the first
 * element an extension script touches costs about half a millisecond — its world builds the
 * HTMLElement, Element and Node prototypes for the wrapper — which is half the every-page
 * budget. A CSS count or an XPath evaluation returns only numbers, so the page is searched by
 * the browser's own code and no element reaches this script.
 *
 * `mayHaveAgreeSignal` is a superset of the closer look in looks-like-agreement.ts: every
 * heading, control or consent line that look accepts makes it true, so it only skips work,
 * never changes an answer. Its substring tests are the sniffer's hints (hints.ts), lower-cased
 * with XPath's translate(); the closer look then confirms with the full expressions.
 */
import { AGREE_HINTS, SIGNUP_HINTS, TITLE_HINTS } from './hints';

/** Capitals the hints can meet; translate() maps them to the small letters the hints use. */
const CAPITALS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÄÇÈÉÍÓÖÚÜŁ';
const SMALL = 'abcdefghijklmnopqrstuvwxyzàáäçèéíóöúüł';

const literal = (text: string) => (text.includes("'") ? `"${text}"` : `'${text}'`);

/** XPath: does the string `of` contain any of `hints`, ignoring case? */
function mentions(of: string, hints: readonly string[]): string {
  const lower = `translate(${of},'${CAPITALS}','${SMALL}')`;
  return hints.map((hint) => `contains(${lower},${literal(hint)})`).join(' or ');
}

/** Limits shared with the closer look, so that what it would read is what is searched here. */
export const MAX_HEADING_TEXT = 300;
export const MAX_LABEL_TEXT = 400;
export const MAX_BUTTON_TEXT = 40;
export const MAX_TERMS_LINK_TEXT = 80;

const CHECKBOX = `input[translate(@type,'CHEKBOX','chekbox')='checkbox']`;
const BUTTON_INPUT = `input[@type='submit' or @type='button' or @type='image']`;
const DIALOG = `*[self::dialog or @role='dialog' or @aria-modal='true']`;

/** Short buttons below `scope` that say "agree"; in dialogs also elements with role=button. */
function agreeButtonsIn(scope: string, withRoleButtons: boolean): string[] {
  const short = `[string-length(.)<${MAX_BUTTON_TEXT}][${mentions('.', AGREE_HINTS)}]`;
  return [
    `${scope}//button${short}`,
    `${scope}//${BUTTON_INPUT}[${mentions('@value', AGREE_HINTS)}]`,
    ...(withRoleButtons ? [`${scope}//*[@role='button']${short}`] : []),
  ];
}

/** Every place the closer look reads, each filtered by its hints. */
const AGREE_SIGNAL = [
  // Headings that name an agreement.
  `//h1[string-length(.)<${MAX_HEADING_TEXT}][${mentions('.', TITLE_HINTS)}]`,
  `//h2[string-length(.)<${MAX_HEADING_TEXT}][${mentions('.', TITLE_HINTS)}]`,
  // "I have read and agree" boxes: the text beside the box, or its label.
  `//${CHECKBOX}/..[string-length(.)<${MAX_LABEL_TEXT}][${mentions('.', AGREE_HINTS)}]`,
  `//label[string-length(.)<${MAX_LABEL_TEXT}][${mentions('.', AGREE_HINTS)}]`,
  // "Agree" buttons of forms and dialogs.
  ...agreeButtonsIn('//form', false),
  ...agreeButtonsIn(`//${DIALOG}`, true),
  // "By creating an account, you agree to our <a>Terms</a>" in a form with a sign-up button.
  `//form[.//button[${mentions('.', SIGNUP_HINTS)}] or .//${BUTTON_INPUT}[${mentions('@value', SIGNUP_HINTS)}]]//a[string-length(.)<${MAX_TERMS_LINK_TEXT}][${mentions('.', TITLE_HINTS)}]`,
].join(' | ');

const XPATH_BOOLEAN = 3; // XPathResult.BOOLEAN_TYPE, without touching the XPathResult interface.

function xpathSays(doc: Document, expression: string): boolean {
  try {
    return doc.evaluate(`boolean(${expression})`, doc, null, XPATH_BOOLEAN, null).booleanValue;
  } catch {
    // An engine that cannot evaluate it: fall back to the closer look.
    return true;
  }
}

/** Could the closer look find an agreement heading, agree control or consent line here? */
export const mayHaveAgreeSignal = (doc: Document): boolean => xpathSays(doc, AGREE_SIGNAL);

/**
 * Web components keep their forms in shadow roots that neither CSS counts nor XPath enter.
 * Such apps keep almost nothing in the light DOM (`<body><app-root>`), so only small documents
 * with a custom element (a tag with a hyphen) are worth the closer look inside shadow roots.
 */
export const MAX_ELEMENTS_FOR_SHADOW_SCAN = 150;
export function mayHaveShadowForms(doc: Document): boolean {
  return doc.getElementsByTagName('*').length <= MAX_ELEMENTS_FOR_SHADOW_SCAN && xpathSays(doc, `//*[contains(local-name(),'-')]`);
}

/**
 * Cheap signs that an agreement may still arrive: a sign-up-like form (password, e-mail or
 * check box), a dialog, an app shell that renders after load, or a page with little markup
 * at idle time. A search box alone is not one.
 */
const LATER_SIGNS =
  'input[type=password], input[type=email], input[type=checkbox], dialog, [role=dialog], [aria-modal=true], #root, #app, #__next, #__nuxt, [data-reactroot], [ng-version]';
const FEW_ELEMENTS = 80;
export function mayGrowAgreement(doc: Document): boolean {
  return doc.querySelectorAll(LATER_SIGNS).length > 0 || doc.getElementsByTagName('*').length < FEW_ELEMENTS;
}
