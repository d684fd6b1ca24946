// Homographs: place names with several readings (gazetteer PLACE_HOMOGRAPHS), read from
// their marks, the word after them and the evidence the whole document gives.
import {
  LEX_PLACE_TRIGGER,
  LEX_STOP,
  cliticForms,
  letterMarks,
  type Homograph,
} from './lexicon.js';
import { isLocTag, isWord, norm, type Ctx } from './entity-context.js';

/** Counts of evidence for each reading of each homograph in the text (see Ctx.evidence). */
function homographEvidence(c: Ctx): Map<string, number[]> {
  if (c.evidence) return c.evidence;
  const ev = new Map<string, number[]>();
  const count = (h: string, r: number): void => {
    let v = ev.get(h);
    if (!v) ev.set(h, (v = new Array<number>(c.t.homographs.get(h)!.readings.length).fill(0)));
    v[r]!++;
  };
  for (let k = 0; k < c.tokens.length; k++) {
    if (!isWord(c, k)) continue;
    const hg = c.t.homographs.get(c.ana[k]!.key);
    if (hg) {
      const r = markedReading(c, k, hg);
      if (r >= 0) count(hg.key, r);
      continue;
    }
    for (const [form] of cliticForms(norm(c, k))) {
      const hits = c.t.homographEvidence.get(form);
      if (!hits) continue;
      for (const x of hits) count(x.homograph, x.reading);
      break;
    }
  }
  c.evidence = ev;
  return ev;
}

/** The reading a homograph's marks fix (عمّان, عُمان), or -1. */
function markedReading(c: Ctx, k: number, hg: Homograph): number {
  const letters = letterMarks(c.tokens[k]!.text).slice(c.ana[k]!.strip);
  for (let r = 0; r < hg.readings.length; r++) {
    for (const spec of hg.readings[r]!.marked) {
      if (spec.length > 0 && spec.every((m) => letters[m.at]?.marks.includes(m.mark))) return r;
    }
  }
  return -1;
}

/** The word after a homograph makes it a common noun: a genitive or an adjective (سيول وادي، سيول جارفة). */
function commonNounReading(c: Ctx, k: number, hg: Homograph): boolean {
  const n = k + 1;
  if (!isWord(c, n)) return false;
  const w = norm(c, n);
  if (w[0] === 'و' || w[0] === 'ف') return false;
  if ((c.flags[n]! & (LEX_STOP | LEX_PLACE_TRIGGER)) !== 0) return false;
  // The place's own evidence right after it (سيول الكورية) is no genitive.
  for (const x of c.t.homographEvidence.get(w) ?? []) if (x.homograph === hg.key && hg.readings[x.reading]!.hit) return false;
  return true;
}

/**
 * How the homograph at tokens[k] reads here: as a place (with the reading's gazetteer id
 * when the document tells which place) or not. `afterTrigger`: a word for a kind of place
 * stands before it.
 */
export function readHomograph(c: Ctx, k: number, hg: Homograph, afterTrigger: boolean): { place: boolean; sense?: string } {
  const marked = markedReading(c, k, hg);
  if (marked >= 0) {
    const hit = hg.readings[marked]!.hit;
    return hit ? { place: true, sense: hit.id } : { place: false };
  }
  const ev = homographEvidence(c).get(hg.key) ?? new Array<number>(hg.readings.length).fill(0);
  const places = hg.readings.map((r, i) => (r.hit ? i : -1)).filter((i) => i >= 0);
  if (hg.common) {
    if (!afterTrigger && commonNounReading(c, k, hg)) return { place: false };
    const placeEvidence = places.reduce((a, i) => a + ev[i]!, 0);
    const commonEvidence = hg.readings.reduce((a, r, i) => a + (r.hit ? 0 : ev[i]!), 0);
    // Strong: a word for a kind of place before it, or the place's own evidence nearby.
    let strong = afterTrigger;
    for (let m = Math.max(0, k - 3); m <= k + 3 && !strong; m++) {
      if (m === k || !isWord(c, m)) continue;
      for (const [form] of cliticForms(norm(c, m))) {
        if ((c.t.homographEvidence.get(form) ?? []).some((x) => x.homograph === hg.key && hg.readings[x.reading]!.hit)) strong = true;
      }
    }
    // Weak: a place preposition or word before it, or the tagger's place tag.
    const a = c.ana[k]!;
    const tok = norm(c, k);
    const prepAttached = a.strip === 2 || (a.strip === 1 && !'وف'.includes(tok[0]!));
    const prev = k > 0 && isWord(c, k - 1) ? norm(c, k - 1) : '';
    const ctxWord = c.t.placeContext.has(prev) || (prev.length > 2 && 'وف'.includes(prev[0]!) && c.t.placeContext.has(prev.slice(1)));
    const weak = prepAttached || ctxWord || isLocTag(c, k);
    if (!strong && !(weak && !(commonEvidence > 0 && placeEvidence === 0))) return { place: false };
  }
  if (places.length === 1) return { place: true, sense: hg.readings[places[0]!]!.hit!.id };
  const supported = places.filter((i) => ev[i]! > 0);
  return supported.length === 1 ? { place: true, sense: hg.readings[supported[0]!]!.hit!.id } : { place: true };
}

