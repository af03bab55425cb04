import { looksLikeAgreement } from '@/utils/sniff/looks-like-agreement';
import { sendMessage } from '@/utils/messages';

/** Runs on every page: a cheap look, and the analyser is loaded only where it may be needed. */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  runAt: 'document_idle',
  main() {
    if (looksLikeAgreement(document, location.href)) {
      sendMessage('requestAnalysis', undefined).catch(() => undefined);
    }
  },
});
