// The BIO tag space and Viterbi decoding over it: which tag may follow which (I-X only after
// B-X or I-X), and the best tag sequence of a sentence given emission and transition scores.
// Shared by tagging (Stage.decode) and training (train-perceptron.ts), so both search the
// same space.
import { TAGS } from './conll.js';

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
