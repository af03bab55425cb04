/**
 * Implicit consent: "By creating an account, you agree to our <a>Terms of Service</a>" beside a
 * "Create account" button, with no checkbox — pressing the button is the acceptance. Only
 * actions that make a contract count (an account, an order, a booking, an install); the same
 * sentence on a newsletter, comment, contact or download form is not acceptance of key terms.
 *
 * Pure text tests shared by the analyser (agree-controls.ts finds the control and its line)
 * and the every-page sniffer (`hasImplicitConsent`, below), so this file stays small.
 * Flags are `i` without `u`, as in vocabulary.ts, for the same compile-time reason.
 */
import { CONSENT_HINTS, hinted, TITLE_HINTS } from './vocabulary-hints';
import { AGREEMENT_TITLE, COOKIE_POLICY_NAME, NON_AGREEMENT_CONSENT } from './vocabulary';

/** A consent line is one sentence or two; longer text is prose about terms, not a line by a button. */
export const MAX_CONSENT_LINE_CHARS = 400;

/** "you agree / accept / consent", as a consent line addresses the user. */
export const CONSENT_VERB =
  /同意|接受|\bagree|\baccept|\bconsent|akzeptier|einverstanden|zustimm|\bstimm(?:e|st|t|en)\b[^.]{0,80}\bzu\b|accett|acconsent|akceptuj|zgadza|acept|承諾|承認/i;

/** Actions that make a contract: sign up, order, pay, book, install, continue — on the button or in the line. */
export const SIGNUP_ACTION =
  /creat(?:e|ing) (?:an? |your |my |a new )?(?:free )?account|\bsign(?:ing)?[ -]?up\b|\bregist(?:er|r)|\bjoin(?:ing)?\b|\bcontinu(?:e|ing)\b|\bproceed|\bnext\b|\bget started\b|\bstart (?:my |your |the )?(?:free )?trial|plac(?:e|ing) (?:your |my |the |an )?order|\border now\b|(?:complete|confirm) (?:your |my |the )?(?:order|purchase|booking|payment)|\bcheck ?out\b|\bbuy(?:ing)?\b|\bpurchas|\bpay(?:ing|ment)?\b|\bbook(?:ing)?\b|\breserv|\binstal|注册|註冊|继续|繼續|下一步|立即|提交订单|提交訂單|购买|購買|支付|付款|下单|预订|預訂|开通|開通|安装|安裝|konto (?:erstellen|anlegen)|\bweiter\b|fortfahren|bestell|\bkaufen|bezahl|\bzahlungspflichtig|\bbuchen|crea(?:re)? (?:un |il tuo )?account|\bcontinua|prosegu|\bordina|acquist|\bpaga|prenot|zarejestr|rejestr|(?:załóż|utwórz|zakładając|tworząc) konto|\bdalej\b|kontynu|zamów|zamawiam|zamówienie|\bkup|płac|zapłać|rezerw|cr[ée]er (?:un |votre |mon )?compte|en créant|inscri|continuer|en continuant|\bcommander|(?:passer|valider) (?:la |votre |ma )?commande|achet|\bpayer\b|réserv|crear (?:una |tu |mi )?cuenta|al crear|regístr|continuar|realizar (?:el )?pedido|comprar|\bpagar\b|登録|アカウント(?:を)?作成|続ける|次へ|進む|注文|購入|支払|予約|インストール|申し?込/i;

/** Forms and buttons that do not make a contract even when their line says "you agree". */
export const NOT_AN_ACCOUNT =
  /newsletter|mailing list|subscri|\bcomment|\bpost(?:ing)? (?:a |your )?(?:reply|review)|\bcontact|\bsend (?:a |your |this |us )?(?:message|enquiry|inquiry)|feedback|enquir|inquir|\bpdf\b|white ?paper|e-?book|brochure|datasheet|\balerts?\b|inbox|评论|評論|留言|订阅|訂閱|联系|聯繫|反馈|咨询|kommentar|kontakt|nachricht senden|commento|contatt|komentarz|commentaire|nous contacter|comentario|contacto|コメント|お問い合わせ|メルマガ/i;

/** Names of documents ("User Agreement", "Acceptable Use Policy") say "agree" without anyone agreeing. */
const DOCUMENT_WORDS = /agreements?|acceptable|acceptance/gi;

/** The text says "you agree / accept / consent" (not merely names an agreement). */
export function saysConsent(text: string): boolean {
  return CONSENT_VERB.test(text.replace(DOCUMENT_WORDS, ' '));
}

export const mayHoldConsent = (text: string): boolean => hinted(text, CONSENT_HINTS);
export const mayNameTerms = (text: string): boolean => hinted(text, TITLE_HINTS);

/** "By creating an account, you agree to our Terms": consent to named terms, not to cookies or mail. */
export function isConsentLine(line: string): boolean {
  if (line.length > MAX_CONSENT_LINE_CHARS || !saysConsent(line) || !AGREEMENT_TITLE.test(line) || NOT_AN_ACCOUNT.test(line)) return false;
  return !NON_AGREEMENT_CONSENT.test(line.replace(COOKIE_POLICY_NAME, ''));
}

/** The line gives consent, and the line or the control it goes with names a contract-making action. */
export function isImplicitConsent(line: string, controlText: string): boolean {
  if (!isConsentLine(line)) return false;
  if (NOT_AN_ACCOUNT.test(controlText) || NON_AGREEMENT_CONSENT.test(controlText)) return false;
  return SIGNUP_ACTION.test(line) || SIGNUP_ACTION.test(controlText);
}

/** A form's address and names: `action="/subscribe"` or `id="comment-form"` say what it is for. */
export function formMarker(form: Element | null | undefined): string {
  if (!form) return '';
  return `${form.getAttribute('action') ?? ''} ${form.id} ${form.getAttribute('name') ?? ''} ${form.getAttribute('class') ?? ''}`;
}

const MAX_FORMS = 20;
/** Text looked at around a form; a form inside a long article is read only through its own text. */
const MAX_SCOPE_CHARS = 3000;
/** Characters either side of a consent verb that make up "the line" for the sniffer. */
const WINDOW_CHARS = 200;

const collapse = (text: string) => text.replace(/\s+/g, ' ');

/**
 * The form's text, or its parent's when the consent line sits just outside the form, or its
 * grandparent's when the form has a wrapper of its own and the line is the card's footer
 * (`<div><div><form>…</form></div><div>继续操作即视为同意…</div></div>`).
 */
function scopeTextOf(form: HTMLFormElement): string | undefined {
  const own = form.textContent ?? '';
  if (own.length <= MAX_SCOPE_CHARS * 4 && mayHoldConsent(own)) return collapse(own);
  for (let el = form.parentElement, depth = 0; el && depth < 2 && el.tagName !== 'HTML'; el = el.parentElement, depth++) {
    const around = el.textContent ?? '';
    if (around.length > MAX_SCOPE_CHARS) return undefined;
    if (mayHoldConsent(around)) return collapse(around);
  }
  return undefined;
}

/** Values of submit inputs: their words are not in textContent. */
function inputLabels(form: HTMLFormElement): string {
  let out = '';
  const inputs = form.querySelectorAll<HTMLInputElement>('input[type=submit], input[type=button], input[type=image]');
  for (let i = 0; i < inputs.length && i < 10; i++) out += ` ${inputs[i].value || inputs[i].alt || ''}`;
  return out;
}

/**
 * The every-page check for implicit consent: does a form here (or the element right around it)
 * say "By signing up, you agree to the Terms" and name a contract-making action? Reads only
 * the text of at most 20 forms and their submit inputs' values; no layout, nothing changed.
 * Pages without forms return at once. A yes only means "worth analysing".
 */
export function hasImplicitConsent(root: Document | ShadowRoot): boolean {
  const forms = root.querySelectorAll('form');
  const verbs = new RegExp(CONSENT_VERB.source, 'gi');
  for (let i = 0; i < forms.length && i < MAX_FORMS; i++) {
    const form = forms[i];
    const text = scopeTextOf(form);
    if (!text || NOT_AN_ACCOUNT.test(formMarker(form))) continue;
    const labels = inputLabels(form);
    verbs.lastIndex = 0;
    let match: RegExpExecArray | null;
    for (let n = 0; n < 5 && (match = verbs.exec(text)); n++) {
      const line = text.slice(Math.max(0, match.index - WINDOW_CHARS), match.index + WINDOW_CHARS);
      if (mayNameTerms(line) && isImplicitConsent(line, labels)) return true;
    }
  }
  return false;
}
