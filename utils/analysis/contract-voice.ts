/**
 * The contractual voice: a provider addressing its user about rights and duties ("you agree",
 * "we reserve the right", "these Terms", "l'utente si impegna", "niniejszy Regulamin"). The
 * detector (detect.ts) counts these phrases over a page: agreements say such things dozens of
 * times, articles and product pages hardly ever. Each phrase pairs the party with what binds
 * it, never a topic word alone, and none is a phrase of the consent lines that newsletters and
 * cookie banners carry ("you agree to receive…" is one hit, far below what an agreement has).
 */

/** Regular-expression sources per language, matched case-insensitively. */
const PHRASES: Record<string, string[]> = {
  en: [
    String.raw`\byou (?:agree|acknowledge|understand|accept|may not|must|shall|will not|are responsible)`,
    String.raw`\bwe (?:may|reserve|will not|are not|shall)`,
    String.raw`\b(?:these|the) terms\b`,
    String.raw`\bthis agreement\b`,
  ],
  zh: ['您(?:同意|理解|承认|应|须|不得|可以|有权)', '用户(?:同意|应|不得|须)', '本协议', '本条款', '本服务条款'],
  ja: ['本規約'],
  // Formal "Sie" is matched with its capital (below): in lower case "sie" is "they".
  de: [
    String.raw`\bwir (?:behalten uns|sind (?:nicht )?(?:verpflichtet|berechtigt)|haften|übernehmen keine)`,
    String.raw`\bdiese[nrs]? (?:bedingungen|nutzungsbedingungen|vereinbarung|agb|vertrag)`,
    String.raw`\bder nutzer (?:ist|muss|darf|stimmt|erklärt|kann)`,
  ],
  it: [
    String.raw`\bl['’]utente (?:accetta|riconosce|deve|non può|è responsabile|si impegna|dichiara|può|prende atto)`,
    String.raw`\bpresent[ei] (?:condizioni|termini)`,
    String.raw`\bil presente (?:accordo|contratto)`,
    String.raw`\bci riserviamo`,
    String.raw`\bsi riserva il diritto`,
    // The informal "tu" of app and game terms.
    String.raw`\b(?:accetti|riconosci|ti impegni|sei responsabile|non puoi)\b`,
  ],
  pl: [
    String.raw`\bużytkownik (?:akceptuje|zobowiązuje|może|jest zobowiązany|ponosi|oświadcza|wyraża zgodę|nie może|potwierdza)`,
    String.raw`\bniniejsz(?:y|ego|ym|e|ych|ą|ej) (?:regulamin|warunk|umow)`,
    String.raw`\bzastrzega(?:my)? sobie`,
    String.raw`\b(?:akceptujesz|zgadzasz się|wyrażasz zgodę|zobowiązujesz się|ponosisz|nie możesz|oświadczasz)`,
    String.raw`\bwarunk\p{L}* (?:korzystania|świadczenia|użytkowania)`,
    // The formal plural "Państwo" (Booking, Endomondo) with a verb that binds, in either
    // order; the plural verb tells it from "państwo", a state, which takes the singular.
    String.raw`\b(?:(?:zgadzają|wyrażają|akceptują|ponoszą|przyjmują|oświadczają|potwierdzają|zobowiązują|zrzekają|gwarantują|rozumieją)(?: się)?|nie mogą) państwo\b`,
    String.raw`\bsą państwo zobowiązani`,
    String.raw`\bpaństwo (?:nie mogą|(?:są )?zobowiązani|(?:zgadzają|wyrażają|akceptują|ponoszą|przyjmują|oświadczają|potwierdzają|zobowiązują|zrzekają|gwarantują|rozumieją)(?!\p{L}))`,
  ],
  fr: [
    String.raw`\bvous (?:acceptez|reconnaissez|devez|vous engagez|êtes responsable|ne pouvez pas)`,
    String.raw`\bnous nous réservons`,
    String.raw`\b(?:les )?présentes (?:conditions|cg[uv])`,
  ],
  es: [
    String.raw`\busted (?:acepta|reconoce)`,
    String.raw`\bel usuario (?:acepta|reconoce|se compromete|deberá|no podrá|será responsable)`,
    String.raw`\bnos reservamos el derecho`,
    String.raw`\b(?:las )?presentes (?:condiciones|términos)`,
  ],
};

const CONTRACT_PHRASE = new RegExp(Object.values(PHRASES).flat().join('|'), 'giu');

/** German formal address, capitalised: "Sie stimmen zu", "Sie sind verpflichtet". */
const GERMAN_FORMAL_YOU =
  /\bSie (?:stimmen|erklären|dürfen|müssen|sind (?:nicht )?(?:verpflichtet|berechtigt|verantwortlich)|erkennen|akzeptieren|bestätigen|verpflichten sich)/gu;

/** How many contractual phrases `text` holds. */
export function countContractPhrases(text: string): number {
  return (text.match(CONTRACT_PHRASE)?.length ?? 0) + (text.match(GERMAN_FORMAL_YOU)?.length ?? 0);
}
