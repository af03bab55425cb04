import type { Lexicon } from './types';

/**
 * French terms of service ("conditions générales d'utilisation"). No labelled French data
 * exists, so these rules are the classifier: each asks for the words that make a clause what it
 * is ("ne saurait être tenu responsable", "régies par le droit français"), not for a topic word
 * alone. `\b` sees ASCII letters only, so no rule puts it before an accented letter.
 */
const G = '[^.;:]'; // a gap that stays inside one sentence or list item
const A = `['’]`; // both apostrophes

export const fr: Lexicon = {
  rules: {
    liability: [
      // "nous ne saurions être tenus responsables", "X ne pourra en aucun cas être tenue responsable"
      `\\b(ne|n${A})${G}{0,20}\\b(saurai[st]|saurions|sauraient|sera|seront|serons|pourra|pourront|pourrons|peut|peuvent|pouvons|est|sont|sommes)\\b${G}{0,25}\\b(tenue?s?|responsables?)\\b`,
      `\\b(décline|déclinons|déclinent|exclut|excluons|excluent|limite|limitons|limitent)${G}{0,20}\\b(toute |notre |sa |leur |la )?responsabilit`,
      `\\baucune responsabilit|\\bresponsabilit${G}{0,60}\\b(limitée|exclue|plafonnée|ne (pourra|saurait) excéder)|\\b(limitation|exclusion|exonération)s? de (notre |sa |leur |la |toute )?(responsabilit|garantie)`,
      `\\b(ne|n${A})${G}{0,10}\\bgaranti(t|ssons|ssent|r)\\b|\\bsans (aucune )?garantie|\\baucune garantie|\\bexclu(ons|t|ent)${G}{0,20}\\bgaranties?`,
      `\\ben l${A}état\\b|\\btels? quels?\\b|\\bselon (leur |sa )?disponibilité`,
      `\\bforce majeure|\\bindépendante? de (notre|sa|leur) volonté|\\bhors de (notre|son|leur) contrôle`,
      `\\bdommages?${G}{0,10}\\b(indirects?|consécutifs?|immatériels?|accessoires?|spéciaux|punitifs?)|\\bpertes? de (profits?|bénéfices?|données|chiffre d${A}affaires|clientèle)|\\bmanque à gagner`,
      // "à vos risques": \b cannot see the word start before "à", so the rule starts at the word
      // after it and looks back for "à" (every rule starts at \b: see rules.ts compileLexicon).
      `\\b(vos|ses|leurs|votre)(?<=(?<![a-z])à (vos|ses|leurs|votre)) (propres |seuls? |entiers? )?risques?|\\brisques et périls`,
      `\\bindemniser${G}{0,60}\\b(réclamation|action|demande|plainte)|\\btenir indemne|\\bgarantir${G}{0,30}\\bcontre (toute|tout)|\\bdégage${G}{0,30}\\bresponsabilit`,
      `\\ben aucun cas${G}{0,60}\\b(responsables?|tenue?s?|garanti)`,
      `\\bfaute lourde|\\bnégligence grave|\\bfaute (intentionnelle|dolosive)`,
      // "la responsabilité de la Société ne saurait être engagée", "sous sa seule responsabilité",
      // and the French way of promising only best efforts ("une obligation de moyens").
      `\\bresponsabilit${G}{0,40}\\bne (saurait|sauraient|pourra|pourront|peut|peuvent|sera|seront)${G}{0,20}\\b(engagée|recherchée|retenue)`,
      `\\bsous (sa|votre|leur|son) (seule |propre |entière |pleine |unique |et )*responsabilit|\\bobligation de moyens`,
    ],
    law: [
      `\\b(régi|soumis|interprété|exécuté)e?s?${G}{0,40}\\b(droit|loi|lois|législation) (français|française|belge|suisse|luxembourgeois|luxembourgeoise|irlandais|irlandaise|anglais|anglaise|allemand|allemande|américain|canadien|québécois|de l${A}état|du pays|de la république|de l${A}irlande|du luxembourg|des états-unis|de la france|de la californie|du québec)`,
      `\\b(le |la )(droit|loi) applicable (est|sera|aux présentes|au présent|à ces|au contrat)|\\b(droit|loi) applicable et (juridiction|tribunaux|compétence|litiges|règlement)`,
      `\\b(conformément|soumis|soumises?) (au|aux) (droit|lois?) (français|française|belge|suisse|luxembourgeois|irlandais|anglais|allemand)`,
      `\\bconflits? de lois|\\brègles? de conflit|\\bconvention (des nations unies|de vienne) sur (les contrats|la vente)`,
    ],
    jurisdiction: [
      `\\btribuna(l|ux)${G}{0,40}\\b(compétents?|exclusivement|seuls?|ressort)|\\bcompétence (exclusive|territoriale)|\\battribution (de compétence|de juridiction)|\\bjuridictions? (compétentes?|exclusive|françaises?)`,
      `\\b(porté|portée|portés|soumis|soumise|soumises|intenté|introduit)e?s?${G}{0,20}\\bdevant (les|le|la) (tribunaux|tribunal|juridictions?|cours?)`,
      `\\btribuna(l|ux) (de commerce|judiciaire|de grande instance|de paris|de lyon|d${A}irlande|de luxembourg|du lieu)`,
    ],
    arbitration: [
      `\\barbitrag|\\barbitral|\\barbitres?\\b|\\baction (collective|de groupe)|\\brecours collectif|\\bprocès (devant|avec) (un )?jury|\\bjugement par jury`,
    ],
    change: [
      `\\b(modifier|mettre à jour|réviser|changer|amender|compléter)${G}{0,40}\\b(les présentes|ces conditions|nos conditions|les conditions|le présent|cet accord|ce contrat|la présente|les cgu|les cgv)`,
      `\\b(modifications?|mises? à jour|changements?) (des|de ces|de nos|du présent|de la présente|apportée?s? aux|apportée?s? à) (conditions|cgu|cgv|présentes|contrat|accord)`,
      `\\b(se réserve|nous réservons|se réservent)${G}{0,20}\\bdroit de (modifier|changer|mettre à jour|réviser)`,
    ],
    termination: [
      // The provider's right ("nous pouvons résilier", "la Société peut suspendre"), not the
      // user's ("vous pouvez résilier votre abonnement").
      `\\b(pouvons|peut|pourra|pourrons|pourront|droit de|se réserve)${G}{0,40}\\b(résilier|suspendre|désactiver|clôturer|bloquer|fermer|supprimer|restreindre|mettre fin|interrompre)`,
      `\\bsuspen(dre|du|due|dus|sion)${G}{0,30}\\b(compte|accès|service|utilisation)|\\bmettre fin${G}{0,30}\\b(accès|compte|utilisation)|\\bcesser de (fournir|proposer)`,
    ],
    'content-removal': [
      `\\b(supprimer|retirer|bloquer|modérer|masquer|modifier|refuser de publier|désactiver l${A}accès à)${G}{0,40}\\b(contenus?|publications?|commentaires?|avis|messages?|annonces?|photos?|vidéos?)`,
      `\\b(contenus?|publications?|commentaires?)${G}{0,30}\\b(supprimée?s?|retirée?s?|bloquée?s?|masquée?s?)|\\b(suppression|retrait) (de |des |du |d${A})(tout |tous )?(contenus?|publications?|commentaires?)`,
    ],
    'acceptance-by-use': [
      `\\ben (utilisant|accédant|naviguant|téléchargeant|installant|vous inscrivant|cliquant|créant|poursuivant|continuant)`,
      `\\b(utilisation|accès|usage)${G}{0,40}\\b(vaut|emporte|implique|constitue)${G}{0,20}\\b(acceptation|adhésion|accord)`,
      `\\bsi vous (n${A}acceptez pas|n${A}êtes pas d${A}accord|refusez)${G}{0,60}\\b(ne pas|n${A}utilisez pas|ne devez pas|cesse[rz])`,
    ],
    fees: [
      `\\bprélev|\\bprélèv|\\bfactur(er|é|ée|és|ées|ons|era)\\b|\\brenouvel${G}{0,20}\\bautomatiquement|\\brenouvellement (automatique|tacite)|\\btacite reconduction|\\breconduction tacite`,
      `\\bfrais d[e${A}]${G}{0,20}\\b(résiliation|annulation|retard|service|transaction|conversion|traitement|dossier)|\\bpénalités?\\b|\\bintérêts de retard|\\bnon remboursables?|\\baucun remboursement|\\btaux de change|\\bconversion de devises`,
    ],
    data: [
      `\\b(supprimer|effacer|conserver|partager|communiquer|divulguer|transférer|vendre)${G}{0,30}\\b(vos|les|ses|leurs) (données|informations)`,
      `\\b(suppression|effacement|conservation|partage|communication|transfert|divulgation) (de |des )?(vos )?(données|informations)`,
      `\\bdonnées${G}{0,20}\\b(seront|peuvent être|sont|pourront être) (supprimées|effacées|conservées|partagées|transférées|communiquées)`,
    ],
  },
  veto: {
    // "certaines juridictions n'autorisent pas l'exclusion…" is about the limits of a disclaimer.
    jurisdiction: [`\\bcertain(e|s|es) (juridictions|pays|états)${G}{0,40}\\b(n${A}autorisent|ne permettent)`],
  },
};
