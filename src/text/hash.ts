// 32-bit string and integer hashing shared by every stage that hashes: the NER tagger's
// feature keys, the near-duplicate shingles, and the story engine's key vectors and index.
// A trained model's keys depend on these exact functions: change them only with a retrain.

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of a string. */
export function fnv1a(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** MurmurHash3's 32-bit finalizer: spreads every input bit over the output. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Two independent 32-bit hashes of a string's UTF-16 code units (FNV-1a, and a
 * multiply-xorshift seeded with the length), each finalized, written as int32 to HALVES[0]
 * and HALVES[1]: no array per call, for the hot loops that hash every key of a report.
 */
export const HALVES = new Int32Array(2);
export function hashHalves(s: string): void {
  let a = FNV_OFFSET;
  let b = 0x9747b28c ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, FNV_PRIME);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  HALVES[0] = fmix32(a);
  HALVES[1] = fmix32(b);
}

/**
 * A 52-bit hash of a string (hashHalves' first half and 20 bits of its second), an exact
 * integer in a double: two of a million distinct strings share one with a chance of about
 * one in ten thousand.
 */
export function hash52(s: string): number {
  hashHalves(s);
  return (HALVES[0]! >>> 0) * 2 ** 20 + (HALVES[1]! >>> 12);
}
