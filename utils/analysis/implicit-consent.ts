/**
 * Implicit consent: "By creating an account, you agree to our Terms of Service" beside a
 * sign-up button. No box is ticked, yet pressing the button accepts the terms, so the button
 * is the agree control. Shared by the full analysis (agree-controls.ts) and the every-page
 * sniffer, which must agree on what such a line is.
 */
import { AGREEMENT_TITLE, IMPLICIT_CONSENT, NON_AGREEMENT_CONSENT, RECEIVE_MESSAGES, SIGNUP_ACTION } from './vocabulary';

/** A consent line is one or two sentences; longer text is prose that merely mentions terms. */
export const MAX_CONSENT_LINE = 300;
/** Buttons say it briefly ("Create my account"). */
export const MAX_ACTION_TEXT = 40;

/**
 * The line makes an action the acceptance, names the terms it accepts, and is not about
 * newsletters, cookies or receiving messages ("By submitting your email you agree to receive…").
 */
export function isImplicitConsentLine(text: string): boolean {
  return (
    text.length <= MAX_CONSENT_LINE &&
    IMPLICIT_CONSENT.test(text) &&
    AGREEMENT_TITLE.test(text) &&
    !NON_AGREEMENT_CONSENT.test(text) &&
    !RECEIVE_MESSAGES.test(text)
  );
}

/** The button signs up, continues or orders: "Submit" or "Subscribe" alone accept no terms. */
export function isSignupAction(text: string): boolean {
  return text.length > 0 && text.length <= MAX_ACTION_TEXT && SIGNUP_ACTION.test(text) && !NON_AGREEMENT_CONSENT.test(text);
}

/** Inline elements are part of a line, not a line of their own. */
const INLINE_TAGS = new Set(['A', 'SPAN', 'B', 'STRONG', 'EM', 'I', 'SMALL', 'FONT', 'U', 'MARK', 'ABBR', 'BDI', 'BDO']);

/**
 * The line of text `node` sits in: its nearest non-inline ancestor, or the outermost inline
 * one when that ancestor holds more than a line (a form whose direct child is the consent span).
 */
export function consentLineOf(node: Node): Element | undefined {
  let el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  for (let depth = 0; el && depth < 4 && INLINE_TAGS.has(el.tagName); depth++) {
    const parent: Element | null = el.parentElement;
    if (!parent || (parent.textContent ?? '').length > MAX_CONSENT_LINE) return el;
    el = parent;
  }
  return el ?? undefined;
}
