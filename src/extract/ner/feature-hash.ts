// Hashing for feature keys: strings to 32-bit values, and the integer mixing that combines
// a template id with word hashes. A trained model's keys depend on these exact functions.

/** murmur3's 32-bit finalizer. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over UTF-16 code units, then mixed. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix(h);
}

/** Mixes two 32-bit values into one key (never 0: 0 marks an empty slot); order matters. */
export function mix(a: number, b: number): number {
  return fmix((Math.imul(a ^ 0x9e3779b9, 0x27d4eb2d) + b) | 0) || 1;
}

export function mix3(a: number, b: number, c: number): number {
  return mix(mix(a, b), c);
}
