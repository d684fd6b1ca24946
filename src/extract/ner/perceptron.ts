// A first-order structured perceptron over BIO tags: weights per hashed feature key and
// tag, Viterbi decoding restricted to valid BIO sequences (I-X only after B-X or I-X),
// and the model file. Training (averaged, Collins 2002) is in train.ts; this file holds
// what tagging needs plus the update step training shares.
import { gunzipSync, gzipSync } from 'node:zlib';
import { TAGS } from './conll.js';
import {
  DEFAULT_FEATURES,
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

/** Number of tags: O and B-/I- of the four types. */
export const NT = TAGS.length;
/** Previous-tag slots: the start of a sentence (slot 0), then each tag (slot t + 1). */
export const NP = NT + 1;

/** ALLOWED[prevSlot * NT + t]: may tag t follow the previous slot? */
export const ALLOWED = new Uint8Array(NP * NT);
for (let p = -1; p < NT; p++) {
  for (let t = 0; t < NT; t++) {
    let ok = true;
    if (t > 0 && (t - 1) % 2 === 1) {
      // I-X: after B-X (t - 1) or I-X (t)
      ok = p === t - 1 || p === t;
    }
    ALLOWED[(p + 1) * NT + t] = ok ? 1 : 0;
  }
}

/** An open-addressing map from 32-bit keys (never 0) to row numbers; grows as needed. */
export class KeyIndex {
  /** Slot pairs: [key, row] at 2 * slot, so one probe reads one cache line. */
  private slots: Uint32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1 << 16) {
    let cap = 16;
    while (cap < capacity * 2) cap <<= 1;
    this.slots = new Uint32Array(cap * 2);
    this.mask = cap - 1;
  }

  get(key: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let i = (key ^ (key >>> 15)) & mask;
    for (;;) {
      const k = slots[2 * i]!;
      if (k === key) return slots[2 * i + 1]!;
      if (k === 0) return -1;
      i = (i + 1) & mask;
    }
  }

  /** The row of a key, adding it as row `size` when new. */
  add(key: number): number {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    const slots = this.slots;
    const mask = this.mask;
    let i = (key ^ (key >>> 15)) & mask;
    for (;;) {
      const k = slots[2 * i]!;
      if (k === key) return slots[2 * i + 1]!;
      if (k === 0) {
        slots[2 * i] = key;
        slots[2 * i + 1] = this.size;
        return this.size++;
      }
      i = (i + 1) & mask;
    }
  }

  /** Every key, in row order. */
  keys(): Uint32Array {
    const out = new Uint32Array(this.size);
    for (let i = 0; i <= this.mask; i++) if (this.slots[2 * i] !== 0) out[this.slots[2 * i + 1]!] = this.slots[2 * i]!;
    return out;
  }

  private grow(): void {
    const old = this.slots;
    const cap = (this.mask + 1) * 2;
    this.slots = new Uint32Array(cap * 2);
    this.mask = cap - 1;
    for (let i = 0; i < old.length; i += 2) {
      const key = old[i]!;
      if (key === 0) continue;
      let j = (key ^ (key >>> 15)) & this.mask;
      while (this.slots[2 * j] !== 0) j = (j + 1) & this.mask;
      this.slots[2 * j] = key;
      this.slots[2 * j + 1] = old[i + 1]!;
    }
  }
}

// Scratch space for Viterbi, grown as needed (tagging is synchronous: one user at a time).
let delta = new Float64Array(0);
let back = new Int8Array(0);

/**
 * Viterbi over a sentence. emit[i * NT + t] scores tag t at token i; trans[p * NT + t] scores
 * tag t after previous slot p (0: start), -Infinity where BIO forbids it (see withBio).
 * Writes the best tag ids into `out`.
 */
export function viterbi(n: number, emit: Float64Array, trans: Float64Array, out: Int32Array): void {
  if (n === 0) return;
  if (delta.length < n * NT) {
    delta = new Float64Array(n * NT * 2);
    back = new Int8Array(n * NT * 2);
  }
  for (let t = 0; t < NT; t++) delta[t] = emit[t]! + trans[t]!;
  for (let i = 1; i < n; i++) {
    const base = i * NT;
    const prevBase = base - NT;
    for (let t = 0; t < NT; t++) {
      let best = delta[prevBase]! + trans[NT + t]!;
      let arg = 0;
      for (let p = 1; p < NT; p++) {
        const v = delta[prevBase + p]! + trans[(p + 1) * NT + t]!;
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      delta[base + t] = best + emit[base + t]!;
      back[base + t] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const last = (n - 1) * NT;
  for (let t = 0; t < NT; t++) {
    if (delta[last + t]! > best) {
      best = delta[last + t]!;
      arg = t;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * NT + arg]!;
  }
}

/** Sets the pairs BIO forbids (I-X not after B-X or I-X) to -Infinity in a transition table. */
export function withBio(trans: Float64Array): Float64Array {
  for (let a = 0; a < NP * NT; a++) if (ALLOWED[a] === 0) trans[a] = -Infinity;
  return trans;
}

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

/** A model: one stage, or two when the second reads the first's tags across the document. */
export interface Model {
  stages: Stage[];
  meta: Record<string, unknown>;
}

// ---- the model file: gzip of a small binary layout ----
// "RNER" u32 version u32 headerBytes, header (JSON: tags, stages [{features, rows}], meta),
// padding to 4 bytes, then per stage keys (u32 × rows) and weights (f32 × rows × NT).
// Little-endian throughout.

const MAGIC = 0x52454e52; // "RNER" read as little-endian u32
const VERSION = 2;

export function serializeModel(model: Model): Buffer {
  const header = Buffer.from(
    JSON.stringify({
      tags: TAGS,
      stages: model.stages.map((s) => ({ features: s.features, rows: s.rows, oBias: s.oBias })),
      meta: model.meta,
    }),
    'utf8',
  );
  const headPad = (4 - ((12 + header.length) % 4)) % 4;
  let total = 12 + header.length + headPad;
  for (const s of model.stages) total += s.keys.byteLength + s.weights.byteLength;
  const out = Buffer.alloc(total);
  out.writeUInt32LE(MAGIC, 0);
  out.writeUInt32LE(VERSION, 4);
  out.writeUInt32LE(header.length, 8);
  header.copy(out, 12);
  let at = 12 + header.length + headPad;
  for (const s of model.stages) {
    for (const a of [s.keys, s.weights]) {
      Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, at);
      at += a.byteLength;
    }
  }
  return gzipSync(out, { level: 9 });
}

/** Parses a model file's bytes; throws Error with a plain reason when they are not one. */
export function parseModel(bytes: Buffer): Model {
  let raw: Buffer;
  try {
    raw = gunzipSync(bytes);
  } catch {
    throw new Error('not a gzip file');
  }
  if (raw.length < 12 || raw.readUInt32LE(0) !== MAGIC) throw new Error('not a rasd NER model');
  const version = raw.readUInt32LE(4);
  if (version !== VERSION) throw new Error(`model version ${version}, this rasd reads version ${VERSION}`);
  const headLen = raw.readUInt32LE(8);
  const header = JSON.parse(raw.subarray(12, 12 + headLen).toString('utf8')) as {
    tags: string[];
    stages: { features: FeatureConfig; rows: number; oBias?: number }[];
    meta: Record<string, unknown>;
  };
  if (header.tags.join(' ') !== TAGS.join(' ')) throw new Error(`model tags ${header.tags.join(' ')} are not ${TAGS.join(' ')}`);
  let at = 12 + headLen + ((4 - ((12 + headLen) % 4)) % 4);
  const stages: Stage[] = [];
  for (const st of header.stages) {
    const rows = st.rows;
    if (raw.length < at + rows * 4 * (1 + NT)) throw new Error('model file is truncated');
    // Copy into aligned arrays (the gunzip buffer may sit at any offset of a shared pool).
    const keys = new Uint32Array(rows);
    Buffer.from(keys.buffer).set(raw.subarray(at, at + rows * 4));
    at += rows * 4;
    const weights = new Float32Array(rows * NT);
    Buffer.from(weights.buffer).set(raw.subarray(at, at + rows * NT * 4));
    at += rows * NT * 4;
    const stage = new Stage(keys, weights, { ...DEFAULT_FEATURES, ...st.features });
    if (typeof st.oBias === 'number' && st.oBias !== 0) stage.oBias = st.oBias;
    stages.push(stage);
  }
  if (at !== raw.length) throw new Error('model file has trailing bytes');
  if (stages.length < 1 || stages.length > 2) throw new Error(`model has ${stages.length} stages`);
  return { stages, meta: header.meta };
}
