import type { Lexicon } from './types';

/** Polish terms of service. Heavy inflection, so rules match stems. */
const G = '[^.;:]';

export const pl: Lexicon = {
  plain: {
    law: [`\\bpodlega(?:ją)? prawu\\b`, `\\bwłaściwe jest prawo\\b`, `\\bzastosowanie ma prawo\\b`, `\\bprawem właściwym (?:jest|będzie)\\b`],
    jurisdiction: [`\\bsąd(?:em|y|ami)? właściwy(?:m|mi)? (?:jest|są|będzie|będą)(?![\\wąćęłńóśźż])`, `\\bspory (?:będzie )?rozstrzyga(?:ć|ją)? sąd`],
  },
  plainHints: ['praw', 'sąd'],
  rules: {
    liability: [
      `odpowiedzialn|nie ponos|nie odpowiada|nie odpowiadamy`,
      `gwarancj|gwarantuj|rękojm|zapewnie[nń]|zapewniamy`,
      `zwolni${G}{0,30}(odpowiedzialn|roszcz)|zabezpieczy${G}{0,30}(roszcz|przed)|naprawi${G}{0,20}szkod|odszkodowa`,
      `\\bw stanie,? w jakim|„tak jak jest|„w obecnej postaci|w postaci,? w jakiej|jak jest”|w miarę dostępności`,
      `sił[aąy] wyższ|poza (naszą |jego |ich )?(uzasadnioną |rozsądną )?kontrolą`,
      `szkod|utracon${G}{0,5}(korzyś|zysk)|utrat${G}{0,5}(zysk|danych|dochod)`,
      `na (własne|wyłączne) ryzyko|własne ryzyko`,
      `w żadnym (wypadku|razie)|wyłączeni|ograniczeni|rażące(go)? niedbalstw|umyśln`,
    ],
    law: [
      `\\bpraw(o|a|em|u) (polsk|angielsk|irlandzk|niemieck|luksembursk|austriack|szwedzk|fińsk|holendersk|szwajcarsk|stanu|kraju|państwa|właściw|obowiązując|materialn|angli|irlandii|luksemburga|kalifornii|szwecji)`,
      `podlega(ją)?${G}{0,30}(prawu|prawodawstwu|przepisom)|(rządzi|rządzą|regulowan)${G}{0,30}praw|zgodnie z prawem${G}{0,30}(stanu|kraju|państwa|angli|irland)`,
      `norm kolizyjn|przepisów kolizyjn|kolizyjn|prawa właściwego|konwencj${G}{0,20}narodów zjednoczonych${G}{0,40}sprzedaży|\\bcisg\\b`,
      `bezwzględnie obowiązując|obowiązkow${G}{0,20}(przepis|ochron)${G}{0,30}konsument|przepis${G}{0,30}ochron${G}{0,10}konsument`,
      `prawodawstw`,
    ],
    jurisdiction: [
      `\\bsąd|\\bsądy|\\bsądów|\\bsądach|\\bsądem|\\bsądzie|jurysdykcj|właściwoś${G}{0,20}(sąd|miejscow)`,
    ],
    arbitration: [`arbitra|pozw${G}{0,5} zbiorow|postępowa${G}{0,5} (grupow|zbiorow)|ławy przysięgłych|sąd polubown|drobnych roszcze`],
    change: [
      `(zmian|zmieni|zmodyfik|modyfik|aktualiz|zaktualiz)${G}{0,50}(warunk|regulamin|umow|zasad)`,
      `(warunk|regulamin|umow)${G}{0,40}(zmian|zmieni|modyfik|aktualiz)`,
    ],
    termination: [
      `rozwiąza|wypowiedz|zawiesz|zawiesi|zablokow|blokad|zakończ|dezaktyw|wstrzyma|usun${G}{0,10}kont|zamkn${G}{0,10}kont|zaprzesta`,
    ],
    'content-removal': [
      `(usun|usuwa|usunię|zablokow|blokow|edytow|moderow)${G}{0,40}(treś|zawartoś|materiał|komentarz|post|opini|recenzj)`,
      `(treś|zawartoś|materiał)${G}{0,40}(usun|usunię|zablokow)`,
    ],
    'acceptance-by-use': [
      `korzystając|używając|uzyskując dostęp|odwiedzając|pobierając|rejestrując|instalując|klikając|kontynuując`,
      `(korzystanie|używanie|dostęp)${G}{0,50}(oznacza|stanowi|jest równoznaczn)${G}{0,30}(akceptacj|zgod|zaakceptow)`,
      `jeśli${G}{0,30}nie (zgadza|akceptuj)${G}{0,60}nie (korzyst|używ|powin)`,
    ],
    fees: [
      `\\bobciąż|pobiera${G}{0,20}(opłat|prowizj)|opłat${G}{0,3} (za |manipulacyjn|karn|dodatkow|transakcyjn|likwidacyjn)|automatyczn${G}{0,5} (odnow|przedłuż)|(odnawia|przedłuża)(ją)? się automatycznie`,
      `przewalutowa|kurs${G}{0,3} wymian|przeliczeni${G}{0,5} walut|kar${G}{0,2} umown|odset|bezzwrotn|nie podlega${G}{0,5} zwrotowi`,
    ],
    data: [
      `\\bdan(e|ych)${G}{0,40}(usun|przechow|udostępni|przekaz|ujawni|sprzeda)`,
      `(usunięci|usuwani|przechowywani|udostępniani|przekazywani|ujawniani)${G}{0,3} (twoich |twych |swoich |użytkownika |tych )?(danych|informacji)`,
    ],
  },
};
