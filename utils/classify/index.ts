import type { Lang } from '../analysis/types';
import { Classifier } from './classifier';
import { LABELS, toClassification, type Classification } from './labels';
import { unpackModel, type Model, type PackedModel } from './model';
import packed from './model.json';

export { detectLanguage } from './language';
export type { Classification } from './labels';

let classifier: Classifier | undefined;

function instance(): Classifier {
  // Built on first use: unpacking the weights costs a few milliseconds that pages which never
  // classify anything should not pay.
  if (!classifier) {
    let models: Map<string, Model> | undefined;
    try {
      models = unpackModel(packed as unknown as PackedModel);
    } catch {
      models = undefined; // a damaged asset leaves the rules working
    }
    classifier = new Classifier(models);
  }
  return classifier;
}

// Reused between calls: classification runs over thousands of sentences per page.
const flags = new Uint8Array(LABELS.length);

/**
 * Key-clause categories of one sentence or clause paragraph. Never returns `other`
 * (the caller adds it); `disputeKind` is present only when `dispute` is.
 * English, German, Italian and Polish use their learned models (English, Italian and Polish
 * weigh the governing-law, court and arbitration rule hits among their features);
 * Chinese, French, Spanish and Japanese use their rules alone (other languages the English rules).
 */
export function classify(text: string, lang: Lang): Classification {
  instance().classifyInto(text, lang, flags);
  return toClassification(flags);
}

/**
 * Categories of the consecutive sentences of one document (in document order). Where the
 * language's model has a context stage, each sentence is decided with its neighbours' scores
 * (clauses span several sentences); otherwise, and for fewer than 50 sentences (no whole terms
 * document: classifier.ts `CONTEXT_MIN_SENTENCES`), this equals `classify` sentence by sentence.
 */
export function classifyDocument(sentences: readonly string[], lang: Lang): Classification[] {
  return instance()
    .classifyDocument(sentences, lang)
    .map((f) => toClassification(f));
}

/**
 * The categories a section's title may name (liability, law, dispute, change) that the
 * lexicon's rules alone find in `text`: evidence the caller may weigh beside the classifier's
 * verdict (analysis/section-topic.ts).
 */
export function classifyByTopicRules(text: string, lang: Lang): Classification {
  instance().topicRulesInto(text, lang, flags);
  return toClassification(flags);
}
