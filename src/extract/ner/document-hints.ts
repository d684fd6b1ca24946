// Second-pass document hints: what a first pass tagged the other occurrences of each word's
// stem in the document, packed per token into bits the second stage's features read.
import { SHAPE_ARABIC, SHAPE_LATIN, SHAPE_MIXED, type WordInfo } from './word-info.js';

/** Hint bits: tags of other occurrences of the stem (bits 0..8), the word's own first-pass tag + 1 (bits 16..19). */
export const HINT_OWN_SHIFT = 16;
export const HINT_DOC_MASK = 0x1ff;

/** Words whose stem takes part in document hints: words of letters, two letters or more. */
function hintable(w: WordInfo): boolean {
  const script = w.shape >> 4;
  return (script === SHAPE_ARABIC || script === SHAPE_LATIN || script === SHAPE_MIXED) && w.norm.length >= 2;
}

/**
 * Second-pass hints for sentences of one document: for each token, the first-pass tags of
 * the other occurrences of its stem within `window` sentences either side (Infinity: the
 * whole document) as bits 0..8, and its own first-pass tag + 1 from bit HINT_OWN_SHIFT.
 */
export function documentHints(sentences: readonly (readonly WordInfo[])[], tags: readonly Int32Array[], window: number): Uint32Array[] {
  const NTAGS = 9;
  const counts = new Map<number, Int32Array>();
  const change = (s: number, by: number): void => {
    const infos = sentences[s]!;
    const t = tags[s]!;
    for (let i = 0; i < infos.length; i++) {
      const w = infos[i]!;
      if (!hintable(w)) continue;
      let c = counts.get(w.stemH);
      if (c === undefined) counts.set(w.stemH, (c = new Int32Array(NTAGS)));
      c[t[i]!]! += by;
    }
  };
  const S = sentences.length;
  const out: Uint32Array[] = [];
  let lo = 0;
  let hi = -1; // sentences lo..hi are counted
  for (let s = 0; s < S; s++) {
    const wantHi = Math.min(S - 1, s + window);
    while (hi < wantHi) change(++hi, 1);
    const wantLo = Math.max(0, s - window);
    while (lo < wantLo) change(lo++, -1);
    const infos = sentences[s]!;
    const t = tags[s]!;
    const h = new Uint32Array(infos.length);
    for (let i = 0; i < infos.length; i++) {
      const w = infos[i]!;
      let bits = (t[i]! + 1) << HINT_OWN_SHIFT;
      if (hintable(w)) {
        const c = counts.get(w.stemH)!;
        for (let k = 0; k < NTAGS; k++) if (c[k]! - (k === t[i] ? 1 : 0) > 0) bits |= 1 << k;
      }
      h[i] = bits;
    }
    out.push(h);
  }
  return out;
}
