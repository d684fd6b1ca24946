// Hashing for feature keys: strings to 32-bit values, and the integer mixing that combines
// a template id with word hashes. A trained model's keys depend on these exact functions.

import { fmix32 as fmix, fnv1a } from '../../text/hash.js';

/** FNV-1a over UTF-16 code units, then mixed. */
export function hashString(s: string): number {
  return fmix(fnv1a(s));
}

/** Mixes two 32-bit values into one key (never 0: 0 marks an empty slot); order matters. */
export function mix(a: number, b: number): number {
  return fmix((Math.imul(a ^ 0x9e3779b9, 0x27d4eb2d) + b) | 0) || 1;
}

export function mix3(a: number, b: number, c: number): number {
  return mix(mix(a, b), c);
}
