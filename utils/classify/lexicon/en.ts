import type { Lexicon } from './types';

/** English terms of service. */
const G = '[^.;:]'; // a gap that stays inside one sentence or list item

export const en: Lexicon = {
  plain: {
    law: [
      `\\b(?:english|irish|german|french|italian|polish|swiss|dutch|swedish|spanish|austrian|belgian|luxembourg|californian|u\\.s\\.|us|federal) laws? (?:applies|apply|shall apply|will apply|governs?)\\b`,
      `\\bgoverned by,? (?:and (?:shall be )?(?:construed|interpreted) (?:in accordance with|under),? )?(?:the )?(?:(?:substantive |internal )?laws? of|[a-z]+(?: [a-z]+)? laws?\\b)`,
      `\\bthe laws? of (?:the )?[a-z ,]{2,40} (?:shall|will|exclusively) (?:govern|apply)`,
    ],
    jurisdiction: [
      `\\b(?:exclusive |sole )?venue (?:is|shall be|will be|lies)\\b`,
      `\\bsubmit to the (?:exclusive |non-exclusive |personal )?(?:and exclusive )?jurisdiction of\\b`,
      `\\bcourts? (?:of|in|located in) [a-z ,.]{2,40} (?:shall|will) have (?:exclusive |sole )?jurisdiction`,
    ],
    // "Any dispute shall be settled by arbitration.", "You agree to binding individual
    // arbitration.", "You waive your right to a jury trial.": said in a line, not a section.
    arbitration: [
      `\\b(?:settled|resolved|decided|determined|heard|referred|submitted)${G}{0,30}\\b(?:by|through|in|to|under|before) (?:(?:final|binding|individual|confidential|mandatory|and|an|the),? )*arbitration\\b`,
      `\\b(?:agree|consent|submit)s? to (?:(?:final|binding|individual|confidential|mandatory|and),? )*(?:arbitration|alternative dispute resolution)\\b`,
      `\\bwaiv(?:e|es|ing)\\b${G}{0,40}\\b(?:jury trial|trial by jury|class (?:action|arbitration)s?)\\b`,
      `\\b(?:may not|cannot|can't|will not|won't|shall not|agree not to) (?:bring|join|participate in|pursue|commence)${G}{0,30}\\bclass (?:action|arbitration)`,
    ],
  },
  plainHints: ['govern', 'law', 'venue', 'jurisdiction', 'arbitration', 'dispute resolution', 'jury', 'class'],
  rules: {
    liability: [
      `\\b(not|never|no longer) (be )?(held )?(liable|responsible|accountable)\\b`,
      `\\b(no|any|our|its|total|aggregate|maximum|cumulative|entire) (liability|responsibility)\\b`,
      `\\blimit(ation)?s? (of|on) (our |its |their )?(liability|responsibility|damages)`,
      `\\b(limit|exclude|restrict|disclaim)s? (or exclude |or limit )?(our |its |any |all |their )?(liability|responsibility|warrant)`,
      `\\b(assume|accept|bear|take|have)s? no (responsibility|liability|obligation)`,
      `\\b(do|does|will|shall) not (assume|accept|bear|take|have)( any)? (responsibility|liability)`,
      `\\bdisclaim|\\bwithout (any )?warrant|\\bno warrant|\\b(makes?|give|gives) no (representations?|warrant|guarantee)`,
      `\\b(do|does|will|can|cannot|shall) (not )?(warrant|guarantee|promise) (that|the|you|any|its|our|uninterrupted)`,
      // "No advice or information … shall create any warranty not expressly stated"
      `\\bcreate (any|a) (warrant|guarantee)`,
      `\\bas[ -]is\\b|\\bas available\\b|\\bwith all faults\\b`,
      `\\bindemnif|\\bhold( us| \\w+)? harmless|\\bdefend,? indemnify`,
      `\\bat your (own|sole) risk|\\bsole (and exclusive )?remedy|\\bsole risk\\b`,
      `\\bin no (event|case)\\b`,
      `\\b(consequential|incidental|punitive|exemplary|indirect|special) (or |and )?(consequential |incidental |punitive )?(damages|loss)`,
      `\\bloss(es)? of (profits?|revenue|data|goodwill|business|use)`,
      `\\bforce majeure|\\bbeyond (our|its|their) (reasonable )?control`,
      `\\b(shall|will) not exceed\\b|\\bgreater of\\b|\\blesser of\\b`,
      `\\bnothing in (these|this|the)${G}{0,30}(limits?|excludes?)`,
      `\\b(gross )?negligence\\b|\\bwil(l)?ful misconduct\\b`,
      `\\bliab(le|ility)\\b${G}{0,60}\\b(limited|excluded|exclude|limit)`,
    ],
    law: [
      `\\bgoverned by${G}{0,40}\\blaws?\\b|\\bconstrued (in accordance with|under)${G}{0,20}\\blaws?\\b`,
      `\\bgoverning law\\b|\\bchoice of law\\b|\\bconflicts? of laws?\\b|\\bapplicable law shall\\b`,
      `\\blaws? of (the )?(state|commonwealth|republic|kingdom|grand duchy|federal republic|country|england|ireland|luxembourg|germany|france|italy|poland|spain|sweden|california|new york|delaware|texas|switzerland|netherlands|singapore|japan|your country)`,
      `\\b(english|irish|german|french|italian|polish|swiss|dutch|swedish|luxembourg|us|u\\.s\\.|federal|californian) law\\b`,
      `\\bmandatory (consumer )?(protection |law |laws |provisions |rules )`,
      `\\bun convention on contracts|\\bunited nations convention on contracts|\\bcisg\\b`,
      `\\blaw (of|in) the (country|state|member state) (in which|where) you`,
      `\\blaws? (will|shall|exclusively) govern\\b`,
    ],
    jurisdiction: [
      `\\b(?<!some |certain |other |many |all )jurisdiction\\b(?! (in|where) which)`,
      `\\bcourts? (of|in|located|situated|sitting)\\b`,
      `\\b(exclusive|non-exclusive|competent) courts?\\b|\\bvenue\\b|\\bforum\\b|\\bsubmit to the\\b`,
      `\\b(bring|file|commence)${G}{0,40}\\b(claim|proceedings|action|lawsuit)${G}{0,40}\\bcourts?\\b`,
    ],
    arbitration: [
      `\\barbitrat|\\bclass[- ](action|wide|arbitration)|\\bjury trial|\\btrial by jury|\\bsmall claims court|\\bjams\\b|\\bopt[- ]out${G}{0,40}arbitration`,
    ],
    change: [
      `\\b(modify|change|amend|update|revise|alter|replace)s?${G}{0,40}\\b(these|this|the|our) (terms|agreement|conditions|policy|policies|tos|eula)`,
      `\\b(changes|modifications|amendments|updates|revisions) (to|of) (these|this|the) (terms|agreement|conditions)`,
      `\\b(right|reserve)${G}{0,20}\\b(modify|change|amend|update|revise)`,
      `\\bcontinue[ds]? (to )?us(e|ing)${G}{0,60}\\b(after|following)${G}{0,30}\\b(change|modification|update|revision)`,
    ],
    termination: [
      `\\b(terminat|suspend|suspension|deactivat|discontinu)`,
      `\\b(disable|close|cancel|delete|block|restrict)${G}{0,10}\\b(your|the|any) (account|access|use)`,
      `\\bcease (to )?(provid|offer|operat)|\\bstop providing\\b`,
    ],
    'content-removal': [
      `\\b(remove|delete|take down|block|disable access to|refuse to (post|publish|display)|edit)${G}{0,40}\\b(content|material|posts?|comments?|reviews?|submissions?|information|photos?|videos?|listings?)`,
      `\\bremov(al|ing)${G}{0,10}\\b(of )?(any |such |your )?(content|material)`,
    ],
    'acceptance-by-use': [
      `\\bby (using|accessing|visiting|browsing|downloading|installing|registering|clicking|creating|signing|placing|continuing|submitting)`,
      `\\b(use|using|access|accessing)${G}{0,40}\\b(constitutes?|signif(y|ies)|indicates?|deemed|means) (your )?(acceptance|agreement|consent|that you)`,
      `\\bif you do not agree${G}{0,60}\\b(do not|don't|not|must not|may not|should not|stop) (use|access|using)`,
      `\\bcontinued (use|access)\\b`,
    ],
    fees: [
      // Charges, penalties, automatic renewal and currency conversion, not every mention of paying
      // (nor the oath of a copyright notice, "under penalty of perjury", nor the law's "civil and
      // criminal penalties", nor a right to leave "without penalty"). The look back comes after the
      // word so that every rule starts at a word boundary (see rules.ts `compileLexicon`).
      `\\b(charge|bill|debit)s? (you|your)\\b|\\b(be|are|is|been|get) (charged|billed|debited)\\b|\\b(late|cancellation|termination|service|transaction|conversion|processing|administrative|withdrawal|subscription) (fees?|charges?)\\b`,
      `\\bauto(matic(ally)?)?[- ]?renew|\\brenews? automatically\\b|\\brecurring (charges?|payments?|billing|fees?)\\b`,
      `\\b(currency|exchange)[- ](conversion|rates?)\\b|\\bpenalt(y|ies)\\b(?<!\\b(civil|criminal|without|no) penalt(y|ies))(?! of perjury)|\\bliquidated damages\\b|\\binterest on (late|overdue|unpaid)|\\bnon-?refundable\\b|\\bno refunds?\\b`,
      `\\b(fees|prices|charges|pricing)${G}{0,20}\\b(change|increase)`,
    ],
    data: [
      // What happens to the user's data: deletion, retention, sharing.
      `\\b(delete|erase|remove|retain|keep|store|share|disclose|transfer|sell|preserve)s?${G}{0,30}\\b(your|personal|user|account) (data|information|content)\\b`,
      `\\b(deletion|erasure|retention|storage|sharing|disclosure|transfer) of (your |any |the )?(personal )?(data|information)\\b`,
      `\\b(data|information) (will|may|might|shall|can) (be )?(deleted|erased|retained|stored|kept|shared|disclosed|transferred|lost)\\b`,
    ],
  },
  veto: {
    jurisdiction: [`\\b(some|certain|other) (states|jurisdictions|countries)\\b${G}{0,40}\\b(do not|don't) allow`],
  },
};
