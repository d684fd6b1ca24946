// The vocabulary of the generated story corpus (story-corpus.ts): Arabic-looking stems
// (general words, topic words of each news desk, rare event words) and names of places,
// people and organizations, all distinct and fixed by the seed; and the Zipfian samplers
// that make a few of them frequent and most of them rare, as in real text.
import { prng } from './corpus.js';
import { fmix32 } from '../src/text/hash.js';

export const GENERAL_WORDS = 8000;
export const TOPICS = 16;
export const TOPIC_WORDS = 250;
export const RARE_WORDS = 20000;
export const PLACES = 400;
export const PEOPLE = 3000;
export const ORGS = 1500;

/** A seed from several integers (order matters), so each part of the corpus has its own stream. */
export function mix(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const p of parts) h = fmix32(Math.imul(h ^ (p >>> 0), 0x01000193) + 0x7f4a7c15);
  return h >>> 0;
}

/**
 * Samples ranks 0..n-1 with P(r) ∝ 1/(r+q)^s (Zipf–Mandelbrot: q flattens the head, as
 * removing stopwords does), by binary search over the cumulative weights.
 */
export class Zipf {
  private readonly cdf: Float64Array;
  constructor(n: number, s: number, q = 1) {
    this.cdf = new Float64Array(n);
    let t = 0;
    for (let r = 0; r < n; r++) this.cdf[r] = t += 1 / Math.pow(r + q, s);
    for (let r = 0; r < n; r++) this.cdf[r]! /= t;
  }
  sample(rnd: () => number): number {
    const u = rnd();
    let lo = 0;
    let hi = this.cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cdf[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

// Letters without hamza, alef maqsura or ta marbuta, which the tokenizer folds: a generated
// stem is the same word in keys and in the shingled text.
const CONSONANTS = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي';
const VOWELS = 'اوي';

/** `count` distinct Arabic-looking stems of 3–6 letters, none in `taken`. */
function makeWords(seed: number, count: number, taken: Set<string>): string[] {
  const rnd = prng(seed);
  const out: string[] = [];
  while (out.length < count) {
    const len = 3 + Math.floor(rnd() * 4);
    let w = '';
    for (let i = 0; i < len; i++) {
      const pool = i % 2 === 1 && rnd() < 0.4 ? VOWELS : CONSONANTS;
      w += pool[Math.floor(rnd() * pool.length)];
    }
    if (taken.has(w)) continue;
    taken.add(w);
    out.push(w);
  }
  return out;
}

export interface Lexicon {
  general: string[];
  topics: string[][];
  rare: string[];
  places: string[];
  people: string[];
  orgs: string[];
}

export function makeLexicon(seed: number): Lexicon {
  const taken = new Set<string>();
  const words = (part: number, n: number): string[] => makeWords(mix(seed, part), n, taken);
  const names = (part: number, n: number, parts: number): string[] => {
    const ws = words(part, n * parts);
    return Array.from({ length: n }, (_, i) => ws.slice(i * parts, (i + 1) * parts).join(' '));
  };
  return {
    general: words(1, GENERAL_WORDS),
    topics: Array.from({ length: TOPICS }, (_, t) => words(100 + t, TOPIC_WORDS)),
    rare: words(2, RARE_WORDS),
    places: names(3, PLACES, 1),
    people: names(4, PEOPLE, 2),
    orgs: names(5, ORGS, 2),
  };
}

export const generalZipf = new Zipf(GENERAL_WORDS, 1.0, 20);
export const topicZipf = new Zipf(TOPIC_WORDS, 0.9, 5);
export const placeZipf = new Zipf(PLACES, 0.9);
export const personZipf = new Zipf(PEOPLE, 0.8);
export const orgZipf = new Zipf(ORGS, 0.8);
