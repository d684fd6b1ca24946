// Scoring trained models: tagging held-out sentences, pooling the scores of folds, K-fold
// cross-validation across decoding biases, and the score table the command line prints.
import { NER_TYPES, TAGS, type ConllSentence } from './conll.js';
import { score, type Score } from './conlleval.js';
import { wordInfo } from './features.js';
import type { Model } from './perceptron.js';
import { decodeDocument, modelWindow } from './tagger.js';
import type { TrainOptions } from './train-options.js';
import { train } from './train-perceptron.js';

/** Tags sentences with a model and scores them against their gold tags. */
export function evaluate(model: Model, sentences: readonly ConllSentence[]): Score {
  const ids = decodeDocument(
    model,
    sentences.map((s) => s.words.map(wordInfo)),
    modelWindow(model),
  );
  const guess = ids.map((seg) => Array.from(seg, (id) => TAGS[id]!));
  return score(
    sentences.map((s) => s.tags),
    guess,
    NER_TYPES,
  );
}

/** Adds up the counts of scores (of folds) into one score. */
export function poolScores(scores: readonly Score[]): Score {
  const prf = (gold: number, guessed: number, correct: number): Score['micro'] => {
    const precision = guessed === 0 ? 0 : correct / guessed;
    const recall = gold === 0 ? 0 : correct / gold;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { precision, recall, f1, gold, guessed, correct };
  };
  const sum = (get: (s: Score) => Score['micro'] | undefined) => {
    let g = 0;
    let q = 0;
    let c = 0;
    for (const s of scores) {
      const p = get(s);
      if (p === undefined) continue;
      g += p.gold;
      q += p.guessed;
      c += p.correct;
    }
    return prf(g, q, c);
  };
  const types: Score['types'] = {};
  for (const t of NER_TYPES) types[t] = sum((s) => s.types[t]);
  return { ...scores[0]!, micro: sum((s) => s.micro), types };
}

/**
 * K-fold cross-validation over contiguous blocks of sentences (fold f is the f-th K-th of
 * the list, in order): trains without each fold, tags it at each decoding bias against O,
 * and returns the counts pooled over the folds, per bias.
 */
export function crossValidate(
  sentences: readonly ConllSentence[],
  opts: TrainOptions,
  folds: number,
  biases: readonly number[],
  log: (line: string) => void = () => {},
): Map<number, Score> {
  const per = new Map<number, Score[]>(biases.map((b) => [b, []]));
  for (let f = 0; f < folds; f++) {
    const a = Math.floor((sentences.length * f) / folds);
    const b = Math.floor((sentences.length * (f + 1)) / folds);
    const model = train([...sentences.slice(0, a), ...sentences.slice(b)], { ...opts, onEpoch: undefined, log: undefined });
    const held = sentences.slice(a, b);
    for (const bias of biases) {
      for (const st of model.stages) st.oBias = bias;
      const s = evaluate(model, held);
      per.get(bias)!.push(s);
      log(`fold ${f + 1}/${folds} o-bias ${bias}: F1 ${(100 * s.micro.f1).toFixed(2)}`);
    }
  }
  return new Map([...per].map(([b, s]) => [b, poolScores(s)]));
}

export function formatScore(s: Score): string {
  const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
  const lines = [`           P       R      F1   (gold, guessed, correct)`];
  lines.push(`micro  ${pct(s.micro.precision)}  ${pct(s.micro.recall)}  ${pct(s.micro.f1)}   (${s.micro.gold}, ${s.micro.guessed}, ${s.micro.correct})`);
  for (const [t, p] of Object.entries(s.types)) {
    lines.push(`${t.padEnd(5)}  ${pct(p.precision)}  ${pct(p.recall)}  ${pct(p.f1)}   (${p.gold}, ${p.guessed}, ${p.correct})`);
  }
  return lines.join('\n');
}
