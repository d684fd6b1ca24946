// Money, counts and percentages: each quantity of the extraction becomes a FactMention
// with what it is about. Money: its giver (the actor of the giving verb nearest before the
// amount, or "من X" after it) and its purpose (لـ/لصالح/من أجل ... after it). Counts: the
// counted noun, plus an entity that qualifies it ("مقاتل من داعش", "كازاخستان، التي أعادت
// 600 مقاتل"); a bare number counts something only in "عدد X ... N", "N من X" or after a
// partitive (بينهم N). Percentages: the noun after نسبة or before بنسبة.
import type { Mention, Quantity } from '../types.js';
import type { FactMention } from './types.js';
import { FactContext, lookupWord, wordMap, wordSet } from './fact-context.js';
import { entityFeature } from '../cluster/story-features.js';
import { stem } from '../text/stem.js';
import { normalizeForMatch } from '../text/normalize.js';
import { CURRENCIES, COUNTED_NOUNS } from '../lang/ar/units.js';
import {
  ACTOR_WINDOW, COUNT_ADJECTIVES, COUNT_WORDS, GIVING_WORDS, NOT_PURPOSE_L, PARTITIVES, PERCENT_CUES,
  PREPOSITIONS, PURPOSE_MAX_WORDS, PURPOSE_OPENERS, RELATIVE_PRONOUNS, SPEECH_PARTICLES,
  CASUALTY_REACH,
  MONEY_THING_REACH,
  MONEY_THINGS,
  CASUALTY_WORDS,
  GENERIC_COUNTED,
  UNIT_SYNONYMS,
} from '../lang/ar/facts.js';

const CURRENCY_CODES = new Set(CURRENCIES.map(([, code]) => code));
const GIVING = wordSet(GIVING_WORDS);
const CASUALTY = wordMap(CASUALTY_WORDS);
const THINGS = wordMap(MONEY_THINGS);
const GENERIC = new Set(GENERIC_COUNTED.map((w) => normalizeForMatch(w)));
const SYNONYM = new Map(UNIT_SYNONYMS.map(([u, same]) => [normalizeForMatch(u), same] as const));
const PREPS = wordSet(PREPOSITIONS);
const PARTICLE = wordSet(SPEECH_PARTICLES);
const COUNT = wordSet(COUNT_WORDS);
const COUNT_ADJ = wordSet(COUNT_ADJECTIVES);
const PARTITIVE = wordSet(PARTITIVES);
const PERCENT_CUE = wordSet(PERCENT_CUES);
const RELATIVE = wordSet(RELATIVE_PRONOUNS);
const NOT_L = wordSet(NOT_PURPOSE_L);
const OPENERS = PURPOSE_OPENERS.map((p) => p.split(' ').map((w) => normalizeForMatch(w)));
/** Single-word counted-noun forms → lemma (أعضاء → عضو). */
const COUNTED = new Map<string, string>();
for (const [lemma, forms] of COUNTED_NOUNS) for (const f of forms) if (!f.includes(' ')) COUNTED.set(normalizeForMatch(f), lemma);
const ARTICLES = ['وبال', 'وال', 'بال', 'فال', 'لل', 'ال', 'ل', 'و'].map((a) => normalizeForMatch(a));

/** The lemma of a noun as counted: the table's lemma when a form (or its construct, مقاتلي) is known, else its stem. */
export function nounLemma(norm: string): string {
  const tries = [norm, ...ARTICLES.filter((a) => norm.startsWith(a) && norm.length - a.length >= 2).map((a) => norm.slice(a.length))];
  for (const w of tries) {
    const l = COUNTED.get(w) ?? COUNTED.get(w + 'ن'); // sound plural in construct drops its ن
    if (l !== undefined) return l;
  }
  return stem(norm);
}

const isActorType = (m: Mention): boolean => m.type === 'PER' || m.type === 'ORG' || m.type === 'LOC';

/** A mention written with ب/ل/ك on its first word is an object (أشاد بلينكين بإيطاليا), not an actor. */
function hasPrepClitic(ctx: FactContext, i: number, m: Mention): boolean {
  const t = ctx.tokens[i]!;
  // A mention that kept its clitic in its span (للأمم المتحدة); bare ب/ل may begin a name (بلينكن، ليبيا).
  if (m.start <= t.start) return /^(لل|بال)/u.test(normalizeForMatch(m.text));
  return /[بلك]/u.test(ctx.doc.text.slice(t.start, m.start));
}

/**
 * The actor of the verb at token v: a mention starting within ACTOR_WINDOW tokens after it
 * (role words between, but no preposition or punctuation), else one ending right before it
 * (a particle قد/أن between allowed). `limit` bounds the search after.
 */
export function actorOf(ctx: FactContext, v: number, limit: number, sentStart: number): { i: number; m: Mention } | null {
  for (let j = v + 1; j < Math.min(limit, v + 1 + ACTOR_WINDOW); j++) {
    const m = ctx.mentionAt.get(j);
    if (m !== undefined) {
      // A name in a role phrase (الأمين العام للأمم المتحدة أنطونيو غوتيريش): the person after it acts.
      const e = ctx.mentionEnd(j);
      const per = ctx.mentionAt.get(e);
      if (m.type !== 'PER' && per?.type === 'PER' && e < limit) return { i: e, m: per };
      return isActorType(m) && !hasPrepClitic(ctx, j, m) ? { i: j, m } : null;
    }
    const t = ctx.tokens[j]!;
    if (t.kind !== 'word' || PREPS.has(t.norm) || PARTICLE.has(t.norm)) break; // "وأضاف أن X": X is not the speaker
  }
  for (let back = v - 1; back >= Math.max(sentStart, v - 2); back--) {
    const hit = ctx.mentionEndingAt(back);
    if (hit !== null && hit.i >= sentStart && isActorType(hit.m)) return hit;
    const t = ctx.tokens[back]!;
    if (t.kind !== 'word' || !['قد', 'ان'].includes(t.norm)) break;
  }
  return null;
}

function base(ctx: FactContext, q: Quantity, s: number): Pick<FactMention, 'doc' | 'text' | 'start' | 'end' | 'sentence' | 'value' | 'min' | 'max' | 'qualifier'> {
  return {
    ...ctx.evidence(q.start, q.end, s),
    value: q.value ?? null,
    ...(q.min !== undefined ? { min: q.min } : {}),
    ...(q.max !== undefined ? { max: q.max } : {}),
    ...(q.qualifier !== undefined ? { qualifier: q.qualifier } : {}),
  };
}

/** The purpose or recipient phrase right after an amount (within 4 words), up to PURPOSE_MAX_WORDS words. */
function purposeAfter(ctx: FactContext, from: number, end: number): string | null {
  for (let j = from; j < Math.min(end, from + 4); j++) {
    const t = ctx.tokens[j]!;
    if (t.kind !== 'word') return null;
    const opener = OPENERS.find((o) => o.every((w, k) => ctx.tokens[j + k]?.norm === w));
    const lWord = t.norm.length >= 4 && t.norm.startsWith('ل') && !NOT_L.has(t.norm);
    if (opener === undefined && !lWord) continue;
    let k = j;
    let words = 0;
    while (k < end && ctx.tokens[k]!.kind === 'word' && words < PURPOSE_MAX_WORDS + (opener?.length ?? 0)) [k, words] = [k + 1, words + 1];
    return k > j ? ctx.doc.text.slice(t.start, ctx.tokens[k - 1]!.end) : null;
  }
  return null;
}

function money(ctx: FactContext, q: Quantity, s: number, qi: number, qe: number): FactMention {
  const [a, b] = ctx.sentTokens[s]!;
  let actor: { i: number; m: Mention } | null = null;
  for (let j = qi - 1; j >= a && actor === null; j--) if (lookupWord(GIVING, ctx.tokens[j])) actor = actorOf(ctx, j, qi, a);
  // "150 مليون دولار مقدمة من اليابان": the giver named after the amount.
  // Only right after the amount or after مقدمة: "للمناطق المحررة من داعش" names no giver.
  for (let j = qe; actor === null && j < Math.min(b, qe + 2); j++) {
    const m = ctx.mentionAt.get(j + 1);
    const at = j === qe || /^(ال)?مقدم/u.test(ctx.tokens[qe]!.norm);
    if (at && ctx.tokens[j]!.norm === 'من' && m !== undefined && isActorType(m)) actor = { i: j + 1, m };
  }
  let thing: string | undefined;
  for (let j = qi - 1; j >= Math.max(a, qi - MONEY_THING_REACH) && thing === undefined; j--) thing = lookupWord(THINGS, ctx.tokens[j])?.value as string | undefined;
  return {
    ...base(ctx, q, s),
    kind: 'money',
    unit: q.unit!,
    subject: actor ? entityFeature(actor.m) : null,
    subjectText: actor ? actor.m.text : null,
    object: purposeAfter(ctx, qe, b),
    ...(thing !== undefined ? { thing } : {}),
  };
}

/** An entity qualifying a counted noun: right after it, or after من/في; else the antecedent of a relative clause before the number. */
function countEntity(ctx: FactContext, qi: number, qe: number, a: number, b: number): Mention | null {
  const direct = ctx.mentionAt.get(qe);
  if (direct !== undefined && qe < b) return direct;
  const t = ctx.tokens[qe];
  if (t !== undefined && qe + 1 < b && (t.norm === 'من' || t.norm === 'في')) {
    const m = ctx.mentionAt.get(qe + 1);
    if (m !== undefined) return m;
  }
  // "كازاخستان، التي قال إنها أعادت 600 مقاتل": a relative pronoun within six words before.
  for (let j = qi - 1; j >= Math.max(a, qi - 6); j--) {
    if (!lookupWord(RELATIVE, ctx.tokens[j])) continue;
    const before = ctx.tokens[j - 1]?.kind === 'punct' ? j - 2 : j - 1;
    const hit = before >= a ? ctx.mentionEndingAt(before) : null;
    return hit?.m ?? null;
  }
  return null;
}

/** What a bare number counts: "عدد X ... N", "N من X", or a partitive after a count. Null when nothing. */
function bareCountLemma(ctx: FactContext, qi: number, qe: number, a: number, b: number, prevUnit: string | null): { lemma: string; after: number } | null {
  for (let j = qi - 1; j >= Math.max(a, qi - 10); j--) {
    const t = ctx.tokens[j]!;
    if (lookupWord(PARTITIVE, t) && j === qi - 1 && prevUnit !== null) return { lemma: prevUnit, after: qe };
    if (!lookupWord(COUNT, t)) continue;
    let k = j + 1;
    while (k < qi && lookupWord(COUNT_ADJ, ctx.tokens[k])) k++;
    const noun = ctx.tokens[k];
    if (k < qi && noun !== undefined && noun.kind === 'word') return { lemma: nounLemma(noun.norm), after: qe };
  }
  const n = ctx.tokens[qe + 1];
  if (ctx.tokens[qe]?.norm === 'من' && qe + 1 < b && n !== undefined && n.kind === 'word') {
    const lemma = nounLemma(n.norm);
    if (COUNTED.has(normalizeForMatch(lemma))) return { lemma, after: qe + 2 };
  }
  return null;
}

/** A casualty word near a count of a generic noun (GENERIC_COUNTED): before the number or after its noun. */
function casualtyNear(ctx: FactContext, qi: number, qe: number, a: number, b: number): string | null {
  for (let j = qi - 1; j >= Math.max(a, qi - CASUALTY_REACH); j--) {
    const hit = lookupWord(CASUALTY, ctx.tokens[j]);
    if (hit) return hit.value as string;
  }
  for (let j = qe; j < Math.min(b, qe + CASUALTY_REACH + 1); j++) {
    const hit = lookupWord(CASUALTY, ctx.tokens[j]);
    if (hit) return hit.value as string;
  }
  return null;
}

function count(ctx: FactContext, q: Quantity, s: number, qi: number, qe: number, prevUnit: string | null): FactMention | null {
  const [a, b] = ctx.sentTokens[s]!;
  let lemma = q.unit === undefined ? null : (SYNONYM.get(normalizeForMatch(q.unit)) ?? q.unit);
  let after = qe;
  const casualty = qi - 1 >= a ? lookupWord(CASUALTY, ctx.tokens[qi - 1]) : undefined;
  if (lemma === null && casualty) lemma = casualty.value as string;
  if (lemma !== null && GENERIC.has(normalizeForMatch(lemma))) lemma = casualtyNear(ctx, qi, qe, a, b) ?? lemma;
  if (lemma === null) {
    const bare = bareCountLemma(ctx, qi, qe, a, b, prevUnit);
    if (bare === null) return null;
    [lemma, after] = [bare.lemma, bare.after];
  }
  const ent = countEntity(ctx, qi, after, a, b);
  return {
    ...base(ctx, q, s),
    kind: 'count',
    unit: lemma,
    subject: `noun:${lemma}${ent ? '|' + entityFeature(ent) : ''}`,
    subjectText: ent ? ent.text : null,
  };
}

function percent(ctx: FactContext, q: Quantity, s: number, qi: number): FactMention {
  const [a] = ctx.sentTokens[s]!;
  let noun: string | null = null;
  for (let j = qi - 1; j >= Math.max(a, qi - 4) && noun === null; j--) {
    const cue = lookupWord(PERCENT_CUE, ctx.tokens[j]);
    if (!cue) continue;
    const next = ctx.tokens[j + 1];
    if (j + 1 < qi && next?.kind === 'word' && !PREPS.has(next.norm)) noun = next.norm; // نسبة البطالة 12٪
    else if (j - 1 >= a && ctx.tokens[j - 1]!.kind === 'word') noun = ctx.tokens[j - 1]!.norm; // انخفاض بنسبة 68٪
  }
  // The accusative ending (انخفاضًا) is not part of the noun.
  const key = noun === null ? null : noun.length >= 5 && noun.endsWith('ا') ? stem(noun.slice(0, -1)) : stem(noun);
  return { ...base(ctx, q, s), kind: 'percent', unit: 'percent', subject: key ? `noun:${key}` : null, subjectText: null };
}

/** Money, count and percent facts of a document's quantities, in text order. */
export function numberFacts(ctx: FactContext): FactMention[] {
  const out: FactMention[] = [];
  let prev: { s: number; unit: string | null } = { s: -1, unit: null };
  for (const q of [...ctx.doc.extraction.quantities].sort((x, y) => x.start - y.start)) {
    const qi = ctx.tokenAt(q.start);
    const s = ctx.sentOf[qi] ?? -1;
    if (s < 0) continue;
    const qe = ctx.tokenAt(q.end, qi);
    let f: FactMention | null;
    if (q.unit === 'percent') f = percent(ctx, q, s, qi);
    else if (q.unit !== undefined && CURRENCY_CODES.has(q.unit)) f = money(ctx, q, s, qi, qe);
    else f = count(ctx, q, s, qi, qe, prev.s === s ? prev.unit : null);
    if (f === null) continue;
    out.push(f);
    if (f.kind === 'count') prev = { s, unit: f.unit };
  }
  return out;
}
