// Place rules: a site word and its name (مخيم الهول), a word for a kind of place before a
// place or a list of places (مدينة مراكش، مديريات سيئون وتريم), and a natural feature named
// after a known place (وادي حضرموت).
import {
  LEX_GIVEN_NAME,
  LEX_NAME_ALSO_WORD,
  LEX_NAME_PARTICLE,
  LEX_NAME_TOKEN,
  LEX_NATIONALITY,
  LEX_PLACE_TRIGGER,
  LEX_SITE_TRIGGER,
  cliticForms,
  matchPhraseAt,
} from './lexicon.js';
import { closingQuote, isComma, isLocTag, isWord, norm, NOT_A_NAME, PRIO_RULE, type Cand, type Ctx } from './entity-context.js';
import { readHomograph } from './entity-homographs.js';

/** The name after a site word: quoted, a known place, a name token, or (strong words) a definite word. */
function siteName(c: Ctx, j: number, strong: boolean): number {
  const q = closingQuote(c, j);
  if (q > 0) return q + 1;
  if (!isWord(c, j) || c.ana[j]!.strip > 0) return -1;
  const ph = matchPhraseAt(c.tokens, j);
  if (ph && ph.hit.type === 'LOC') return j + ph.length;
  const f = c.flags[j]!;
  const w = norm(c, j);
  if ((f & (NOT_A_NAME | LEX_NAME_PARTICLE)) !== 0 || c.t.notNames.has(w)) return -1;
  if (!w.startsWith('ال') && (f & LEX_NAME_TOKEN) !== 0) return j + 1;
  if (strong && w.startsWith('ال') && w.length > 3) return j + 1;
  if (strong && placeWord(c, j, 0) && triggeredTwice(c, j)) return j + 1;
  return -1;
}

/**
 * An unknown word that stands after a word for a kind of place or site twice or more in the
 * document (مدينة طرفاية ... ميناء طرفاية) is a place's name.
 */
function triggeredTwice(c: Ctx, j: number): boolean {
  if (!c.afterTrigger) {
    const m = new Map<string, number>();
    for (let k = 1; k < c.tokens.length; k++) {
      if (!isWord(c, k) || !isWord(c, k - 1) || c.ana[k]!.strip > 0) continue;
      if ((c.flags[k - 1]! & (LEX_PLACE_TRIGGER | LEX_SITE_TRIGGER)) === 0) continue;
      const w = norm(c, k);
      if (!w.startsWith('ال')) m.set(w, (m.get(w) ?? 0) + 1);
    }
    c.afterTrigger = m;
  }
  return (c.afterTrigger.get(norm(c, j)) ?? 0) >= 2;
}

/** Sites: مخيم الهول (the word is part of the name); مخيمي الهول والروج gives two sites. */
export function siteRule(c: Ctx, i: number, out: Cand[]): void {
  const a = c.ana[i]!;
  const single = c.t.siteDual.get(a.key);
  const trig = single ?? a.key;
  const strength = c.t.siteStrength.get(trig);
  if (strength === undefined) return;
  const strong = strength === 'strong';
  const e = siteName(c, i + 1, strong);
  if (e < 0) return;
  if (single === undefined) {
    out.push({ s: i, e, type: 'LOC', via: 'rule', prio: PRIO_RULE, skip: a.tight ? a.strip : 0 });
    return;
  }
  out.push({ s: i + 1, e, type: 'LOC', via: 'rule', prio: PRIO_RULE, skip: 0 });
  // The second name, joined by و: والروج.
  if (isWord(c, e)) {
    const w = norm(c, e);
    if (w[0] === 'و' && ((strong && w.startsWith('وال') && w.length > 4) || (c.flags[e]! & LEX_NAME_TOKEN) !== 0)) {
      out.push({ s: e, e: e + 1, type: 'LOC', via: 'rule', prio: PRIO_RULE, skip: 1 });
    }
  }
}

const BARE_PLACE_TRIGGERS = new Set([
  'مدينه', 'بلده', 'قريه', 'محافظه', 'ولايه', 'اقليم', 'مقاطعه', 'جزيره', 'ناحيه', 'قضاء', 'مديريه', 'معتمديه',
]);

/** A word that may be an unknown place's name: no function word, trigger, particle or number. */
function placeWord(c: Ctx, k: number, strip: number): boolean {
  if (!isWord(c, k)) return false;
  const a = c.ana[k]!;
  if (strip === 0 && a.strip > 0) return false; // بالقرب، للمنطقة: a preposition's phrase
  const f = strip > 0 ? (a.strip === strip ? a.flags : 0) : c.flags[k]!;
  const w = strip > 0 ? norm(c, k).slice(strip) : norm(c, k);
  if (w.length < 3 || (f & (NOT_A_NAME | LEX_NAME_PARTICLE | LEX_GIVEN_NAME)) !== 0 || c.t.notNames.has(w)) return false;
  return !/^\d/u.test(w);
}

/**
 * One place of a list at tokens[k] (after the first, led by و: وتريم، والأنبار، وصلاح الدين):
 * its end index and the letters of the proclitic, or null.
 */
function listItem(c: Ctx, k: number, first: boolean): { e: number; skip: number } | null {
  if (!isWord(c, k)) return null;
  const w = norm(c, k);
  const strip = first ? 0 : 1;
  if (!first && w[0] !== 'و') return null;
  const ph = matchPhraseAt(c.tokens, k);
  if (ph && ph.hit.type === 'LOC' && ph.strip === strip) return { e: k + ph.length, skip: strip };
  if (!placeWord(c, k, strip)) return null;
  return { e: k + 1, skip: strip };
}

/** Places after a word naming a kind of place: مدينة مراكش، بلدة الباغوز، العاصمة الإيطالية، روما. */
export function placeRule(c: Ctx, i: number, out: Cand[]): void {
  const trig = c.ana[i]!.key;
  // A plural or dual word announces a list: مديريات سيئون وتريم وشبام والقطن.
  if (c.t.placeListTriggers.has(trig)) {
    const items: Array<{ s: number; e: number; skip: number; comma?: boolean }> = [];
    let k = i + 1;
    const first = listItem(c, k, true);
    if (first) {
      items.push({ s: k, ...first });
      k = first.e;
      while (items.length < 12) {
        let next = k;
        let lead = false;
        if (isComma(c, next)) {
          next++;
          lead = true;
        }
        const it = lead ? listItem(c, next, true) ?? listItem(c, next, false) : listItem(c, next, false);
        if (!it) break;
        items.push({ s: next, ...it, comma: lead && it.skip === 0 });
        k = it.e;
      }
      // A list ends on an item joined by و: what follows a last comma is the next clause.
      while (items.length > 1 && items[items.length - 1]!.comma) items.pop();
    }
    const dual = trig.endsWith('تي');
    // Definite common nouns alone (مديريات الوادي والصحراء) are no list of names.
    const named = items.some((it) => {
      const ph = matchPhraseAt(c.tokens, it.s);
      return (ph !== null && ph.hit.type === 'LOC') || !norm(c, it.s).slice(it.skip).startsWith('ال');
    });
    if (named && items.length >= 2 && (!dual || items.length === 2)) {
      for (const it of items) {
        const ph = matchPhraseAt(c.tokens, it.s);
        const sense = ph?.hit.homograph ? readHomograph(c, it.s, c.t.homographs.get(ph.hit.homograph)!, true).sense : undefined;
        out.push({ s: it.s, e: it.e, type: 'LOC', via: 'rule', prio: PRIO_RULE, skip: it.skip, ...(sense ? { sense } : {}) });
      }
      return;
    }
  }
  let j = i + 1;
  if (isWord(c, j) && (c.flags[j]! & LEX_NATIONALITY) !== 0) j++;
  if (isComma(c, j)) j++;
  if (!isWord(c, j)) return;
  const ph = matchPhraseAt(c.tokens, j);
  if (ph && ph.hit.type === 'LOC') {
    const sense = ph.hit.homograph ? readHomograph(c, j, c.t.homographs.get(ph.hit.homograph)!, true).sense : undefined;
    out.push({ s: j, e: j + ph.length, type: 'LOC', via: 'rule', prio: PRIO_RULE, skip: ph.tight ? ph.strip : 0, ...(sense ? { sense } : {}) });
    return;
  }
  const w = norm(c, j);
  const f = c.flags[j]!;
  if (!BARE_PLACE_TRIGGERS.has(trig) || j !== i + 1) return;
  if (
    w.startsWith('ال') &&
    w.length > 3 &&
    (f & (NOT_A_NAME | LEX_NAME_PARTICLE)) === 0 &&
    !c.t.notNames.has(w)
  ) {
    out.push({ s: j, e: j + 1, type: 'LOC', via: 'rule', prio: PRIO_RULE, skip: 0 });
    return;
  }
  // An unknown name after the word, when the tagger reads a place there too or the name
  // follows such words twice (مدينة طرفاية ... ميناء طرفاية).
  if (!w.startsWith('ال') && placeWord(c, j, 0) && (f & LEX_NAME_ALSO_WORD) === 0 && (isLocTag(c, j) || triggeredTwice(c, j))) {
    out.push({ s: j, e: j + 1, type: 'LOC', via: 'rule', prio: PRIO_RULE, skip: 0 });
  }
}

/** A natural feature and the known place it is named after: وادي حضرموت، جبل لبنان. */
export function featureRule(c: Ctx, i: number, out: Cand[]): void {
  if (!isWord(c, i)) return;
  const w = norm(c, i);
  const g = c.t.geoFeatures;
  if (!g.has(w) && !g.has(w.slice(1)) && !g.has(w.slice(2))) return;
  const form = cliticForms(w).find(([f]) => g.has(f));
  if (!form) return;
  const ph = matchPhraseAt(c.tokens, i + 1);
  if (!ph || ph.hit.type !== 'LOC' || ph.strip > 0 || ph.hit.homograph) return;
  out.push({ s: i, e: i + 1 + ph.length, type: 'LOC', via: 'rule', prio: PRIO_RULE, skip: form[2] ? form[1] : 0 });
}
