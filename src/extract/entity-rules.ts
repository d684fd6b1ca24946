// The rules of entity finding: patterns where a trigger word says more than statistics
// can (an organization word before a quoted name, a camp before the camp's name, a city
// word before a city; people's titles and names are in person-rules.ts). Each rule looks a
// bounded number of tokens ahead of one trigger, so a pass over a text stays linear. Rules
// only propose candidates; entities.ts decides overlaps.
import type { EntityType, Token } from '../types.js';
import {
  LEX_AMBIGUOUS_PLACE,
  LEX_CITY,
  LEX_COUNTRY,
  LEX_IN_PHRASE,
  LEX_KNOWN_ORG,
  LEX_NAME_ALSO_WORD,
  LEX_NAME_PARTICLE,
  LEX_NAME_TOKEN,
  LEX_NATIONALITY,
  LEX_ORG_TRIGGER,
  LEX_PERSON_TITLE,
  LEX_PLACE_TRIGGER,
  LEX_REGION,
  LEX_SITE_TRIGGER,
  LEX_STOP,
  LEX_VIA_CLITIC,
  matchPhraseAt,
  type WordAnalysis,
} from './lexicon.js';
import type { Tables } from './lexicon-build.js';

export type Via = 'model' | 'lexicon' | 'rule';

/** A proposed mention over tokens [s, e); `skip` letters of token s are a proclitic left out of the span. */
export interface Cand {
  s: number;
  e: number;
  type: EntityType;
  via: Via;
  prio: number;
  skip: number;
  role?: { s: number; skip: number; e: number };
}

/** What the rules read about a text: its tokens with their lexicon analysis. */
export interface Ctx {
  text: string;
  tokens: readonly Token[];
  flags: Int32Array;
  ana: readonly WordAnalysis[];
  t: Tables;
}

export const PRIO_RULE = 3;
export const PRIO_LEXICON = 2;
export const PRIO_MODEL = 1;

export const NOT_A_NAME = LEX_STOP | LEX_PERSON_TITLE | LEX_NATIONALITY | LEX_ORG_TRIGGER | LEX_SITE_TRIGGER | LEX_PLACE_TRIGGER;
export const PLACE = LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_KNOWN_ORG;
/** Flags that carry no meaning for deciding whether an unknown word may be a name. */
export const NEUTRAL = LEX_IN_PHRASE | LEX_VIA_CLITIC | LEX_NAME_ALSO_WORD | LEX_AMBIGUOUS_PLACE;

const QUOTES = new Map<string, string>([
  ['“', '”'],
  ['«', '»'],
  ['"', '"'],
  ['„', '“'],
  ['‘', '’'],
  ["'", "'"],
]);
const COMMAS = new Set(['،', ',']);

export const isWord = (c: Ctx, i: number): boolean => i >= 0 && i < c.tokens.length && c.tokens[i]!.kind === 'word';
export const norm = (c: Ctx, i: number): string => c.tokens[i]!.norm;
export const isComma = (c: Ctx, i: number): boolean => i < c.tokens.length && COMMAS.has(c.tokens[i]!.text);

/** The index of the quote closing the one at tokens[j], within eight words, or -1. */
export function closingQuote(c: Ctx, j: number): number {
  const open = c.tokens[j];
  if (!open || open.kind !== 'punct') return -1;
  const close = QUOTES.get(open.text);
  if (close === undefined) return -1;
  for (let k = j + 1; k < c.tokens.length && k <= j + 9; k++) {
    const t = c.tokens[k]!;
    if (t.text === close || (open.text === '„' && t.text === '”')) return k > j + 1 ? k : -1;
    if (t.kind !== 'word') return -1;
  }
  return -1;
}

/** The object of a purpose phrase (ضد داعش، لمكافحة الإرهاب): its end index, or -1. */
function purposeObject(c: Ctx, m: number): number {
  const q = closingQuote(c, m);
  if (q > 0) return q + 1;
  if (!isWord(c, m)) return -1;
  const ph = matchPhraseAt(c.tokens, m);
  if (ph && ph.strip === 0) return m + ph.length;
  if ((c.flags[m]! & LEX_ORG_TRIGGER) !== 0 && !norm(c, m).startsWith('ال')) {
    const inner = quotedOrKnown(c, m + 1);
    if (inner > 0) return inner;
  }
  const w = norm(c, m);
  if (!w.startsWith('ال') || (c.flags[m]! & LEX_STOP) !== 0) return -1;
  let e = m + 1;
  while (e < c.tokens.length && e - m < 3 && isWord(c, e) && norm(c, e).startsWith('وال')) e++;
  return e;
}

/** A quoted name or a known organization at tokens[j]: its end index, or -1. */
function quotedOrKnown(c: Ctx, j: number): number {
  const q = closingQuote(c, j);
  if (q > 0) return q + 1;
  const ph = matchPhraseAt(c.tokens, j);
  if (ph && ph.strip === 0 && ph.hit.type === 'ORG') return j + ph.length;
  return -1;
}

/** Organization patterns at an organization word. */
export function orgRule(c: Ctx, i: number, out: Cand[]): void {
  const a = c.ana[i]!;
  const trig = a.key;
  const strength = c.t.orgStrength.get(trig);
  if (strength === undefined) return;
  const definite = trig.startsWith('ال');
  const skip = a.tight ? a.strip : 0;
  const push = (e: number): void => void out.push({ s: i, e, type: 'ORG', via: 'rule', prio: PRIO_RULE, skip });
  const j = i + 1;
  // X + adjectives + purpose + object: التحالف الدولي ضد داعش، الهيئة الوطنية لمكافحة الفساد.
  if (c.t.purposeHeads.has(trig)) {
    let k = j;
    while (k - j < 3 && isWord(c, k) && norm(c, k).startsWith('ال') && (c.flags[k]! & (LEX_STOP | LEX_PERSON_TITLE)) === 0) k++;
    if ((k > j || !definite) && isWord(c, k) && c.t.purposeWords.has(norm(c, k))) {
      const e = purposeObject(c, k + 1);
      if (e > 0) return push(e);
    }
  }
  // Trigger + quoted name or known organization: تنظيم “الدولة الإسلامية”، حركة طالبان.
  const named = quotedOrKnown(c, j);
  if (named > 0) return push(named);
  if (definite) return;
  // Trigger + place + adjectives: قوات سوريا الديمقراطية، جامعة القاهرة.
  const ph = isWord(c, j) ? matchPhraseAt(c.tokens, j) : null;
  if (ph && ph.strip === 0 && ph.hit.type === 'LOC') {
    let k = j + ph.length;
    while (
      k - (j + ph.length) < 2 &&
      isWord(c, k) &&
      norm(c, k).startsWith('ال') &&
      (c.flags[k]! & (LEX_NATIONALITY | LEX_STOP | LEX_COUNTRY | LEX_CITY | LEX_PERSON_TITLE)) === 0
    )
      k++;
    if (strength === 'strong' || k > j + ph.length) return push(k);
    return;
  }
  // وكالة الأنباء + nationality or name: وكالة الأنباء السعودية.
  if (trig === 'وكاله' && isWord(c, j) && norm(c, j) === 'الانباء' && isWord(c, j + 1)) {
    const f = c.flags[j + 1]!;
    if ((f & (LEX_NATIONALITY | LEX_COUNTRY)) !== 0 || norm(c, j + 1).startsWith('ال')) return push(j + 2);
  }
  if (strength !== 'strong') return;
  // Strong trigger + a construct chain ending on a definite word: وزارة الخارجية المغربية،
  // حزب العدالة والتنمية، هيئة تحرير الشام.
  let k = j;
  let lastDefinite = -1;
  while (k < c.tokens.length && k - j < 4 && isWord(c, k)) {
    const w = norm(c, k);
    const f = c.flags[k]!;
    if ((f & (LEX_STOP | LEX_PERSON_TITLE)) !== 0) break;
    if (w.startsWith('ال') || (w.startsWith('وال') && lastDefinite === k - 1)) {
      lastDefinite = k++;
      continue;
    }
    if (lastDefinite < 0 && c.ana[k]!.strip === 0 && isWord(c, k + 1) && norm(c, k + 1).startsWith('ال')) {
      k++;
      continue;
    }
    break;
  }
  if (lastDefinite >= j) push(lastDefinite + 1);
}

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
  return -1;
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

const BARE_PLACE_TRIGGERS = new Set(['مدينه', 'بلده', 'قريه', 'محافظه', 'ولايه', 'اقليم', 'مقاطعه', 'جزيره', 'ناحيه', 'قضاء']);

/** Places after a word naming a kind of place: مدينة مراكش، بلدة الباغوز، العاصمة الإيطالية، روما. */
export function placeRule(c: Ctx, i: number, out: Cand[]): void {
  let j = i + 1;
  if (isWord(c, j) && (c.flags[j]! & LEX_NATIONALITY) !== 0) j++;
  if (isComma(c, j)) j++;
  if (!isWord(c, j)) return;
  const ph = matchPhraseAt(c.tokens, j);
  if (ph && ph.hit.type === 'LOC') {
    out.push({ s: j, e: j + ph.length, type: 'LOC', via: 'rule', prio: PRIO_RULE, skip: ph.tight ? ph.strip : 0 });
    return;
  }
  const w = norm(c, j);
  const f = c.flags[j]!;
  if (
    BARE_PLACE_TRIGGERS.has(c.ana[i]!.key) &&
    j === i + 1 &&
    w.startsWith('ال') &&
    w.length > 3 &&
    (f & (NOT_A_NAME | LEX_NAME_PARTICLE)) === 0 &&
    !c.t.notNames.has(w)
  ) {
    out.push({ s: j, e: j + 1, type: 'LOC', via: 'rule', prio: PRIO_RULE, skip: 0 });
  }
}
