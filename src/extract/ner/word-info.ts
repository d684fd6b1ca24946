// What a word contributes to features on its own (its forms, affixes, letter n-grams,
// clitics, shape, lexicon flags), computed once per distinct spelling and cached as hashes,
// so that building a token's keys never builds strings.
import { normalizeForMatch } from '../../text/normalize.js';
import { stem } from '../../text/stem.js';
import { hashString } from './feature-hash.js';
import { lexiconFlagsFor } from './lexicon-hook.js';

export const SHAPE_ARABIC = 1;
export const SHAPE_LATIN = 2;
export const SHAPE_DIGIT = 3;
export const SHAPE_PUNCT = 4;
export const SHAPE_MIXED = 5;

export interface WordInfo {
  /** A small number unique among the cached words of the current cache generation. */
  id: number;
  /** The cache generation the id belongs to. */
  gen: number;
  norm: string;
  raw: number;
  normH: number;
  stemH: number;
  /** Hashes of prefixes and suffixes of the normalized word, lengths 1..affixes (0 where too short). */
  pre: Uint32Array;
  suf: Uint32Array;
  /** The same for the stem. */
  spre: Uint32Array;
  ssuf: Uint32Array;
  /** Hashes of the stem's letter n-grams, by n (3 and 4), with edge marks. */
  grams3: Uint32Array;
  grams4: Uint32Array;
  /** The clitic letters stem() strips in front and behind. */
  cliticPre: number;
  cliticSuf: number;
  /** Script class * 16 + length bucket, plus a capital flag for Latin. */
  shape: number;
  lex: number;
}

const MAX_AFFIX = 4;

function lengthBucket(n: number): number {
  return n <= 3 ? n : n <= 5 ? 4 : n <= 7 ? 5 : 6;
}

function scriptClass(w: string): number {
  let arabic = 0;
  let latin = 0;
  let digit = 0;
  let other = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || c === 0x0640 || (c >= 0x064b && c <= 0x0652)) arabic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if ((c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9)) digit++;
    else other++;
  }
  const kinds = (arabic > 0 ? 1 : 0) + (latin > 0 ? 1 : 0) + (digit > 0 ? 1 : 0);
  if (kinds === 0) return SHAPE_PUNCT;
  if (kinds > 1) return SHAPE_MIXED;
  if (arabic > 0) return SHAPE_ARABIC;
  if (latin > 0) return SHAPE_LATIN;
  return SHAPE_DIGIT;
}

function computeInfo(word: string): WordInfo {
  const norm = normalizeForMatch(word);
  const s = stem(word);
  const pre = new Uint32Array(MAX_AFFIX);
  const suf = new Uint32Array(MAX_AFFIX);
  for (let k = 1; k <= MAX_AFFIX && k < norm.length; k++) {
    pre[k - 1] = hashString(norm.slice(0, k));
    suf[k - 1] = hashString(norm.slice(-k));
  }
  const spre = new Uint32Array(MAX_AFFIX);
  const ssuf = new Uint32Array(MAX_AFFIX);
  for (let k = 1; k <= MAX_AFFIX && k < s.length; k++) {
    spre[k - 1] = hashString(s.slice(0, k));
    ssuf[k - 1] = hashString(s.slice(-k));
  }
  const marked = `<${s}>`;
  const grams = (n: number): Uint32Array => {
    const out = new Uint32Array(Math.max(0, marked.length - n + 1));
    for (let i = 0; i + n <= marked.length; i++) out[i] = hashString(marked.slice(i, i + n));
    return out;
  };
  // stem() strips one proclitic and then suffixes: find where the stem sits in the norm.
  let at = -1;
  for (let k = 0; k <= 4 && k + s.length <= norm.length; k++) {
    if (norm.startsWith(s, k)) {
      at = k;
      break;
    }
  }
  const cliticPre = at > 0 ? hashString(norm.slice(0, at)) : 0;
  const cliticSuf = at >= 0 && at + s.length < norm.length ? hashString(norm.slice(at + s.length)) : 0;
  const script = scriptClass(word);
  let shape = script * 16 + lengthBucket(norm.length);
  if (script === SHAPE_LATIN) {
    const c = word.charCodeAt(0);
    if (c >= 0x41 && c <= 0x5a) shape += 8;
  }
  return {
    id: -1,
    gen: -1,
    norm,
    raw: hashString(word),
    normH: hashString(norm),
    stemH: hashString(s),
    pre,
    suf,
    spre,
    ssuf,
    grams3: grams(3),
    grams4: grams(4),
    cliticPre,
    cliticSuf,
    shape,
    lex: lexiconFlagsFor(norm),
  };
}

const cache = new Map<string, WordInfo>();
const CACHE_LIMIT = 20_000;
let generation = 0;

/** The word-level facts of a word, cached per spelling (ids restart when the cache is cleared). */
export function wordInfo(word: string): WordInfo {
  let info = cache.get(word);
  if (info === undefined) {
    if (cache.size >= CACHE_LIMIT) {
      cache.clear();
      generation++;
    }
    info = computeInfo(word);
    info.id = cache.size;
    info.gen = generation;
    cache.set(word, info);
  }
  return info;
}

/** Changes whenever word ids are reused: a cache keyed by WordInfo.id must be dropped then. */
export function wordCacheGeneration(): number {
  return generation;
}
