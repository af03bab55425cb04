import type { Lexicon } from './types';

/** German terms of service. Compounds are common, so most rules match word parts. */
const G = '[^.;:]';

export const de: Lexicon = {
  plain: {
    law: [
      `\\bes gilt (?:ausschließlich )?(?:das )?(?:recht der|[a-zäöü]+es recht)`,
      `\\bunterlieg(?:t|en) (?:ausschließlich )?(?:dem )?(?:recht der|[a-zäöü]+em recht)`,
      `\\bfindet (?:ausschließlich )?(?:das )?(?:recht der|[a-zäöü]+es recht) anwendung`,
      `\\banwendbares recht ist\\b`,
      // "Deutsches Recht findet Anwendung.", "Das Recht der Bundesrepublik Deutschland gilt."
      `\\b(?:(?!(?:dies|jed|solch|welch|ein|ihr|unser|sein)es )[a-zäöü]+es recht|recht der [a-zäöü ]{2,40}) (?:findet (?:ausschließlich )?anwendung|gilt(?! als)|ist anzuwenden)\\b`,
    ],
    jurisdiction: [`\\b(?:ausschließlicher )?gerichtsstand (?:ist|für)\\b`, `\\bgerichte (?:in|von) [a-zäöü]+ (?:sind )?(?:ausschließlich )?zuständig`],
  },
  plainHints: ['recht', 'gericht'],
  rules: {
    liability: [
      `haftung|haftbar|\\bhaftet|\\bhaften\\b|gewährleist|gewähr\\b|\\bkeine gewähr`,
      `\\b(keine|keinerlei) (verantwortung|garantie|zusicherung|gewährleistung)`,
      `(nicht|keine) verantwortlich|übernehmen${G}{0,30}keine|übernimmt${G}{0,30}keine`,
      `schadlos|freistell|freizustellen|entschädig`,
      `wie besehen|wie gesehen|„wie (besehen|verfügbar|vorhanden)|wie verfügbar|ohne (jegliche )?(gewähr|garantie)`,
      `höhere[rn]? gewalt|außerhalb (unserer|seiner|ihrer) (angemessenen )?kontrolle`,
      `folgeschäden|mittelbare[rn]? schäden|entgangene[rn]? gewinn|indirekte[rn]? schäden|schadensersatz`,
      `auf (ihr|dein|eigenes) (eigenes )?risiko|eigene[ns]? risiko|alleinige[ns]? risiko`,
      `\\bin keinem fall|\\bunter keinen umständen`,
      `(vorsatz|grobe[rn]? fahrlässigkeit|fahrlässig)`,
      `garantieren nicht|garantiert nicht|gewährleisten nicht|sichern nicht zu`,
    ],
    law: [
      `\\brecht(s)? (der|des|von) |\\b(deutsche[ms]?|irische[ms]?|englische[ms]?|luxemburgische[ms]?|österreichische[ms]?|schweizer(ische[ms]?)?|schwedische[ms]?|finnische[ms]?|niederländische[ms]?|kalifornische[ms]?) recht`,
      `\\b(gesetzen|recht) (der|des|von) (bundesrepublik|staates|bundesstaates|republik|vereinigten|england|irland|luxemburg|kalifornien|new york|schweden|finnland)`,
      `anwendbare[sn]? recht|rechtswahl|un-kaufrecht|un kaufrecht|kollisionsnorm|kollisionsrecht|kollisionsregel|internationalen privatrecht|wiener kaufrecht`,
      `unterlieg(t|en)${G}{0,40}(recht|gesetz)|(recht|gesetz)${G}{0,40}unterlieg|(gilt|gelten)${G}{0,30}recht\\b`,
      `zwingende[rn]? (verbraucherschutz|bestimmung|vorschrift|recht)|verbraucherschutzvorschrift|verbraucherschutzgesetz`,
    ],
    jurisdiction: [
      `gerichtsstand|gerichtsbarkeit|zuständigkeit|gericht(e|en)? (in|von|des|der|am)\\b|zuständige[nr]? (ordentlichen )?gericht|gerichten in|ordentlichen gericht`,
      `\\bvor (einem|den|dem) (zuständigen )?gericht`,
    ],
    arbitration: [`schieds|sammelklage|gruppenklage|schlichtung|geschworen|jury|bagatell|arbitration`],
    change: [
      `(änder|abänder|aktualisier|überarbeit|modifizier)${G}{0,50}(bedingungen|vereinbarung|richtlinie|agb|vertrag)`,
      `(bedingungen|vereinbarung|agb|vertrag)${G}{0,40}(änder|abänder|aktualisier|überarbeit|modifizier)`,
      `recht vor${G}{0,40}(ändern|ändern|anzupassen|aktualisieren)`,
    ],
    termination: [
      `kündig|sperr|beend|aussetz|deaktivier|einstell|suspendier|\\bschließen${G}{0,20}konto|konto${G}{0,30}(schließen|löschen|kündigen)`,
    ],
    'content-removal': [
      `(inhalt|material|beitr|kommentar|bewertung|informationen)${G}{0,50}(entfern|lösch|sperr|blockier|bearbeit)`,
      `(entfern|lösch|sperr)${G}{0,30}(inhalt|material|beitr|kommentar|bewertung)`,
    ],
    'acceptance-by-use': [
      `(durch|mit) (die |der |den |dem )?(nutzung|verwendung|zugriff|inanspruchnahme|besuch|herunterladen|registrierung|anmeldung|fortgesetzte|weitere)`,
      `indem sie|indem du|wenn sie${G}{0,40}(nutzen|verwenden|zugreifen)${G}{0,40}(stimmen|erklären|akzeptieren)`,
      `(nutzung|verwendung)${G}{0,40}(gilt als|bedeutet|stellt)${G}{0,30}(zustimmung|annahme|einverständnis)`,
      `wenn sie${G}{0,30}nicht (einverstanden|zustimmen)${G}{0,60}(nicht|keine)${G}{0,20}(nutzen|verwenden)`,
    ],
    fees: [
      `(gebühr|entgelt|kosten|betrag)${G}{0,30}(berechn|erhob|erheb|belast|in rechnung)|(berechnen|erheben|belasten)${G}{0,30}(gebühr|entgelt)`,
      `automatisch${G}{0,30}verlänger|verlängert sich${G}{0,20}automatisch|währungsumrechnung|umrechnungs|wechselkurs`,
      `vertragsstrafe|mahngebühr|verzugszins|säumnis|nicht erstattungsfähig|nicht erstattet|keine (rück)?erstattung|stornogebühr|bearbeitungsgebühr|transaktionsgebühr|preisänderung|preiserhöh|(preise|gebühren)${G}{0,20}(ändern|erhöhen)`,
    ],
    data: [
      `(daten|informationen|inhalte)${G}{0,40}(löschen|gelöscht|speichern|gespeichert|aufbewahr|weitergeben|weitergegeben|offenlegen|offengelegt|übermittel|weitergeleitet|verkauf)`,
      `(löschung|speicherung|aufbewahrung|weitergabe|offenlegung|übermittlung)${G}{0,30}(daten|informationen)`,
    ],
  },
};
