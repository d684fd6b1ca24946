// Training options and their defaults (the values cross-validation chose), and the dev
// split, shared by the training loop, cross-validation and the command line.
import type { ConllSentence } from './conll.js';
import { DEFAULT_FEATURES, type FeatureConfig } from './features.js';
import type { Model } from './perceptron.js';

export interface TrainOptions {
  epochs: number;
  features: FeatureConfig;
  /** Keep an emission feature only when seen at least this often in training. */
  minCount: number;
  /** Drop rows whose averaged weights are all below this in magnitude. */
  prune: number;
  seed: number;
  /**
   * A second stage that reads the first stage's tags of the other occurrences of each stem
   * within `window` sentences either side; its training hints come from `folds`-fold
   * jackknifing (each fold tagged by a first stage trained without it). null: one stage.
   */
  second: { features: FeatureConfig; folds: number; window: number } | null;
  /** Decoding bias against O given to every stage of the trained model (see Stage.oBias). */
  oBias: number;
  /**
   * Cost-augmented training (a large-margin perceptron): while training, a wrong tag's
   * score is raised by `margin`, and by `missCost` more when the gold tag is an entity and
   * the wrong one O, so updates also come from right answers won by too little and the
   * model learns to prefer entities where it hesitates.
   */
  margin: number;
  missCost: number;
  /**
   * Chance of hiding a token's word-identity features (the word, its normal form and stem)
   * at each training visit, so the model learns to tag from context and word shape too, as
   * it must for words it never saw.
   */
  dropWord: number;
  /** Called after each epoch of the last stage (dev scoring, progress). */
  onEpoch?: (epoch: number, model: () => Model) => void;
  /** Progress lines. */
  log?: (line: string) => void;
}

/** The second stage: stage 1's features plus the document tags (stacking its own tag did not help). */
export const DEFAULT_SECOND: NonNullable<TrainOptions['second']> = {
  features: { ...DEFAULT_FEATURES, docTags: true, stack: false },
  folds: 5,
  window: 10,
};

export const DEFAULT_TRAIN: TrainOptions = {
  epochs: 12,
  features: DEFAULT_FEATURES,
  minCount: 1,
  prune: 1e-3,
  seed: 20070101,
  second: DEFAULT_SECOND,
  // Cross-validated on train.txt (5 folds): 4 gained 0.4 micro F1 over 0, trading a little
  // precision for recall; 2 to 6 were all at least as good as 0.
  oBias: 4,
  // Cross-validated (5 folds of the train part of --dev): margins of 2 to 10, a further cost
  // for missed entities (missCost) and dropWord moved micro F1 by less than the noise once
  // the lexicon had grown, so training stays a plain perceptron.
  margin: 0,
  missCost: 0,
  dropWord: 0,
};

/** The dev split: the last 10% of the sentences, in file order. */
export function splitDev(sentences: readonly ConllSentence[]): { train: ConllSentence[]; dev: ConllSentence[] } {
  const cut = Math.floor(sentences.length * 0.9);
  return { train: sentences.slice(0, cut), dev: sentences.slice(cut) };
}
