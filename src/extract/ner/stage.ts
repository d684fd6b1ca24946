// One trained stage of the perceptron: its weight rows and the fast emission scoring tagging
// uses (scores of the parts of a token's features that depend on one word are cached per
// word), then Viterbi. emissionsByKeys is the plain key-by-key sum that training does, kept
// for tests to check the cached path against.
import {
  docKeys,
  docContextKeys,
  edgeKeys,
  HINT_DOC_MASK,
  HINT_OWN_SHIFT,
  joinKeys,
  MAX_FEATURES,
  neighbourKeys,
  stackKey,
  tokenFeatures,
  transitionKey,
  wordCacheGeneration,
  wordKeys,
  type FeatureConfig,
  type WordInfo,
} from './features.js';
import { KeyIndex } from './key-index.js';
import { NP, NT, viterbi, withBio } from './viterbi.js';

let emitBuf = new Float64Array(0);
let uid = 0;

/** One trained stage: keys, a row of NT weights per key, and the features it reads. */
export class Stage {
  readonly index: KeyIndex;
  /** The key of each row, in row order. */
  readonly keys: Uint32Array;
  readonly weights: Float32Array;
  readonly features: FeatureConfig;
  /** Transition scores, [slot * NT + t], from the transition rows. */
  readonly trans: Float64Array;
  private buf = new Uint32Array(MAX_FEATURES);
  readonly uid = uid++;

  // Scores of the parts of a token's features that depend on one word, cached per word id:
  // part 0 the word's own keys, part 1 + k the word as the neighbour at the k-th offset.
  private readonly parts: number;
  private readonly stride: number;
  private cacheGen = -1;
  private filled = new Uint8Array(0);
  private cached = new Float32Array(0);
  private readonly scratch: Float32Array;
  /** Edge scores by [offset slot][how far past the edge]. */
  private readonly edges: Float32Array;
  /** Second-stage scores: document bits (lazily), and stack keys by [d + 1][own]. */
  private readonly docFilled = new Uint8Array(HINT_DOC_MASK + 1);
  private readonly docScores = new Float32Array((HINT_DOC_MASK + 1) * NT);
  private readonly stackScores = new Float32Array(3 * (NT + 1) * NT);
  /** Neighbour document scores by [d < 0 ? 0 : 1][bits], lazily. */
  private readonly docCtxFilled = new Uint8Array(2 * (HINT_DOC_MASK + 1));
  private readonly docCtxScores = new Float32Array(2 * (HINT_DOC_MASK + 1) * NT);

  constructor(keys: Uint32Array, weights: Float32Array, features: FeatureConfig) {
    if (weights.length !== keys.length * NT) throw new Error('model: weights do not match keys');
    this.index = new KeyIndex(keys.length);
    for (let r = 0; r < keys.length; r++) {
      if (this.index.add(keys[r]!) !== r) throw new Error('model: a key is listed twice');
    }
    this.keys = keys;
    this.weights = weights;
    this.features = features;
    this.trans = new Float64Array(NP * NT);
    for (let p = 0; p < NP; p++) {
      const r = this.index.get(transitionKey(p));
      if (r >= 0) for (let t = 0; t < NT; t++) this.trans[p * NT + t] = weights[r * NT + t]!;
    }
    withBio(this.trans);
    const W = features.window;
    this.parts = 1 + 2 * W;
    this.stride = this.parts * NT;
    this.scratch = new Float32Array(this.stride);
    this.edges = new Float32Array(this.parts * (W + 1) * NT);
    for (let d = -W; d <= W; d++) {
      if (d === 0) continue;
      for (let past = 1; past <= W; past++) {
        const k = edgeKeys(d, past, this.buf, 0);
        this.sumKeys(k, this.edges, (this.slot(d) * (W + 1) + past) * NT);
      }
    }
    for (let d = -1; d <= 1; d++) {
      for (let own = 0; own <= NT; own++) {
        this.buf[0] = stackKey(own, d);
        this.sumKeys(1, this.stackScores, ((d + 1) * (NT + 1) + own) * NT);
      }
    }
  }

  get rows(): number {
    return this.index.size;
  }

  private oBiasNow = 0;

  /**
   * A decoding bias against O (subtracted from O's score at every token): above 0 it trades
   * precision for recall. Stored with the model; training leaves it at 0.
   */
  get oBias(): number {
    return this.oBiasNow;
  }

  set oBias(b: number) {
    for (let p = 0; p < NP; p++) this.trans[p * NT] += this.oBiasNow - b;
    this.oBiasNow = b;
  }

  /** The part of offset d (≠ 0). */
  private slot(d: number): number {
    const W = this.features.window;
    return d < 0 ? 1 + d + W : W + d;
  }

  /** Adds the weights of buf[0..k) into out[at..at + NT). */
  private sumKeys(k: number, out: Float32Array | Float64Array, at: number): void {
    const w = this.weights;
    const buf = this.buf;
    for (let f = 0; f < k; f++) {
      const r = this.index.get(buf[f]!);
      if (r < 0) continue;
      const wb = r * NT;
      for (let t = 0; t < NT; t++) out[at + t] += w[wb + t]!;
    }
  }

  /** The word's part scores: an array and the offset of its `parts * NT` values. */
  private wordParts(w: WordInfo): [Float32Array, number] {
    const gen = wordCacheGeneration();
    let out: Float32Array;
    let at: number;
    if (w.gen === gen) {
      if (this.cacheGen !== gen) {
        this.filled.fill(0);
        this.cacheGen = gen;
      }
      if (w.id >= this.filled.length) {
        const cap = Math.max(1024, (w.id + 1) * 2);
        const filled = new Uint8Array(cap);
        filled.set(this.filled);
        const cached = new Float32Array(cap * this.stride);
        cached.set(this.cached);
        this.filled = filled;
        this.cached = cached;
      }
      at = w.id * this.stride;
      if (this.filled[w.id] === 1) return [this.cached, at];
      this.filled[w.id] = 1;
      out = this.cached;
    } else {
      // A word from before the cache was last cleared: score it without caching.
      out = this.scratch;
      at = 0;
    }
    out.fill(0, at, at + this.stride);
    const cfg = this.features;
    this.sumKeys(wordKeys(w, cfg, this.buf, 0), out, at);
    for (let d = -cfg.window; d <= cfg.window; d++) {
      if (d === 0) continue;
      this.sumKeys(neighbourKeys(w, d, cfg, this.buf, 0), out, at + this.slot(d) * NT);
    }
    return [out, at];
  }

  /** Emission scores of a sentence into emit[0 .. n * NT). */
  emissions(infos: readonly WordInfo[], hints: Uint32Array | null, emit: Float64Array): void {
    const n = infos.length;
    const cfg = this.features;
    const W = cfg.window;
    emit.fill(0, 0, n * NT);
    for (let j = 0; j < n; j++) {
      // Word j contributes its own part at j and its neighbour parts at j - d.
      const [arr, at] = this.wordParts(infos[j]!);
      for (let t = 0; t < NT; t++) emit[j * NT + t] += arr[at + t]!;
      for (let d = -W; d <= W; d++) {
        if (d === 0) continue;
        const i = j - d;
        if (i < 0 || i >= n) continue;
        const pb = at + this.slot(d) * NT;
        for (let t = 0; t < NT; t++) emit[i * NT + t] += arr[pb + t]!;
      }
    }
    for (let i = 0; i < n; i++) {
      const eb = i * NT;
      for (let d = -W; d <= W; d++) {
        if (d === 0) continue;
        const j = i + d;
        const past = j < 0 ? -j : j >= n ? j - n + 1 : 0;
        if (past === 0) continue;
        const pb = (this.slot(d) * (W + 1) + past) * NT;
        for (let t = 0; t < NT; t++) emit[eb + t] += this.edges[pb + t]!;
      }
      if (cfg.bigrams) {
        const k = joinKeys(infos, i, cfg, this.buf, 0);
        this.sumKeys(k, emit, eb);
      }
      if (hints !== null) {
        if (cfg.docTags) {
          const bits = hints[i]! & HINT_DOC_MASK;
          if (this.docFilled[bits] === 0) {
            this.sumKeys(docKeys(bits, cfg, this.buf, 0), this.docScores, bits * NT);
            this.docFilled[bits] = 1;
          }
          for (let t = 0; t < NT; t++) emit[eb + t] += this.docScores[bits * NT + t]!;
          if (cfg.docContext) {
            for (let side = 0; side < 2; side++) {
              const d = side === 0 ? -1 : 1;
              const j = i + d;
              if (j < 0 || j >= n) continue;
              const slot = side * (HINT_DOC_MASK + 1) + (hints[j]! & HINT_DOC_MASK);
              if (this.docCtxFilled[slot] === 0) {
                this.sumKeys(docContextKeys(hints[j]! & HINT_DOC_MASK, d, this.buf, 0), this.docCtxScores, slot * NT);
                this.docCtxFilled[slot] = 1;
              }
              for (let t = 0; t < NT; t++) emit[eb + t] += this.docCtxScores[slot * NT + t]!;
            }
          }
        }
        if (cfg.stack) {
          for (let d = -1; d <= 1; d++) {
            const j = i + d;
            const own = j < 0 || j >= n ? 0 : hints[j]! >>> HINT_OWN_SHIFT;
            const pb = ((d + 1) * (NT + 1) + own) * NT;
            for (let t = 0; t < NT; t++) emit[eb + t] += this.stackScores[pb + t]!;
          }
        }
      }
    }
  }

  /** Emission scores the plain way, key by key (what training does); for tests. */
  emissionsByKeys(infos: readonly WordInfo[], hints: Uint32Array | null, emit: Float64Array): void {
    const n = infos.length;
    emit.fill(0, 0, n * NT);
    for (let i = 0; i < n; i++) this.sumKeys(tokenFeatures(infos, i, this.features, this.buf, 0, hints), emit, i * NT);
  }

  /** Best tag ids for a sentence's words, into out[0..n). */
  decode(infos: readonly WordInfo[], hints: Uint32Array | null, out: Int32Array): void {
    const n = infos.length;
    if (n === 0) return;
    if (emitBuf.length < n * NT) emitBuf = new Float64Array(n * NT * 2);
    this.emissions(infos, hints, emitBuf);
    viterbi(n, emitBuf, this.trans, out);
  }
}
