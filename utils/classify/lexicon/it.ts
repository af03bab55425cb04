import type { Lexicon } from './types';

/** Italian terms of service. */
const G = '[^.;:]';

export const it: Lexicon = {
  plain: {
    law: [`(?:è|sono|sarà|saranno) (?:regolat|disciplinat)[oaie] dall[ae] legg[ei]`, `\\bsi applica la legge\\b`],
    jurisdiction: [
      `\\bforo competente (?:è|sarà|esclusivo)`,
      `(?:è|sarà) competente (?:in via esclusiva )?il (?:foro|tribunale)\\b`,
      `\\bcompetenza esclusiva del (?:foro|tribunale)\\b`,
    ],
  },
  plainHints: ['legg', 'foro', 'tribunale'],
  rules: {
    liability: [
      `responsabil`,
      `\\bgaranzi|\\bgarantisc|\\bnon garanti|\\bgarantiamo|\\bgarantire`,
      `\\bmanlev|\\bindenn|\\btenere indenne|\\brisarcire|\\brisarcimento`,
      `così com[e'’]|nello stato in cui|\\b"as is"|come disponibile|così come disponibile`,
      `forza maggiore|al di fuori del (nostro |suo |loro )?(ragionevole )?controllo|fuori dal (nostro )?controllo`,
      `danni (indiretti|consequenziali|conseguenti|incidentali|speciali|punitivi)|lucro cessante|perdita di (profitti|dati|guadagn|ricavi)`,
      `(a|a suo|a proprio|a loro) (esclusivo )?rischio|proprio rischio|suo rischio`,
      `in nessun caso|\\bescludere${G}{0,30}responsabil|limitazion|esclusion${G}{0,30}(garanzi|responsabil)`,
      `dolo|colpa grave|negligenza`,
    ],
    law: [
      `\\blegge (italiana|austriaca|irlandese|inglese|tedesca|svedese|lussemburghese|finlandese|olandese|svizzera|della|dello|di |applicabile|del)`,
      `\\bleggi (dello|della|di|del|vigenti|applicabili)|\\bdiritto (italiano|austriaco|irlandese|inglese|tedesco|svedese|lussemburghese|svizzero|sostanziale|applicabile|della|dello|del|di )`,
      `disciplinat[eioa]${G}{0,40}(legge|leggi|diritto)|regolat[eioa]${G}{0,40}(legge|leggi|diritto)|sogget[ti]${G}{0,20}(legge|leggi|diritto)|interpretat[eioa]${G}{0,30}(legge|leggi)`,
      `conflitt[oi] (di|tra) (legg|norm)|norme di conflitto|diritto internazionale privato|convenzione delle nazioni unite|\\bcisg\\b|norme (obbligatorie|imperative)|disposizioni (obbligatorie|imperative)`,
    ],
    jurisdiction: [
      `\\bforo\\b|\\btribunal[ei]\\b|giurisdizion|\\bcompetenza (esclusiva|territoriale)|autorità giudiziaria|\\bcorte\\b|\\bcorti\\b`,
    ],
    arbitration: [`arbitra|class action|azion[ei] collettiv|azion[ei] di classe|giuria|piccole controversie|small claims`],
    change: [
      `(modific|aggiorn|cambi|rivede|revision)${G}{0,50}(termini|condizioni|accordo|contratto|informativa|regolamento)`,
      `(termini|condizioni|accordo)${G}{0,40}(modific|aggiorn)`,
      `diritto di (modificare|aggiornare|cambiare)`,
    ],
    termination: [
      `risolu|\\brecede|\\brecesso|sospend|sospension|disattiv|\\bcessa|\\binterromp|\\bterminar|\\bchiude${G}{0,20}account|chiusura${G}{0,20}account|\\bbloccare|\\bblocco`,
    ],
    'content-removal': [
      `(rimuov|rimozion|eliminar|cancellar|bloccar|modificar)${G}{0,40}(contenut|materiale|post|comment|recension|informazion)`,
      `(contenut|materiale)${G}{0,40}(rimoss|eliminat|cancellat|bloccat)`,
    ],
    'acceptance-by-use': [
      `\\b(utilizzando|usando|accedendo|visitando|scaricando|registrandosi|continuando|installando|cliccando)`,
      `(utilizzo|uso|accesso)${G}{0,40}(costituisce|implica|comporta|equivale)${G}{0,30}(accettazione|consenso)`,
      `se (non accetta|l'utente non accetta|non si accetta|non è d'accordo)${G}{0,60}non${G}{0,20}(utilizz|usar|acced)`,
    ],
    fees: [
      `\\baddebit|\\b(tariff|commission|cost|spes)[a-z]*${G}{0,30}\\b(applicat|addebitat)|rinnovo automatico|rinnov[a-z]* automaticamente|automaticamente rinnov`,
      `conversione (di |della )?valuta|tasso di cambio|\\bpenal[ei]\\b|interessi di mora|non rimborsabil|nessun rimborso|commissione (di|per)`,
    ],
    data: [
      `\\bdati${G}{0,40}\\b(cancellat|eliminat|conservat|condivis|comunicat|trasferit|divulgat|memorizzat)`,
      `\\b(cancellazione|conservazione|condivisione|comunicazione|divulgazione|trasferimento) (dei |di |delle )?(tuoi |suoi |propri )?(dati|informazioni)`,
      `\\b(cancellare|eliminare|conservare|condividere|divulgare|trasferire|cedere)${G}{0,20}\\b(dati|informazioni)`,
    ],
  },
};
