/**
 * Document-level cross-validation of the classifier on the labelled corpus. Folds go by document
 * name, so neither a scored document nor any of its translations was trained on; thresholds are
 * chosen inside the training folds. Scoring runs the packed (quantised) models through the
 * shipped classifier, so the figures describe what ships.
 */
import { Classifier } from '../utils/classify/classifier';
import { LABELS } from '../utils/classify/labels';
import { unpackLanguage } from '../utils/classify/model';
import { CORPUS_LANGS, loadCorpus, type Doc } from './classify-corpus';
import { DEFAULT_OPTIONS, featuresFor, featurize, MODEL_COLUMNS, foldOf, FOLDS, pack, trainLanguage, type Trained, type TrainOptions } from './classify-learn';
import { Scoreboard } from './classify-metrics';

export { FOLDS };

export interface CvResult {
  /** Per language: the lexicon alone, and the shipped combination (models + rules). */
  scores: Record<string, { rules: Scoreboard; final: Scoreboard; lone: Scoreboard }>;
}

export function crossValidate(
  options: Partial<TrainOptions> = {},
  docs: Doc[] = loadCorpus(),
  {
    rulesOnly = false,
    langs = [...CORPUS_LANGS] as string[],
    onPrediction,
  }: {
    rulesOnly?: boolean;
    langs?: string[];
    /** Called with every held-out sentence and its predicted flags (for error analysis). */
    onPrediction?: (doc: Doc, sentence: number, predicted: Uint8Array) => void;
  } = {},
): CvResult {
  const opt = { ...DEFAULT_OPTIONS, ...options };
  const scores: CvResult['scores'] = {};
  const flags = new Uint8Array(LABELS.length);
  const lexiconOnly = new Classifier();
  for (const lang of langs) {
    const board = { rules: new Scoreboard(), final: new Scoreboard(), lone: new Scoreboard() };
    scores[lang] = board;
    const langDocs = docs.filter((d) => d.lang === lang);
    for (const d of langDocs) {
      d.sentences.forEach((text, i) => {
        lexiconOnly.classifyInto(text, lang, flags);
        board.rules.add(d.labels[i], flags);
      });
    }
    if (rulesOnly) continue;
    const samples = featurize(opt.pool > 0 ? docs : langDocs, featuresFor(lang, opt));
    const cache = new Map<string, Trained>();
    for (let fold = 0; fold < FOLDS; fold++) {
      const trained = trainLanguage(
        samples.filter((s) => foldOf(s.doc, FOLDS) !== fold),
        lang,
        opt,
        fold,
        cache,
      );
      const model = unpackLanguage([...MODEL_COLUMNS], pack(trained));
      const classifier = new Classifier(new Map([[lang, model]]));
      for (const d of langDocs) {
        if (foldOf(d.name, FOLDS) !== fold) continue;
        // Whole documents, as the command line and the page analysis classify them.
        classifier.classifyDocument(d.sentences, lang).forEach((predicted, i) => {
          board.final.add(d.labels[i], predicted);
          onPrediction?.(d, i, predicted);
        });
        // Each sentence alone, as the page analysis classifies clauses (no neighbours).
        d.sentences.forEach((text, i) => {
          classifier.classifyInto(text, lang, flags);
          board.lone.add(d.labels[i], flags);
        });
      }
    }
  }
  return { scores };
}
