// Trains the NER model: an averaged structured perceptron (Collins 2002) with Viterbi
// decoding, on ANERcorp's train split read from ../shared at run time.
//
//   node dist/src/extract/ner/train.js [--dev] [--out FILE] [--epochs N] [--write-dev FILE]
//
// Without --dev it trains on all of train.txt and writes models/ner.bin.gz (the shipped
// model). With --dev it holds out the development split, the last 10% of train.txt's
// sentences (the file's order, as CAMeL's test split is the corpus's last sixth), trains on
// the first 90%, reports dev F1 after every epoch, and writes models/ner-dev.bin.gz.
// --write-dev FILE writes that dev split as CoNLL text to FILE (keep it out of the repo:
// it is ANERcorp text). Training is deterministic: a fixed-seed shuffle, no Math.random,
// so the same corpus, lexicon and code give the same bytes (about 15 s a model).
//
// The model has two stages (see DEFAULT_TRAIN, chosen by 5-fold cross-validation on
// train.txt): stage 2 also reads stage 1's tags of the other occurrences of each stem in
// the document. Experiment options: --stages 1|2, --window N, --folds N, --min-count N,
// --prune X, --o-bias X, --margin X, --miss-cost X, --drop-word P, --features k=v,... and --features2 k=v,... (FeatureConfig),
// --train FILE (another CoNLL file), --quiet; --cv K [--cv-bias X,Y]: K-fold contiguous
// cross-validation of the training sentences (with --dev, of the train part only).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { RasdError } from '../../errors.js';
import { formatConll, NER_TYPES, readConll, TAGS, type ConllSentence } from './conll.js';
import { score, type Score } from './conlleval.js';
import { DEFAULT_FEATURES, documentHints, MAX_FEATURES, tokenFeatures, transitionKey, wordInfo, type FeatureConfig } from './features.js';
import { KeyIndex, NP, NT, serializeModel, Stage, viterbi, withBio, type Model } from './perceptron.js';
import { decodeDocument, modelWindow } from './tagger.js';
import { anercorpTrainPath, defaultModelPath, devModelPath } from './paths.js';

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

/** mulberry32: a small seeded PRNG, so shuffles repeat exactly. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TAG_ID = new Map(TAGS.map((t, i) => [t, i]));

interface Prepared {
  n: number;
  gold: Int32Array;
  /** Emission rows of token i: rows[off[i] .. off[i + 1]). */
  off: Int32Array;
  rows: Int32Array;
  /** Rows off[i] + 1 .. off[i] + ident[i] of token i are its word-identity keys. */
  ident: Uint8Array;
}

/** Trains one stage; deterministic for the same input and options. */
export function trainStage(
  sentences: readonly ConllSentence[],
  hints: readonly Uint32Array[] | null,
  cfg: FeatureConfig,
  opts: TrainOptions,
  onEpoch?: (epoch: number, stage: () => Stage) => void,
): Stage {
  const buf = new Uint32Array(MAX_FEATURES);
  const infosOf = sentences.map((s) => s.words.map(wordInfo));

  // Count emission keys when a cut-off is asked for.
  let counts: Map<number, number> | null = null;
  if (opts.minCount > 1) {
    counts = new Map();
    infosOf.forEach((infos, s) => {
      for (let i = 0; i < infos.length; i++) {
        const k = tokenFeatures(infos, i, cfg, buf, 0, hints ? hints[s]! : null);
        for (let f = 0; f < k; f++) counts!.set(buf[f]!, (counts!.get(buf[f]!) ?? 0) + 1);
      }
    });
  }

  const index = new KeyIndex(1 << 20);
  const trans = new Int32Array(NP);
  for (let p = 0; p < NP; p++) trans[p] = index.add(transitionKey(p));
  const data: Prepared[] = [];
  infosOf.forEach((infos, s) => {
    const n = infos.length;
    const off = new Int32Array(n + 1);
    const rows: number[] = [];
    const ident = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      off[i] = rows.length;
      const k = tokenFeatures(infos, i, cfg, buf, 0, hints ? hints[s]! : null);
      for (let f = 0; f < k; f++) {
        if (counts !== null && counts.get(buf[f]!)! < opts.minCount) continue;
        rows.push(index.add(buf[f]!));
      }
      // wordKeys writes the bias, then the word as written (cfg.raw), its normal form and stem.
      if (counts === null) ident[i] = cfg.raw ? 3 : 2;
    }
    off[n] = rows.length;
    const gold = new Int32Array(n);
    for (let i = 0; i < n; i++) gold[i] = TAG_ID.get(sentences[s]!.tags[i]!)!;
    data.push({ n, gold, off, rows: Int32Array.from(rows), ident });
  });

  const R = index.size;
  const w = new Float64Array(R * NT);
  const u = new Float64Array(R * NT);
  let c = 1;
  const order = data.map((_, i) => i);
  const rand = prng(opts.seed);
  let maxN = 1;
  for (const d of data) maxN = Math.max(maxN, d.n);
  const emit = new Float64Array(maxN * NT);
  const transS = new Float64Array(NP * NT);
  const pred = new Int32Array(maxN);
  const dropRand = prng(opts.seed ^ 0x5bd1e995);
  const dropped = new Uint8Array(maxN);
  const margin = opts.margin;
  const missCost = opts.missCost;

  const averaged = (): Stage => {
    const allKeys = index.keys();
    const keep: number[] = [];
    for (let r = 0; r < R; r++) {
      let big = false;
      for (let t = 0; t < NT; t++) if (Math.abs(w[r * NT + t]! - u[r * NT + t]! / c) >= opts.prune) big = true;
      if (big) keep.push(r);
    }
    const keys = new Uint32Array(keep.length);
    const weights = new Float32Array(keep.length * NT);
    keep.forEach((r, j) => {
      keys[j] = allKeys[r]!;
      for (let t = 0; t < NT; t++) weights[j * NT + t] = w[r * NT + t]! - u[r * NT + t]! / c;
    });
    return new Stage(keys, weights, cfg);
  };

  const bump = (row: number, t: number, by: number): void => {
    w[row * NT + t] += by;
    u[row * NT + t] += by * c;
  };

  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const si of order) {
      const d = data[si]!;
      const n = d.n;
      if (n === 0) continue;
      emit.fill(0, 0, n * NT);
      for (let i = 0; i < n; i++) {
        const eb = i * NT;
        dropped[i] = opts.dropWord > 0 && d.ident[i]! > 0 && dropRand() < opts.dropWord ? 1 : 0;
        const skipFrom = d.off[i]! + 1;
        const skipTo = dropped[i] === 1 ? skipFrom + d.ident[i]! : skipFrom;
        for (let f = d.off[i]!; f < d.off[i + 1]!; f++) {
          if (f >= skipFrom && f < skipTo) continue;
          const wb = d.rows[f]! * NT;
          for (let t = 0; t < NT; t++) emit[eb + t] += w[wb + t]!;
        }
        if (margin !== 0 || missCost !== 0) {
          const g = d.gold[i]!;
          for (let t = 0; t < NT; t++) if (t !== g) emit[eb + t] += margin;
          if (g !== 0) emit[eb] += missCost;
        }
      }
      for (let p = 0; p < NP; p++) for (let t = 0; t < NT; t++) transS[p * NT + t] = w[trans[p]! * NT + t]!;
      withBio(transS);
      viterbi(n, emit, transS, pred);
      for (let i = 0; i < n; i++) {
        const g = d.gold[i]!;
        const p = pred[i]!;
        if (g !== p) {
          const skipFrom = d.off[i]! + 1;
          const skipTo = dropped[i] === 1 ? skipFrom + d.ident[i]! : skipFrom;
          for (let f = d.off[i]!; f < d.off[i + 1]!; f++) {
            if (f >= skipFrom && f < skipTo) continue;
            bump(d.rows[f]!, g, 1);
            bump(d.rows[f]!, p, -1);
          }
        }
        const gs = i === 0 ? 0 : d.gold[i - 1]! + 1;
        const ps = i === 0 ? 0 : pred[i - 1]! + 1;
        if (g !== p || gs !== ps) {
          bump(trans[gs]!, g, 1);
          bump(trans[ps]!, p, -1);
        }
      }
      c++;
    }
    onEpoch?.(epoch, averaged);
  }
  return averaged();
}

/** Trains a model (one stage, or two with opts.second); deterministic. */
export function train(sentences: readonly ConllSentence[], opts: TrainOptions): Model {
  const log = opts.log ?? (() => {});
  const meta: Record<string, unknown> = {};
  const biased = (stages: Stage[]): Model => {
    for (const st of stages) st.oBias = opts.oBias;
    return { stages, meta };
  };
  if (opts.second === null) {
    const stage = trainStage(sentences, null, opts.features, opts, (e, st) => opts.onEpoch?.(e, () => biased([st()])));
    return biased([stage]);
  }
  const second = opts.second;
  const first = trainStage(sentences, null, opts.features, opts);
  log(`stage 1 trained (${first.rows} rows); jackknifing ${second.folds} folds for stage 2's hints`);
  // Each fold's first-pass tags come from a first stage that never saw it (and without the
  // O bias, as stage 1 was trained).
  const infos = sentences.map((s) => s.words.map(wordInfo));
  const jack: Int32Array[] = new Array<Int32Array>(sentences.length);
  for (let f = 0; f < second.folds; f++) {
    const a = Math.floor((sentences.length * f) / second.folds);
    const b = Math.floor((sentences.length * (f + 1)) / second.folds);
    const st = trainStage([...sentences.slice(0, a), ...sentences.slice(b)], null, opts.features, opts);
    for (let s = a; s < b; s++) {
      const out = new Int32Array(infos[s]!.length);
      st.decode(infos[s]!, null, out);
      jack[s] = out;
    }
    log(`  fold ${f + 1}/${second.folds} tagged`);
  }
  const hints = documentHints(infos, jack, second.window);
  meta['docWindow'] = second.window;
  const stage2 = trainStage(sentences, hints, second.features, opts, (e, st) => opts.onEpoch?.(e, () => biased([first, st()])));
  return biased([first, stage2]);
}

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

/** Parses `key=value,key=value` overrides of the feature config (for experiments). */
function featureOverrides(spec: string, base: FeatureConfig): FeatureConfig {
  const out: Record<string, number | boolean> = { ...base };
  for (const part of spec.split(',').filter(Boolean)) {
    const [k, v] = part.split('=');
    if (!k || !(k in base) || v === undefined) throw new RasdError('USAGE', `--features: unknown or empty '${part}' (keys: ${Object.keys(base).join(', ')})`);
    const cur = base[k as keyof FeatureConfig];
    out[k] = typeof cur === 'boolean' ? v === 'true' || v === '1' : Number(v);
  }
  return out as unknown as FeatureConfig;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      dev: { type: 'boolean' },
      out: { type: 'string' },
      epochs: { type: 'string' },
      'write-dev': { type: 'string' },
      train: { type: 'string' },
      features: { type: 'string' },
      'min-count': { type: 'string' },
      prune: { type: 'string' },
      stages: { type: 'string' },
      'features2': { type: 'string' },
      window: { type: 'string' },
      folds: { type: 'string' },
      'o-bias': { type: 'string' },
      margin: { type: 'string' },
      'miss-cost': { type: 'string' },
      'drop-word': { type: 'string' },
      cv: { type: 'string' },
      'cv-bias': { type: 'string' },
      quiet: { type: 'boolean' },
    },
    strict: true,
  });
  const file = values.train ?? anercorpTrainPath();
  const all = readConll(file);
  const { train: trainSet, dev } = values.dev ? splitDev(all) : { train: all, dev: [] };
  if (values['write-dev']) {
    const d = values.dev ? dev : splitDev(all).dev;
    writeFileSync(values['write-dev'], formatConll(d));
    process.stderr.write(`wrote the dev split (${d.length} sentences) to ${values['write-dev']}\n`);
  }
  const opts: TrainOptions = {
    ...DEFAULT_TRAIN,
    epochs: values.epochs ? Number(values.epochs) : DEFAULT_TRAIN.epochs,
    features: values.features ? featureOverrides(values.features, DEFAULT_FEATURES) : DEFAULT_FEATURES,
    minCount: values['min-count'] ? Number(values['min-count']) : DEFAULT_TRAIN.minCount,
    prune: values.prune ? Number(values.prune) : DEFAULT_TRAIN.prune,
    oBias: values['o-bias'] !== undefined ? Number(values['o-bias']) : DEFAULT_TRAIN.oBias,
    margin: values.margin !== undefined ? Number(values.margin) : DEFAULT_TRAIN.margin,
    missCost: values['miss-cost'] !== undefined ? Number(values['miss-cost']) : DEFAULT_TRAIN.missCost,
    dropWord: values['drop-word'] !== undefined ? Number(values['drop-word']) : DEFAULT_TRAIN.dropWord,
  };
  const stages = values.stages ? Number(values.stages) : DEFAULT_TRAIN.second ? 2 : 1;
  if (stages !== 1 && stages !== 2) throw new RasdError('USAGE', '--stages is 1 or 2');
  if (stages === 2) {
    const base = DEFAULT_TRAIN.second ?? DEFAULT_SECOND;
    opts.second = {
      features: featureOverrides(values.features2 ?? '', { ...opts.features, docTags: true, stack: false }),
      folds: values.folds ? Number(values.folds) : base.folds,
      window: values.window ? Number(values.window) : base.window,
    };
  } else opts.second = null;
  if (!Number.isInteger(opts.epochs) || opts.epochs <= 0) throw new RasdError('USAGE', '--epochs must be a positive whole number');
  const tokens = trainSet.reduce((a, s) => a + s.words.length, 0);
  const log = (s: string) => {
    if (!values.quiet) process.stderr.write(s + '\n');
  };
  log(`training on ${trainSet.length} sentences (${tokens} tokens) of ${file}${values.dev ? `; dev: the last ${dev.length} sentences` : ''}`);
  const t0 = process.hrtime.bigint();
  if (values.cv) {
    const biases = (values['cv-bias'] ?? String(opts.oBias)).split(',').map(Number);
    const pooled = crossValidate(trainSet, opts, Number(values.cv), biases, log);
    for (const [b, s] of pooled) process.stdout.write(`cv o-bias ${b}\n${formatScore(s)}\n`);
    return 0;
  }
  if (values.dev) {
    opts.onEpoch = (epoch, model) => {
      const s = evaluate(model(), dev);
      const types = Object.entries(s.types).map(([t, p]) => `${t} ${(100 * p.f1).toFixed(2)}`).join('  ');
      log(`epoch ${String(epoch).padStart(2)}: dev F1 ${(100 * s.micro.f1).toFixed(2)}  (${types})`);
    };
  } else {
    opts.onEpoch = (epoch) => log(`epoch ${epoch} done`);
  }
  opts.log = log;
  const model = train(trainSet, opts);
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const out = values.out ?? (values.dev ? devModelPath() : defaultModelPath());
  Object.assign(model.meta, {
    trainedOn: values.dev ? 'ANERcorp (CAMeL split) train.txt without its last 10% of sentences' : 'ANERcorp (CAMeL split) train.txt',
    sentences: trainSet.length,
    tokens,
    epochs: opts.epochs,
    oBias: opts.oBias,
    margin: opts.margin,
    missCost: opts.missCost,
    dropWord: opts.dropWord,
    minCount: opts.minCount,
    prune: opts.prune,
    seed: opts.seed,
    licence: 'CC BY-SA 4.0 (derived from ANERcorp); see models/README.md',
  });
  const bytes = serializeModel(model);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  const rows = model.stages.map((st) => st.rows).join(' + ');
  log(`trained in ${secs.toFixed(1)} s; ${rows} weight rows; wrote ${out} (${(bytes.length / 1e6).toFixed(2)} MB)`);
  if (values.dev) log(formatScore(evaluate(model, dev)));
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(`train: ${(e as Error).message}\n`);
      process.exit(e instanceof RasdError && e.code === 'USAGE' ? 2 : 1);
    },
  );
}
