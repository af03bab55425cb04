/**
 * What the every-page script does: one cheap look now; where the page may still grow an
 * agreement, a bounded watch for it; at most one request for the analyser per frame.
 */
import { looksLikeAgreement, mayShowAgreementLater } from './looks-like-agreement';
import { watchForAgreement } from './watch-for-agreement';

export function sniffPage(doc: Document, url: () => string, request: () => void): void {
  const check = () => looksLikeAgreement(doc, url());
  if (check()) {
    request();
    return;
  }
  if (mayShowAgreementLater(doc)) watchForAgreement(doc.documentElement, check, request);
}
