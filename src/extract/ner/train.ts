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
//
// This module is the command line; the training loop is in train-perceptron.ts, options
// and the dev split in train-options.ts, scoring and cross-validation in
// train-evaluation.ts. It re-exports them so importers need only this module.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { RasdError } from '../../errors.js';
import { formatConll, readConll } from './conll.js';
import { DEFAULT_FEATURES, type FeatureConfig } from './features.js';
import { serializeModel } from './perceptron.js';
import { anercorpTrainPath, defaultModelPath, devModelPath } from './paths.js';
import { DEFAULT_SECOND, DEFAULT_TRAIN, splitDev, type TrainOptions } from './train-options.js';
import { train } from './train-perceptron.js';
import { crossValidate, evaluate, formatScore } from './train-evaluation.js';

export { DEFAULT_SECOND, DEFAULT_TRAIN, splitDev, type TrainOptions } from './train-options.js';
export { train, trainStage } from './train-perceptron.js';
export { crossValidate, evaluate, formatScore, poolScores } from './train-evaluation.js';

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
