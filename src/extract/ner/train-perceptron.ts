// The training loop: an averaged structured perceptron (Collins 2002) with Viterbi decoding,
// one stage at a time, and the two-stage model whose second stage learns from jackknifed
// first-stage tags. Deterministic: a fixed-seed shuffle, no Math.random.
import { TAGS, type ConllSentence } from './conll.js';
import { documentHints, MAX_FEATURES, tokenFeatures, transitionKey, wordInfo, type FeatureConfig } from './features.js';
import { KeyIndex, NP, NT, Stage, viterbi, withBio, type Model } from './perceptron.js';
import type { TrainOptions } from './train-options.js';

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
