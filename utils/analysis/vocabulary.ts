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
  /协议|協議|条款|條款|服务条款|使用条款|隐私政策|隱私權政策|须知|規約|约定书|承诺书|\bterms\b|\btos\b|\beula\b|\bagreement\b|conditions of (?:use|sale|service)|terms and conditions|terms of (?:service|use|sale)|privacy (?:policy|statement|notice)|licen[cs]e agreement|user agreement|nutzungsbedingungen|\bagb\b|geschäftsbedingungen|datenschutzerklärung|condizioni (?:generali|d['’]uso|di servizio)|termini (?:e condizioni|di servizio|d['’]uso)|informativa (?:sulla )?privacy|regulamin|warunki (?:korzystania|świadczenia)|polityka prywatności|conditions générales|conditions d['’]utilisation|politique de confidentialité|términos (?:y condiciones|de (?:uso|servicio))|condiciones (?:generales|de uso)|política de privacidad|利用規約|プライバシーポリシー|約款/i;

/** What an acceptance control says: "I have read and agree", "同意", "Accept". */
export const AGREE_WORDS =
  /同意|接受|已阅读|已閱讀|已读|阅读并|\bagree|\baccept|\bconsent|i have read|akzeptier|zustimm|einverstanden|accett|acconsent|akceptuj|zgadzam|zapoznałem|j['’]accepte|accepter|acepto|aceptar|同意する|承諾/i;

/** How a button, link or clickable element that accepts starts: "Agree", "I accept", "同意并继续". */
export const STARTS_AGREE =
  /^(?:i\s+)?(?:agree|accept)|^(?:我)?(?:已阅读并)?(?:同意|接受)|^(?:akzeptieren|zustimmen|accetto|accetta|akceptuj|j['’]accepte|accepter|acepto|aceptar)/i;

/** Consent lines that are not agreements to key terms: newsletters, cookies, marketing. */
export const NON_AGREEMENT_CONSENT =
  /cookie|newsletter|subscribe|marketing|promotional|offers|updates by email|email updates|订阅|营销|推送|newsletter|werbung|iscriviti|promocj/i;

/** Paths where terms usually live. */
export const AGREEMENT_URL =
  /terms|tos\b|eula|legal|agreement|policy|privacy|conditions|license|licence|xieyi|tiaokuan|agb|nutzungsbedingungen|regulamin|condizioni|rules|protocol/i;

/**
 * A line that makes an action the acceptance: "By creating an account, you agree to our
 * Terms", "继续操作即视为同意《用户协议》", "Mit der Registrierung akzeptierst du die AGB".
 * Whether it names terms, and whether the action is a sign-up, is checked separately.
 */
export const IMPLICIT_CONSENT =
  /\bby (?:[a-z]+ing)\b[^.!?]{0,100}?\b(?:agree|accept|consent)|(?:继续|繼續|注册|註冊|登录|登錄|登入|点击|點擊|提交|使用|创建|創建|开始|開始|下一步|购买|購買|支付|下单|下單).{0,24}?(?:即|视为|視為|表示|代表|意味着|意味著|默认|默認|则|則).{0,12}?(?:同意|接受)|(?:登録|続行|ログイン|利用|購入).{0,20}?(?:ことで|により|をもって|すると).{0,40}?同意|\b(?:mit (?:de[rmn]|deine[rmn]?|ihre[rmn]?)|indem (?:sie|du))\b[^.!?]{0,100}?(?:akzeptier|stimm|einverstanden)|\ben [a-zéèêàçô]+ant\b[^.!?]{0,100}?\b(?:vous|je|j['’])\s?(?:accept|consent)|\bal [a-záéíóú]+(?:ar|er|ir)(?:te|se|me)?\b[^.!?]{0,100}?\bacept|\b[a-z]+(?:ando|endo)(?:ti|si|vi|mi)?\b[^.!?]{0,100}?\b(?:accett|acconsent)/i;

/** What a button that signs up, continues or orders says: the actions such a line accepts terms by. */
export const SIGNUP_ACTION =
  /sign ?up|create|register|join|continue|next|get started|start|order|buy|pay|checkout|check out|proceed|book|reserve|install|download|注册|註冊|继续|繼續|下一步|创建|創建|开始|開始|立即|下单|下單|购买|購買|支付|registrier|konto erstellen|weiter|fortfahren|bestellen|kaufen|inscri|créer|continuer|suivant|commander|regist|crear|continuar|siguiente|comprar|crea|continua|avanti|acquista|登録|続行|次へ|購入/i;

/** Consent to receive messages ("you agree to receive…") is a mailing list, not terms. */
export const RECEIVE_MESSAGES = /\b(?:to )?receive\b|subscrib|订阅|訂閱|接收/i;
