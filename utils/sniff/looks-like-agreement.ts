/**
 * The every-page check: does this page look like it presents an agreement? It reads only the
 * title, the address, a few headings and the page's checkboxes and buttons — no layout, no full
 * text — and changes nothing. A yes only means "worth analysing"; the analyser decides.
 */
import { AGREE_WORDS, AGREEMENT_TITLE, AGREEMENT_URL, NON_AGREEMENT_CONSENT } from '../analysis/vocabulary';

const MAX_HEADINGS = 6;
const MAX_CONTROLS = 200;

function isAgreeText(text: string | null | undefined): boolean {
  return !!text && text.length < 400 && AGREE_WORDS.test(text) && !NON_AGREEMENT_CONSENT.test(text);
}

export function looksLikeAgreement(doc: Document, url: string): boolean {
  if (AGREEMENT_TITLE.test(doc.title)) return true;
  try {
    if (AGREEMENT_URL.test(new URL(url).pathname)) return true;
  } catch {
    // Not a URL we can read: judge by content alone.
  }
  const headings = doc.querySelectorAll('h1, h2, [role=heading]');
  for (let i = 0; i < headings.length && i < MAX_HEADINGS; i++) {
    if (AGREEMENT_TITLE.test(headings[i].textContent ?? '')) return true;
  }
  const checkboxes = doc.querySelectorAll<HTMLInputElement>('input[type=checkbox]');
  for (let i = 0; i < checkboxes.length && i < MAX_CONTROLS; i++) {
    const box = checkboxes[i];
    const label = box.labels?.[0]?.textContent ?? box.parentElement?.textContent;
    if (isAgreeText(label)) return true;
  }
  const buttons = doc.querySelectorAll('button, input[type=submit], [role=button]');
  for (let i = 0; i < buttons.length && i < MAX_CONTROLS; i++) {
    const b = buttons[i];
    const text = (b as HTMLInputElement).value || b.textContent;
    if (text && text.length < 40 && isAgreeText(text)) return true;
  }
  return false;
}
