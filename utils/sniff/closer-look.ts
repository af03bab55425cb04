/**
 * The closer look, loaded by the background into a frame's isolated world where the first look
 * (first-look.ts) said "maybe" or the address says sign-up (background-first-look.ts): one
 * closer look now and, where the page may still grow an agreement, a bounded watch for it, or
 * else a look again after clicks. At most one request for the analyser per frame.
 */
import { lookAgainAfterClicks } from './look-again-after-clicks';
import { looksLikeAgreement, mayShowAgreementLater } from './looks-like-agreement';
import { watchForAgreement } from './watch-for-agreement';

/** Returns the function that stops its watch or its listening for clicks, if it started one. */
export function closerLook(doc: Document, url: () => string, requestAnalysis: () => void): (() => void) | undefined {
  const check = () => looksLikeAgreement(doc, url());
  if (check()) {
    requestAnalysis();
    return undefined;
  }
  return mayShowAgreementLater(doc) ? watchForAgreement(doc.documentElement, check, requestAnalysis) : lookAgainAfterClicks(doc, check, requestAnalysis);
}
