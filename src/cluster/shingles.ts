// Word shingles of a document, as distinct 32-bit hashes. The words are the tokenizer's
// match keys (src/text/tokenize.ts): hamza and alef variants, ta marbuta, tashkeel, tatweel
// and the digit script (٣٥ / 35 / ۳۵) are folded, and only words and numbers count, so
// punctuation and spacing never change a shingle.
import { tokenize } from '../text/tokenize.js';

import { FNV_OFFSET, FNV_PRIME, fmix32, fnv1a } from '../text/hash.js';

export { fmix32, fnv1a } from '../text/hash.js';

/** The match keys of the document's words and numbers, hashed, in reading order. */
export function wordHashes(text: string): Uint32Array {
  const tokens = tokenize(text);
  const out = new Uint32Array(tokens.length);
  let n = 0;
  for (const t of tokens) {
    if ((t.kind !== 'word' && t.kind !== 'number') || t.norm === '') continue;
    out[n++] = fnv1a(t.norm);
  }
  return out.subarray(0, n);
}

/**
 * The distinct hashes of the document's k-word shingles, sorted ascending (so two sets
 * intersect by a merge). A document with fewer than k words (but at least one) has one
 * shingle of all its words; a document without words has none.
 */
export function wordShingles(text: string, k = 4): Uint32Array {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`wordShingles: k must be a positive integer, got ${k}`);
  const words = wordHashes(text);
  const n = words.length;
  if (n === 0) return new Uint32Array(0);
  const windows = n >= k ? n - k + 1 : 1;
  const width = Math.min(k, n);
  // Every window's hash, sorted, then the repeats dropped in place: no Set of numbers (most
  // hashes are above 2^30, so a Set boxes each one).
  const all = new Uint32Array(windows);
  for (let i = 0; i < windows; i++) {
    let h = FNV_OFFSET ^ width;
    for (let j = 0; j < width; j++) h = Math.imul(h ^ words[i + j]!, FNV_PRIME);
    all[i] = fmix32(h);
  }
  all.sort();
  let distinct = 1;
  for (let i = 1; i < windows; i++) if (all[i] !== all[distinct - 1]) all[distinct++] = all[i]!;
  return all.slice(0, distinct);
}

/** |A ∩ B| of two sorted, distinct hash arrays (as wordShingles returns). */
export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}
