/**
 * The two steps of the every-page check.
 *
 * `firstLook` runs on every page and in every frame: counts only (first-look.ts). It reports
 * only a "maybe"; a frame's title and address the background reads itself, from the tab and
 * from the frame's navigation. The background then loads the analyser (the address says
 * terms), the closer look (a "maybe"), or nothing (background-first-look.ts). Where it found
 * nothing, it counts again after the user's clicks, which is when sign-up dialogs appear.
 *
 * `closerLook` runs where the background loaded it: one closer look now and, where the page may
 * still grow an agreement, a bounded watch for it, or else a look again after clicks. At most
 * one request for the analyser per frame.
 */
import { mayHoldAgreement } from './first-look';
import { lookAgainAfterClicks } from './look-again-after-clicks';
import { looksLikeAgreement, mayShowAgreementLater } from './looks-like-agreement';
import { watchForAgreement } from './watch-for-agreement';

/** Returns the function that stops listening for clicks, if it listens. */
export function firstLook(doc: Document, isTopFrame: boolean, reportMaybe: () => void): (() => void) | undefined {
  const look = () => mayHoldAgreement(doc, isTopFrame);
  if (!look()) return lookAgainAfterClicks(doc, look, reportMaybe);
  reportMaybe();
  return undefined;
}

/** Returns the function that stops its watch or its listening for clicks, if it started one. */
export function closerLook(doc: Document, url: () => string, requestAnalysis: () => void): (() => void) | undefined {
  const check = () => looksLikeAgreement(doc, url());
  if (check()) {
    requestAnalysis();
    return undefined;
  }
  return mayShowAgreementLater(doc) ? watchForAgreement(doc.documentElement, check, requestAnalysis) : lookAgainAfterClicks(doc, check, requestAnalysis);
}
