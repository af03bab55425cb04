/**
 * A clause in a section whose title names a key topic ("Limitation of Liability", "24.2.1
 * Dispute resolution and arbitration", "Governing Law") or a change of the terms ("Changes to
 * these Terms"), in a subsection of such a section ("24.2.5 Notice; Process" in "24 Choice of
 * law, mandatory arbitration, and venue"), or that opens with such a title of its own ("9.
 * Indemnification. You agree…", "d. Arbitration Procedure. The AAA will conduct…"), is read as
 * its title says where its own words carry that topic's lexicon rules ("THERE IS NO JUDGE OR
 * JURY IN ARBITRATION", "YOU AND SPOTIFY AGREE THAT EACH MAY BRING CLAIMS … NOT AS A PLAINTIFF
 * OR CLASS MEMBER"). The sentence classifier reads a clause alone and learned from a corpus
 * that tags one sentence of a clause and leaves its neighbours untagged, so it passes over the
 * sentences around the one that states the rule; the title and the words together leave no
 * doubt. Neither alone adds anything: a section on disputes also holds notices, and "court"
 * appears in clauses on other topics.
 */
import { classifyByTopicRules, type Classification } from '../classify';
import { withExtraCategories } from './extra-terms';
import { openingTitle } from './run-in-title';
import type { Category, DisputeKind } from './types';

type Topic = Extract<Category, 'liability' | 'law' | 'dispute' | 'change'>;

/** Titles of sections on each topic, in the languages with a learned model and beyond. */
const SECTION_TITLES: Record<Topic, RegExp> = {
  liability:
    /liabilit|warrant|disclaim|indemni|haftung|gewährleistung|freistellung|responsabilit|garanzi|manleva|odpowiedzialnoś|gwarancj|rękojmi|garantie|garantía|责任|免责|責任|免責|保証/iu,
  law: /governing law|applicable law|choice of law|law and jurisdiction|anwendbares recht|geltendes recht|rechtswahl|legge applicabile|legge regolatrice|diritto applicabile|prawo właściwe|prawo obowiązujące|droit applicable|loi applicable|ley aplicable|legislación aplicable|法律适用|适用法律|準拠法/iu,
  dispute:
    /disput|arbitrat|class action|jurisdiction|\bvenue\b|streit|gerichtsstand|schieds|schlichtung|controversi|\bforo\b|giurisdizion|arbitrato|\bspor|sąd|rozstrzyg|litige|juridiction|litigio|jurisdicci|arbitraje|争议|争議|仲裁|管辖|紛争|管轄/iu,
  // Changes of the terms themselves ("Changes to these Terms", "Änderungen der AGB", "协议的变更"),
  // not of the service ("Changes to the Service" is about features).
  change:
    /\b(?:changes?|modifications?|amendments?|updates?|revisions?)\b[^\n]{0,25}\b(?:terms|agreement|conditions|contract|eula|tos)\b|\b(?:terms|agreement|conditions)\b[^\n]{0,20}\b(?:changes?|modifications?|amendments?|updates?)\b|änderung[^\n]{0,30}(?:bedingungen|agb|vertrag|vereinbarung)|(?:bedingungen|agb)[^\n]{0,12}änderung|modific[^\n]{0,30}(?:termini|condizioni|contratto|accordo|regolamento|conditions|cgu|cgv|términos|condiciones)|zmian[^\n]{0,30}(?:regulamin|warunk|umow)|(?:协议|条款|规则)[^\n]{0,6}(?:修改|变更|修订|更新)|(?:修改|变更|修订)[^\n]{0,6}(?:协议|条款)|(?:規約|約款)[^\n]{0,6}(?:変更|改定)/iu,
};

const TOPICS = Object.keys(SECTION_TITLES) as Topic[];

/** The topics a section's title names. */
function topicsOfTitle(title: string): Topic[] {
  return TOPICS.filter((topic) => SECTION_TITLES[topic].test(title));
}

/**
 * `found` (the classifier's verdict on the clause `text`, whose words begin at `from`, past its
 * number) with the topics that its section's title or the title of the section around that
 * (`headings`), or its own opening title, names and that the words of its body carry.
 */
export function withSectionTopics(found: Classification, text: string, headings: readonly (string | undefined)[], lang: string, from: number): Classification {
  const own = openingTitle(text, from);
  const named = [...headings.flatMap((heading) => (heading === undefined ? [] : topicsOfTitle(heading))), ...(own ? topicsOfTitle(own.title) : [])];
  const missing = TOPICS.filter((topic) => named.includes(topic) && !found.categories.includes(topic));
  if (missing.length === 0) return found;
  // The words past the clause's own title: a title alone adds nothing.
  const ruled = classifyByTopicRules(own ? text.slice(own.end) : text, lang);
  const added = missing.filter((topic) => ruled.categories.includes(topic));
  if (added.length === 0) return found;
  const categories = withExtraCategories(found.categories, added);
  const disputeKind: DisputeKind[] | undefined = added.includes('dispute') ? ruled.disputeKind : found.disputeKind;
  return { categories, ...(disputeKind && { disputeKind }) };
}
