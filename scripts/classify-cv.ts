/** Document-level cross-validation of the classifier on the labelled corpus. */
import { Classifier, type CombineMode } from '../utils/classify/classifier';
import { LABELS } from '../utils/classify/labels';
import { CORPUS_LANGS, loadCorpus, type Doc } from './classify-corpus';
import { featurize, foldOf, modelFrom, trainSparse, DEFAULT_OPTIONS, type TrainOptions } from './classify-learn';
import { Scoreboard } from './classify-metrics';

export const FOLDS = 5;
/** Labels whose rules are precise enough to add to the model's output in `union` mode. */
export const TRUSTED_RULES = ['law', 'arbitration'] as const;

export interface CvResult {
  /** Per language, per configuration ('rules', 'model', 'union'). */
  scores: Record<string, Record<CombineMode, Scoreboard>>;
}

export function crossValidate(
  options: Partial<TrainOptions> = {},
  docs: Doc[] = loadCorpus(),
  { rulesOnly = false } = {},
): CvResult {
  const opt = { ...DEFAULT_OPTIONS, ...options };
  const samples = featurize(docs);
  const modes: CombineMode[] = ['rules', 'model', 'union'];
  const scores: CvResult['scores'] = {};
  for (const lang of CORPUS_LANGS)
    scores[lang] = Object.fromEntries(modes.map((m) => [m, new Scoreboard()])) as Record<CombineMode, Scoreboard>;

  const flags = new Uint8Array(LABELS.length);
  const rulesOnly = new Classifier();
  for (const s of samples) {
    rulesOnly.classifyInto(s.text, s.lang, flags);
    scores[s.lang].rules.add(s.gold, flags);
  }
  for (let fold = 0; fold < (rulesOnly ? 0 : FOLDS); fold++) {
    const trainSet = samples.filter((s) => foldOf(s.doc, FOLDS) !== fold);
    const model = modelFrom(trainSparse(trainSet, opt), [...CORPUS_LANGS], opt);
    const byMode = {
      model: new Classifier({ model, mode: 'model' }),
      union: new Classifier({ model, mode: 'union', trustRules: TRUSTED_RULES }),
    };
    for (const s of samples) {
      if (foldOf(s.doc, FOLDS) !== fold) continue;
      for (const mode of ['model', 'union'] as const) {
        byMode[mode].classifyInto(s.text, s.lang, flags);
        scores[s.lang][mode].add(s.gold, flags);
      }
    }
  }
  return { scores };
}
