// Features of a token in its sentence, as 32-bit hashed keys. Nothing here builds strings
// per token: what depends on the word alone (its forms, affixes, shape, lexicon flags) is
// computed once per distinct word and cached as hashes; context features combine the
// hashes of neighbouring words with a template id by integer mixing. A model stores keys,
// never feature strings, so it holds no text of the corpus it was trained on.
//
// This module holds the feature config and the key templates; it re-exports the parts kept
// beside it (feature-hash.ts, word-info.ts, document-hints.ts) so importers need only it.
import { LEXICON_BITS } from './lexicon-hook.js';
import { HINT_DOC_MASK, HINT_OWN_SHIFT } from './document-hints.js';
import { hashString, mix, mix3 } from './feature-hash.js';
import type { WordInfo } from './word-info.js';

export { hashString, mix, mix3 } from './feature-hash.js';
export {
  SHAPE_ARABIC,
  SHAPE_DIGIT,
  SHAPE_LATIN,
  SHAPE_MIXED,
  SHAPE_PUNCT,
  wordCacheGeneration,
  wordInfo,
  type WordInfo,
} from './word-info.js';
export { documentHints, HINT_DOC_MASK, HINT_OWN_SHIFT } from './document-hints.js';

/** Which feature families a model uses; stored in the model so tagging matches training. */
export interface FeatureConfig {
  /** Words on each side used as context (0–3). */
  window: number;
  /** Longest prefix and suffix of the normalized word (0–4). */
  affixes: number;
  /** Word bigrams across the current word (w-1 w0, w0 w+1). */
  bigrams: boolean;
  /** Stems of the neighbouring words. */
  contextStems: boolean;
  /** Shapes of the neighbouring words. */
  contextShapes: boolean;
  /** Affixes (clitics, last letters) of the neighbouring words. */
  contextAffixes: boolean;
  /**
   * Second-pass document features: the tags a first pass gave to other occurrences of the
   * word's stem in the same document (or window of sentences), and the first pass's tag of
   * the word itself. Only the second stage of a two-stage model sets these.
   */
  docTags: boolean;
  stack: boolean;
  /** With docTags: the entity types the document gives the neighbours' stems (±1). */
  docContext: boolean;
  /** Lexicon flags of the word and its neighbours (src/extract/lexicon.ts), when present. */
  lexicon: boolean;
  /** The word as written, besides its normalized form. */
  raw: boolean;
  /** Longest prefix and suffix of the stem (clitics off) (0–4). */
  stemAffixes: number;
  /** Letter trigrams of the stem, with edge marks (0 off, else the n-gram length). */
  ngrams: number;
}

/** Stage 1's features, the ones that did best on 5-fold cross-validation of train.txt. */
export const DEFAULT_FEATURES: FeatureConfig = {
  window: 2,
  affixes: 3,
  bigrams: false,
  contextStems: true,
  contextShapes: true,
  contextAffixes: false,
  docTags: false,
  stack: false,
  docContext: false,
  lexicon: true,
  raw: true,
  stemAffixes: 0,
  ngrams: 4,
};

// ---- templates ----

// Template ids: any distinct constants will do, but a model's keys depend on them, so they
// never change meaning once a model is shipped (add new ones at the end).
const T_BIAS = 1;
const T_RAW = 2;
const T_NORM = 3;
const T_STEM = 4;
const T_PRE = 5; // + length
const T_SUF = 10; // + length
const T_CPRE = 15;
const T_CSUF = 16;
const T_SHAPE = 17;
const T_CTX_NORM = 20; // + offset + 3
const T_CTX_STEM = 30; // + offset + 3
const T_CTX_SHAPE = 40; // + offset + 3
const T_BIGRAM_L = 50;
const T_BIGRAM_R = 51;
const T_BIGRAM_LL = 52;
const T_SKIP = 53;
const T_CTX_CPRE = 60; // + offset + 3
const T_CTX_SUF2 = 70; // + offset + 3
const T_LEX = 80; // + offset + 3, value: the bit
const T_LEX_NONE = 90;
const T_SPRE = 91; // + length
const T_SSUF = 95; // + length
const T_GRAM = 99; // + n

const T_TRANS = 110;
const T_DOC_TAG = 120;
const T_DOC_TYPE = 121;
const T_STACK = 122;
const T_STACK_CTX = 123; // + offset + 3
const T_DOC_CTX = 130; // + offset + 1

const BOS = hashString('\u0002<s>');
const EOS = hashString('\u0003</s>');

/** The longest key list one token can have, for buffer sizing. */
export const MAX_FEATURES = 256;

// A token's keys are made of parts, so that a tagger can cache the scores of the parts that
// depend on one word only: the word's own keys, the keys of a neighbour at offset d, the
// keys of a sentence edge at offset d, the keys that join two words, and the hint keys.

/** Keys of the word itself, wherever it stands. */
export function wordKeys(w: WordInfo, cfg: FeatureConfig, out: Uint32Array, from: number): number {
  let n = from;
  out[n++] = mix(T_BIAS, 0);
  if (cfg.raw) out[n++] = mix(T_RAW, w.raw);
  out[n++] = mix(T_NORM, w.normH);
  out[n++] = mix(T_STEM, w.stemH);
  for (let k = 0; k < cfg.affixes; k++) {
    if (w.pre[k] !== 0) out[n++] = mix(T_PRE + k, w.pre[k]!);
    if (w.suf[k] !== 0) out[n++] = mix(T_SUF + k, w.suf[k]!);
  }
  for (let k = 0; k < cfg.stemAffixes; k++) {
    if (w.spre[k] !== 0) out[n++] = mix(T_SPRE + k, w.spre[k]!);
    if (w.ssuf[k] !== 0) out[n++] = mix(T_SSUF + k, w.ssuf[k]!);
  }
  if (cfg.ngrams === 3 || cfg.ngrams === 4) {
    const g = cfg.ngrams === 3 ? w.grams3 : w.grams4;
    const top = Math.min(g.length, 24);
    for (let k = 0; k < top; k++) out[n++] = mix(T_GRAM + cfg.ngrams, g[k]!);
  }
  out[n++] = mix(T_CPRE, w.cliticPre);
  out[n++] = mix(T_CSUF, w.cliticSuf);
  out[n++] = mix(T_SHAPE, w.shape);
  if (cfg.lexicon && LEXICON_BITS > 0) n = lexKeys(w.lex, 0, out, n);
  return n - from;
}

function lexKeys(flags: number, d: number, out: Uint32Array, n: number): number {
  if (flags === 0) {
    if (d === 0) out[n++] = mix(T_LEX_NONE, 0);
    return n;
  }
  for (let b = 0; b < LEXICON_BITS; b++) if (flags & (1 << b)) out[n++] = mix(T_LEX + d + 3, b);
  return n;
}

/** Keys of a neighbour c at offset d (d ≠ 0, |d| ≤ cfg.window) of the current word. */
export function neighbourKeys(c: WordInfo, d: number, cfg: FeatureConfig, out: Uint32Array, from: number): number {
  let n = from;
  const o = d + 3;
  out[n++] = mix(T_CTX_NORM + o, c.normH);
  const near = d === -1 || d === 1;
  if (cfg.contextStems && near) out[n++] = mix(T_CTX_STEM + o, c.stemH);
  if (cfg.contextShapes) out[n++] = mix(T_CTX_SHAPE + o, c.shape);
  if (cfg.contextAffixes && near) {
    out[n++] = mix(T_CTX_CPRE + o, c.cliticPre);
    if (c.suf[1] !== 0) out[n++] = mix(T_CTX_SUF2 + o, c.suf[1]!);
  }
  if (cfg.lexicon && LEXICON_BITS > 0 && near) n = lexKeys(c.lex, d, out, n);
  return n - from;
}

/** Keys of a position outside the sentence at offset d; `past` is how far past the edge (1, 2 ...). */
export function edgeKeys(d: number, past: number, out: Uint32Array, from: number): number {
  const edge = d < 0 ? mix(BOS, -past) : mix(EOS, past - 1);
  out[from] = mix(T_CTX_NORM + d + 3, edge);
  return 1;
}

/** Keys that join the current word with its neighbours (word bigrams). */
export function joinKeys(infos: readonly WordInfo[], i: number, cfg: FeatureConfig, out: Uint32Array, from: number): number {
  if (!cfg.bigrams) return 0;
  let n = from;
  const len = infos.length;
  const w = infos[i]!;
  const l = i > 0 ? infos[i - 1]!.normH : BOS;
  const r = i + 1 < len ? infos[i + 1]!.normH : EOS;
  out[n++] = mix3(T_BIGRAM_L, l, w.normH);
  out[n++] = mix3(T_BIGRAM_R, w.normH, r);
  const ll = i > 1 ? infos[i - 2]!.normH : BOS;
  out[n++] = mix3(T_BIGRAM_LL, ll, l);
  out[n++] = mix3(T_SKIP, l, r);
  return n - from;
}

/** Keys of the document bits of a hint (HINT_DOC_MASK part). */
export function docKeys(bits: number, cfg: FeatureConfig, out: Uint32Array, from: number): number {
  if (!cfg.docTags) return 0;
  let n = from;
  let types = 0;
  for (let b = 0; b < 9; b++) {
    if ((bits & (1 << b)) === 0) continue;
    out[n++] = mix(T_DOC_TAG, b);
    if (b > 0) types |= 1 << ((b - 1) >> 1);
  }
  for (let t = 0; t < 4; t++) if (types & (1 << t)) out[n++] = mix(T_DOC_TYPE, t);
  if (bits === 0) out[n++] = mix(T_DOC_TAG, 99);
  return n - from;
}

/** Keys of a neighbour's document bits at offset d (±1): the entity types present, or none. */
export function docContextKeys(bits: number, d: number, out: Uint32Array, from: number): number {
  let n = from;
  let types = 0;
  for (let b = 1; b < 9; b++) if (bits & (1 << b)) types |= 1 << ((b - 1) >> 1);
  if (types === 0) out[n++] = mix(T_DOC_CTX + d + 1, 99);
  for (let t = 0; t < 4; t++) if (types & (1 << t)) out[n++] = mix(T_DOC_CTX + d + 1, t);
  return n - from;
}

/** Key of a first-pass tag (+ 1; 0 outside the sentence) at offset d ∈ {-1, 0, 1}. */
export function stackKey(own: number, d: number): number {
  return d === 0 ? mix(T_STACK, own) : mix(T_STACK_CTX + d + 3, own);
}

/**
 * Writes the emission keys of token i of a sentence into out[from..], returns the count.
 * `infos` are the sentence's words' WordInfo; `hints` the second-pass hints, if any.
 */
export function tokenFeatures(
  infos: readonly WordInfo[],
  i: number,
  cfg: FeatureConfig,
  out: Uint32Array,
  from: number,
  hints: Uint32Array | null = null,
): number {
  let n = from;
  n += wordKeys(infos[i]!, cfg, out, n);
  const len = infos.length;
  for (let d = -cfg.window; d <= cfg.window; d++) {
    if (d === 0) continue;
    const j = i + d;
    if (j < 0) n += edgeKeys(d, -j, out, n);
    else if (j >= len) n += edgeKeys(d, j - len + 1, out, n);
    else n += neighbourKeys(infos[j]!, d, cfg, out, n);
  }
  n += joinKeys(infos, i, cfg, out, n);
  if (hints !== null) {
    n += docKeys(hints[i]! & HINT_DOC_MASK, cfg, out, n);
    if (cfg.docTags && cfg.docContext) {
      for (const d of [-1, 1]) {
        const j = i + d;
        if (j >= 0 && j < len) n += docContextKeys(hints[j]! & HINT_DOC_MASK, d, out, n);
      }
    }
    if (cfg.stack) {
      for (let d = -1; d <= 1; d++) {
        const j = i + d;
        out[n++] = stackKey(j < 0 || j >= len ? 0 : hints[j]! >>> HINT_OWN_SHIFT, d);
      }
    }
  }
  return n - from;
}

/** The key of the transition row for a previous slot (0: sentence start, t + 1: tag t). */
export function transitionKey(slot: number): number {
  return mix(T_TRANS, slot);
}
