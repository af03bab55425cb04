/**
 * A clause in a section whose title names a key topic ("Limitation of Liability", "24.2.1
 * Dispute resolution and arbitration", "Governing Law") is read as its title says where its own
 * words carry that topic's lexicon rules ("THERE IS NO JUDGE OR JURY IN ARBITRATION", "YOU AND
 * SPOTIFY AGREE THAT EACH MAY BRING CLAIMS … NOT AS A PLAINTIFF OR CLASS MEMBER"). The sentence
 * classifier reads a clause alone and learned from a corpus that tags one sentence of a clause
 * and leaves its neighbours untagged, so it passes over the sentences around the one that
 * states the rule; the title and the words together leave no doubt. Neither alone adds anything:
 * a section on disputes also holds notices, and "court" appears in clauses on other topics.
 */
import { classifyByKeyRules, type Classification } from '../classify';
import { withExtraCategories } from './extra-terms';
import type { Category, DisputeKind } from './types';

type KeyTopic = Extract<Category, 'liability' | 'law' | 'dispute'>;

/** Titles of sections on each key topic, in the languages with a learned model and beyond. */
const SECTION_TITLES: Record<KeyTopic, RegExp> = {
  liability:
    /liabilit|warrant|disclaim|indemni|haftung|gewährleistung|freistellung|responsabilit|garanzi|manleva|odpowiedzialnoś|gwarancj|rękojmi|garantie|garantía|责任|免责|責任|免責|保証/iu,
  law: /governing law|applicable law|choice of law|law and jurisdiction|anwendbares recht|geltendes recht|rechtswahl|legge applicabile|legge regolatrice|diritto applicabile|prawo właściwe|prawo obowiązujące|droit applicable|loi applicable|ley aplicable|legislación aplicable|法律适用|适用法律|準拠法/iu,
  dispute:
    /disput|arbitrat|class action|jurisdiction|\bvenue\b|streit|gerichtsstand|schieds|schlichtung|controversi|\bforo\b|giurisdizion|arbitrato|\bspor|sąd|rozstrzyg|litige|juridiction|litigio|jurisdicci|arbitraje|争议|争議|仲裁|管辖|紛争|管轄/iu,
};

const TOPICS = Object.keys(SECTION_TITLES) as KeyTopic[];

/** The key topics a section's title names. */
function topicsOfTitle(title: string): KeyTopic[] {
  return TOPICS.filter((topic) => SECTION_TITLES[topic].test(title));
}

/**
 * `found` (the classifier's verdict on the clause `text`) with the key topics of its section's
 * title `heading` that the clause's own words also carry.
 */
export function withSectionTopics(found: Classification, text: string, heading: string | undefined, lang: string): Classification {
  if (heading === undefined) return found;
  const missing = topicsOfTitle(heading).filter((topic) => !found.categories.includes(topic));
  if (missing.length === 0) return found;
  const ruled = classifyByKeyRules(text, lang);
  const added = missing.filter((topic) => ruled.categories.includes(topic));
  if (added.length === 0) return found;
  const categories = withExtraCategories(found.categories, added);
  const disputeKind: DisputeKind[] | undefined = added.includes('dispute') ? ruled.disputeKind : found.disputeKind;
  return { categories, ...(disputeKind && { disputeKind }) };
}
