/**
 * The two steps of the every-page check.
 *
 * `firstLook` runs on every page and in every frame: counts only (first-look.ts). A top frame
 * reports only a "maybe"; its title and address the background reads from the tab itself. A
 * subframe always reports, because the background knows a frame's address only from its
 * message. The background then loads the analyser (the address says terms), the closer look
 * (a "maybe"), or nothing (background-first-look.ts).
 *
 * `closerLook` runs where the background loaded it: one closer look now and, where the page may
 * still grow an agreement, a bounded watch for it. At most one request for the analyser per frame.
 */
import { mayHoldAgreement } from './first-look';
import { looksLikeAgreement, mayShowAgreementLater } from './looks-like-agreement';
import { watchForAgreement } from './watch-for-agreement';

export function firstLook(doc: Document, isTopFrame: boolean, report: (mayHold: boolean) => void): void {
  const mayHold = mayHoldAgreement(doc);
  if (mayHold || !isTopFrame) report(mayHold);
}

/** Returns the function that stops its watch, if it started one. */
export function closerLook(doc: Document, url: () => string, requestAnalysis: () => void): (() => void) | undefined {
  const check = () => looksLikeAgreement(doc, url());
  if (check()) {
    requestAnalysis();
    return undefined;
  }
  return mayShowAgreementLater(doc) ? watchForAgreement(doc.documentElement, check, requestAnalysis) : undefined;
}
