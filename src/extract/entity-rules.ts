// The rules of entity finding: patterns where a trigger word says more than statistics
// can (an organization word before a quoted name, an institution word with its relational
// adjectives and its field (المعهد الوطني للرصد الجوي), a camp before the camp's name, a city
// word before a city, a plural word before a list of places (مديريات سيئون وتريم), a natural
// feature before a known place (وادي حضرموت); people's titles and names are in
// person-rules.ts), and the reading of place names that read several ways (readHomograph).
// Each rule looks a bounded number of tokens ahead of one trigger, so a pass over a text
// stays linear. Rules only propose candidates; entities.ts decides overlaps.
import type { BioTag, EntityType, Token } from '../types.js';
import {
  LEX_AMBIGUOUS_PLACE,
  LEX_GIVEN_NAME,
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
  cliticForms,
  letterMarks,
  matchPhraseAt,
  type Homograph,
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
  /** The reading of a homograph place name (a gazetteer id), when the document tells it. */
  sense?: string;
  /** The fuller name, as written in the document, that this mention stands for. */
  ref?: string;
  /** A place name kept only if it is coordinated with another place (سيئون والمكلا). */
  coord?: boolean;
}

/** What the rules read about a text: its tokens with their lexicon analysis. */
export interface Ctx {
  text: string;
  tokens: readonly Token[];
  flags: Int32Array;
  ana: readonly WordAnalysis[];
  t: Tables;
  /** The statistical tagger's tags, one per token, when there are any. */
  tags?: readonly BioTag[];
  /** Evidence for the readings of homographs in this text, by homograph key (built on first use). */
  evidence?: Map<string, number[]>;
  /** Words right after a word for a kind of place or site, with their counts (built on first use). */
  afterTrigger?: Map<string, number>;
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

/**
 * A definite relational adjective (nisba: الوطني، المتوسطية، السامية; plural forms are not),
 * or one of the few other adjectives that name institutions (العامة، العليا).
 */
export function isNisba(c: Ctx, k: number): boolean {
  if (!isWord(c, k) || c.ana[k]!.strip > 0) return false;
  const w = norm(c, k);
  if (!w.startsWith('ال') || w.length < 5 || (c.flags[k]! & (LEX_STOP | LEX_PERSON_TITLE)) !== 0) return false;
  return w.endsWith('ي') || w.endsWith('يه') || c.t.orgAdjectives.has(w);
}

/** A clause boundary at tokens[k]: the end, punctuation, a function word or a word opening on و. */
function boundaryAt(c: Ctx, k: number): boolean {
  const t = c.tokens[k];
  if (!t || t.kind !== 'word') return true;
  return (c.flags[k]! & LEX_STOP) !== 0 || t.norm[0] === 'و';
}

/**
 * The complement that names an institution's field after its name (لشؤون اللاجئين، للهجرة
 * والتنمية، للإغاثة والأعمال الإنسانية، للاستجابة لحالات الطوارئ): the index after it, or k.
 * It opens on ل + a noun of ORG_COMPLEMENT_HEADS (bare and then a definite genitive, or
 * with the article: لل), and goes on with relational adjectives and nouns joined by و + ال.
 */
export function orgComplement(c: Ctx, k: number): number {
  let e = k;
  for (let round = 0; round < 2 && isWord(c, e); round++) {
    const w = norm(c, e);
    if (w[0] !== 'ل' || w.length < 4) break;
    const definite = w.startsWith('لل');
    if (!c.t.complementHeads.has(definite ? w.slice(2) : w.slice(1))) break;
    let f = e + 1;
    if (!definite) {
      if (!isWord(c, f) || !norm(c, f).startsWith('ال') || (c.flags[f]! & LEX_STOP) !== 0) break;
      f++;
    }
    let noun = true;
    for (let n = 0; n < 4 && isWord(c, f); n++) {
      const x = norm(c, f);
      if ((c.flags[f]! & (LEX_STOP | LEX_PERSON_TITLE)) !== 0) break;
      if (x.startsWith('وال') && x.length > 4) {
        noun = true;
        f++;
        continue;
      }
      if (isNisba(c, f)) {
        noun = false;
        f++;
        continue;
      }
      // One more definite word after a noun, when the clause ends there (والإنذار المبكر قد).
      if (x.startsWith('ال') && x.length > 3 && noun && boundaryAt(c, f + 1)) f++;
      break;
    }
    e = f;
  }
  return e;
}

/** Organization patterns at an organization word. */
export function orgRule(c: Ctx, i: number, out: Cand[]): void {
  const before = out.length;
  orgPatterns(c, i, out);
  // A known organization that opens on the word itself and goes further than the patterns
  // (مركز الملك سلمان للإغاثة والأعمال الإنسانية): the rule's precedence, the lexicon's span.
  const known = matchPhraseAt(c.tokens, i);
  if (!known || known.hit.type !== 'ORG' || known.length < 2) return;
  const e = orgComplement(c, i + known.length);
  if (out.slice(before).some((x) => x.e >= e)) return;
  const a = c.ana[i]!;
  out.push({ s: i, e, type: 'ORG', via: 'lexicon', prio: PRIO_RULE, skip: a.tight ? a.strip : 0 });
}

function orgPatterns(c: Ctx, i: number, out: Cand[]): void {
  const a = c.ana[i]!;
  const trig = a.key;
  const strength = c.t.orgStrength.get(trig);
  if (strength === undefined) return;
  const definite = trig.startsWith('ال');
  const skip = a.tight ? a.strip : 0;
  const push = (e: number): void => void out.push({ s: i, e: orgComplement(c, e), type: 'ORG', via: 'rule', prio: PRIO_RULE, skip });
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
  if (definite) {
    // The institution + relational adjectives (+ its field): الشراكة المتوسطية (للهجرة والتنمية)،
    // المعهد الوطني للرصد الجوي. Not where the word is itself an adjective (الوحدة البحرية).
    const p = i - 1;
    if (a.strip === 0 && isWord(c, p) && norm(c, p).startsWith('ال') && (c.flags[p]! & LEX_STOP) === 0) return;
    let k = j;
    while (k < j + 2 && isNisba(c, k)) k++;
    if (k === j) return;
    const e = orgComplement(c, k);
    if (e > k) return push(e);
    // Without a field, the adjectives must name, not describe: no nationality (الوزارة السعودية),
    // no unit word (المكتب الفرعي), no collective of fighters (القوات الحكومية).
    if (c.t.descriptiveHeads.has(trig)) return;
    for (let m = j; m < k; m++) if (c.t.notNameAdjectives.has(norm(c, m)) || (c.flags[m]! & LEX_NATIONALITY) !== 0) return;
    return push(k);
  }
  // Trigger + title + name: an institution named after a person (مركز الملك سلمان).
  if (isWord(c, j) && (c.flags[j]! & LEX_PERSON_TITLE) !== 0 && c.ana[j]!.strip === 0 && norm(c, j).startsWith('ال')) {
    const e = parseTitledName(c, j + 1);
    if (e > 0) return push(e);
  }
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

/** A person's name after a title inside an institution's name (الملك سلمان): its end, or -1. */
function parseTitledName(c: Ctx, j: number): number {
  if (!isWord(c, j) || (c.flags[j]! & (LEX_NAME_TOKEN | LEX_GIVEN_NAME)) === 0 || c.ana[j]!.strip > 0) return -1;
  let k = j + 1;
  // بن / آل chains: الأمير سلطان بن عبد العزيز.
  while (k + 1 < c.tokens.length && isWord(c, k) && (c.flags[k]! & LEX_NAME_PARTICLE) !== 0 && isWord(c, k + 1)) k += 2;
  return k;
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

const isLocTag = (c: Ctx, k: number): boolean => {
  const tag = c.tags?.[k];
  return tag !== undefined && tag.endsWith('-LOC');
};

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

// ---------------------------------------------------------------------------------------
// Homographs: place names with several readings (gazetteer PLACE_HOMOGRAPHS).

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
