/**
 * Words that mark agreements and acceptance, in the languages Clausewise reads. Shared by the
 * every-page sniffer (so keep it small: it ships in the script that runs everywhere) and by the
 * full detector.
 *
 * Flags are `i` without `u`: nothing here needs Unicode mode (all characters are in the Basic
 * Multilingual Plane, and `\b` and classes behave the same), while case-insensitive Unicode
 * mode makes V8 compile these large alternations several milliseconds slower — on every page.
 */

/** Titles and headings of agreements. */
export const AGREEMENT_TITLE =
  /协议|協議|条款|條款|服务条款|使用条款|隐私政策|隱私權政策|须知|規約|约定书|承诺书|\bterms\b|\btos\b|\beula\b|\bagreement\b|conditions of (?:use|sale|service)|terms and conditions|terms of (?:service|use|sale)|privacy (?:policy|statement|notice)|licen[cs]e agreement|software licen[cs]e|licen[cs]e terms|user agreement|nutzungsbedingungen|\bagb\b|geschäftsbedingungen|datenschutzerklärung|condizioni (?:generali|d['’]uso|di servizio|di vendita|di utilizzo)|termini (?:e condizioni|di servizio|d['’]uso)|informativa (?:sulla )?privacy|regulamin|warunki (?:korzystania|świadczenia|handlowe|umowy|sprzedaży|użytkowania)|polityka prywatności|conditions générales|conditions d['’]utilisation|politique de confidentialité|términos (?:y condiciones|de (?:uso|servicio))|condiciones (?:generales|de uso)|política de privacidad|datenschutzhinweise|利用規約|プライバシーポリシー|約款|個人情報保護方針|個人情報の取り?扱い/i;

/** What an acceptance control says: "I have read and agree", "同意", "Accept". */
export const AGREE_WORDS =
  /同意|接受|已阅读|已閱讀|已读|阅读并|\bagree|\baccept|\bconsent|i have read|akzeptier|zustimm|einverstanden|\bstimme\b[^.]{0,80}\bzu\b|accett|acconsent|akceptuj|zgadzam|zapoznałem|j['’]accepte|accepter|je suis d['’]accord|acepto|aceptar|estoy de acuerdo|同意する|承諾/i;

/** How a button, link or clickable element that accepts starts: "Agree", "I accept", "同意并继续". */
export const STARTS_AGREE =
  /^(?:i\s+)?(?:agree|accept)|^(?:我)?(?:已阅读并)?(?:同意|接受)|^(?:akzeptieren|zustimmen|accetto|accetta|akceptuj|j['’]accepte|accepter|acepto|aceptar)/i;

/** "Cookie Policy" is one of the documents a sign-up names; only consent to cookies themselves is not an agreement. */
export const COOKIE_POLICY_NAME =
  /cookies?[- ](?:policy|notice|statement|use policy)|cookie-richtlinie|informativa (?:sui )?cookie|politique (?:relative aux |de |en matière de )?cookies|política de cookies|polityka (?:plików )?cookies|cookie ?政策/gi;

/** Consent lines that are not agreements to key terms: newsletters, cookies, marketing. */
export const NON_AGREEMENT_CONSENT =
  /cookie|newsletter|subscribe|marketing|promotional|offers|updates by email|email updates|订阅|营销|推送|werbung|iscriviti|promocj|offres|offerte|ofertas|infolettre|prospection|boletín|publicidad|comm?unica(?:tions?|ciones|zioni) commercial|メールマガジン|メルマガ/i;

/** Paths where terms usually live. */
export const AGREEMENT_URL =
  /terms|tos\b|eula|legal|agreement|policy|privacy|conditions|license|licence|xieyi|tiaokuan|agb|nutzungsbedingungen|datenschutz|regulamin|condizioni|termini\b|terminos|condiciones|privacidad|cgu\b|cgv\b|confidentialit|kiyaku|rules|protocol/i;

/**
 * Titles and paths of the pages where people accept an agreement with nothing to fill in:
 * sign-up, install and download, checkout. Used by the background only (it reads the tab's
 * title and address, which costs the page nothing), to look closer at such pages even where
 * the first look counted no field: their agree control may be a lone button.
 */
export const ACCEPTANCE_FLOW =
  /sign[-_ ]?up|registr|rejestr|\bjoin\b|create[-_ ]?(?:an[-_ ]|your[-_ ])?account|checkout|check[-_ ]out|instal|download|descarg|pobierz|setup|activat|onboard|anmeld|iscri|inscri|cr[ée]er[-_ ]?(?:un[-_ ]|votre[-_ ])?compte|crear[-_ ]?(?:una[-_ ]|tu[-_ ]|su[-_ ])?cuenta|commande|pedido|paiement|\bpago\b|注册|註冊|开户|下载|安装|激活|登録|アカウント作成|購入|申込|申し込/i;
