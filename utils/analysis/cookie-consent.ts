/**
 * Cookie banners ask the user to "Accept all" or "I agree" as well, and accepting cookies is
 * not accepting an agreement's key terms: their buttons are not agree controls, on an agreement
 * page or anywhere else. A control belongs to one when a consent manager marked a box around it
 * as its banner (by id or class), or when the box it sits in, its nearest ancestor with words of
 * its own besides the control's, speaks of cookies (a "Cookie Policy" named beside the terms of
 * a sign-up form does not count). That box is never the page, its main content or a form: a
 * short sign-up page holds its cookie banner's words too.
 */
import { collapseWhitespace } from './text';
import { COOKIE_POLICY_NAME } from './vocabulary';

/** Ids and classes of cookie banners: generic names and the common consent managers'. */
const CONSENT_MANAGER_MARKER =
  /(?:^|[-_\s])(?:cookies?|gdpr|cmp|cmpbox|onetrust|optanon|cookiebot|cybotcookiebot\w*|didomi|usercentrics|truste|qc-cmp2?|sp_message|fc-consent|cc-window|osano|cookielaw)(?:[-_\s]|$)/iu;
const SPEAKS_OF_COOKIES = /cookie|クッキー|쿠키/iu;
/** How far up a banner's marker is looked for. */
const MAX_CLIMB = 8;
/** Words of its own a box needs to be the control's context; a banner says more than this. */
const MIN_CONTEXT_CHARS = 40;
/** A box with more text than this is a page or a form, not a banner. */
const MAX_BANNER_CHARS = 3000;

/** A box a consent manager marked as its banner by id or class (also kept out of agreement text by the analysis). */
export function isConsentManagerBox(el: Element): boolean {
  return CONSENT_MANAGER_MARKER.test(`${el.id} ${typeof el.className === 'string' ? el.className : ''}`);
}

/** Boxes that are never a banner, whatever they hold: the page's main content, a form (the climb stops below the body). */
const NOT_A_BANNER = new Set(['MAIN', 'ARTICLE', 'FORM']);

export function isCookieConsentControl(control: Element): boolean {
  const ownLength = collapseWhitespace(control.textContent ?? '').length;
  let contextRead = false;
  for (let el: Element | null = control, depth = 0; el && depth < MAX_CLIMB && el.tagName !== 'BODY'; depth++, el = el.parentElement) {
    if (isConsentManagerBox(el)) return true;
    if (contextRead || el === control) continue;
    if (NOT_A_BANNER.has(el.tagName)) {
      contextRead = true;
      continue;
    }
    const text = collapseWhitespace(el.textContent ?? '');
    if (text.length - ownLength < MIN_CONTEXT_CHARS) continue;
    contextRead = true;
    if (text.length <= MAX_BANNER_CHARS && SPEAKS_OF_COOKIES.test(text.replace(COOKIE_POLICY_NAME, ''))) return true;
  }
  return false;
}
