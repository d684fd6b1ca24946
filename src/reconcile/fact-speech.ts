// Quotes and membership. A quote is «...», “...” or "..." (or an إن/أن clause to the end of
// the sentence) attributed by a reporting verb to the entity after it (قال بلينكن: "...")
// or before it; after the quote ("...»، قال X") too. A verb with no named speaker (وقال:،
// وقال إن) continues the last speaker of the two sentences before. Membership: the
// entities joined by و after a joining word (بانضمام توجو، انضمت توجو إلى) or before the
// verb (أ وب وج انضمت إلى ...), or listed after "الجدد:"; each becomes one fact. An
// unnamed body speaking through a noun (وقال البيان إن, وأضاف المصدر:) is a speaker too.
import type { Mention, Token } from '../types.js';
import type { FactMention } from './types.js';
import { FactContext, lookupWord, wordMap, wordSet } from './fact-context.js';
import { actorOf } from './fact-numbers.js';
import { entityFeature } from '../cluster/story-features.js';
import { normalizeForMatch } from '../text/normalize.js';
import { JOIN_WORDS, NEW_MEMBER_CUES, PREPOSITIONS, REPORTING_VERBS, SPEAKER_NOUNS, SPEECH_PARTICLES } from '../lang/ar/facts.js';

const REPORTING = wordMap(REPORTING_VERBS);
const PARTICLE = wordSet(SPEECH_PARTICLES);
const SPEAKER_NOUN = wordSet(SPEAKER_NOUNS);
const JOIN = wordSet(JOIN_WORDS);
const NEW_CUE = wordSet(NEW_MEMBER_CUES);
const PREPS = wordSet(PREPOSITIONS);
const CLOSE: Record<string, string> = { '«': '»', '“': '”', '"': '"' };
/** A quote longer than this, or running across a paragraph, is a stray mark. */
const MAX_QUOTE = 800;
/** Most tokens between the speaker and the speech (في بيان نشرته عبر موقعها ... إن). */
const SPEECH_WINDOW = 16;
const opens = (t: Token): boolean => t.text === ':' || CLOSE[t.text] !== undefined || lookupWord(PARTICLE, t) !== undefined;

/** Quote spans [open mark, close mark] of the text, in order, not nested. */
function findQuotes(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < text.length; i++) {
    const close = CLOSE[text[i]!];
    if (close === undefined) continue;
    const j = text.indexOf(close, i + 1);
    if (j < 0 || j - i > MAX_QUOTE || text.slice(i, j).includes('\n')) continue;
    out.push({ start: i, end: j + 1 });
    i = j;
  }
  return out;
}

interface Speaker { m: Mention; s: number }

/** A rule-made speaker (SPEAKER_NOUNS) is keyed by its noun, an entity by its feature. */
const speakerKey = (sp: Mention): string => (sp.via === 'rule' && sp.type === 'MISC' ? `noun:${normalizeForMatch(sp.text).replace(/^(?:و|ف)?(?:ال)?/u, '')}` : entityFeature(sp));

function quoteFact(ctx: FactContext, start: number, end: number, s: number, sp: Mention, verb: string, object: string): FactMention {
  return { ...ctx.evidence(start, end, s), kind: 'quote', value: null, unit: null, subject: speakerKey(sp), subjectText: sp.text, object, verb };
}

const speakerType = (m: Mention, adjacent: boolean): boolean => m.type === 'PER' || m.type === 'ORG' || (m.type === 'LOC' && adjacent);

export function quoteFacts(ctx: FactContext): FactMention[] {
  const out: FactMention[] = [];
  const text = ctx.doc.text;
  const quotes = findQuotes(text);
  const used = new Set<number>();
  let last: Speaker | null = null;
  const toks = ctx.tokens;
  for (let v = 0; v < toks.length; v++) {
    const hit = lookupWord(REPORTING, toks[v]);
    const s = ctx.sentOf[v]!;
    if (!hit || s < 0) continue;
    const [a, b] = ctx.sentTokens[s]!;
    const actor = actorOf(ctx, v, b, a);
    let sp: Mention | null = actor && speakerType(actor.m, actor.i === v + 1) ? actor.m : null;
    let from = actor && actor.i > v ? ctx.mentionEnd(actor.i) : v + 1;
    // No named speaker, but a noun that speaks for one right after the verb (وقال البيان إن).
    const noun = toks[v + 1];
    if (sp === null && actor === null && noun !== undefined && v + 1 < b && lookupWord(SPEAKER_NOUN, noun)) {
      sp = { type: 'MISC', text: noun.text, start: noun.start, end: noun.end, via: 'rule' };
      from = v + 2;
    }
    // Speech opens at a colon, a quote mark or إن/أن, possibly after an aside (، الإثنين ،).
    let after = from;
    while (after < Math.min(b, from + SPEECH_WINDOW) && !opens(toks[after]!) && !lookupWord(REPORTING, toks[after])) after++;
    const next = toks[after];
    const opensSpeech = after < b && next !== undefined && opens(next);
    if (!opensSpeech) continue;
    if (sp === null && actor === null && after === v + 1 && last !== null && last.s >= s - 2) sp = last.m; // وقال: / وقال إن
    if (sp === null) continue;
    // The quote right after the verb in its sentence, or opening the next sentence after a colon.
    const sentEnd = ctx.doc.sentences[s]!.end;
    const nextSent = ctx.doc.sentences[s + 1];
    const colonEnd = text.slice(0, sentEnd).trimEnd().endsWith(':');
    const qi = quotes.findIndex((q, k) => !used.has(k) && q.start >= toks[v]!.end &&
      (q.start < sentEnd || (colonEnd && nextSent !== undefined && q.start <= nextSent.start + 1 && q.start >= nextSent.start)));
    const lemma = String(hit.value);
    if (qi >= 0 && !hasVerbBetween(ctx, v + 1, quotes[qi]!.start)) {
      const q = quotes[qi]!;
      used.add(qi);
      out.push(quoteFact(ctx, q.start, q.end, ctx.sentenceOf(q.start), sp, lemma, text.slice(q.start + 1, q.end - 1)));
    } else if (next !== undefined && lookupWord(PARTICLE, next) !== undefined && after + 1 < b) {
      const st = toks[after + 1]!.start;
      const en = toks[b - 1]!.kind === 'punct' && b - 2 > after ? toks[b - 2]!.end : toks[b - 1]!.end;
      out.push(quoteFact(ctx, st, en, s, sp, lemma, text.slice(st, en)));
    } else continue;
    last = { m: sp, s };
  }
  // "...»، قال X": a quote followed by a reporting verb and its speaker.
  quotes.forEach((q, k) => {
    if (used.has(k)) return;
    let v = ctx.tokenAt(q.end);
    if (toks[v]?.kind === 'punct') v++;
    const hit = lookupWord(REPORTING, toks[v]);
    const s = ctx.sentenceOf(q.start);
    if (!hit || s < 0) return;
    const actor = actorOf(ctx, v, v + 1 + 6, v);
    if (actor && speakerType(actor.m, actor.i === v + 1)) out.push(quoteFact(ctx, q.start, q.end, s, actor.m, String(hit.value), text.slice(q.start + 1, q.end - 1)));
  });
  return out.sort((x, y) => x.start - y.start);
}

function hasVerbBetween(ctx: FactContext, from: number, offset: number): boolean {
  for (let j = from; j < ctx.tokens.length && ctx.tokens[j]!.start < offset; j++) if (lookupWord(REPORTING, ctx.tokens[j])) return true;
  return false;
}

const memberType = (m: Mention): boolean => m.type === 'LOC' || m.type === 'ORG';

/** Entities joined by و or commas, starting at token i: [token index, mention] in order. */
function listForward(ctx: FactContext, i: number, b: number): Array<{ i: number; m: Mention }> {
  const out: Array<{ i: number; m: Mention }> = [];
  for (let k = i; k < b; ) {
    const m = ctx.mentionAt.get(k);
    if (m === undefined || !memberType(m)) break;
    out.push({ i: k, m });
    k = ctx.mentionEnd(k);
    while (k < b && (ctx.tokens[k]!.text === '،' || ctx.tokens[k]!.text === ',' || ctx.tokens[k]!.norm === 'و')) k++;
    const nm = ctx.mentionAt.get(k);
    if (nm === undefined) break;
    const lead = ctx.doc.text.slice(ctx.tokens[k]!.start, nm.start);
    const sep = ctx.doc.text.slice(ctx.tokens[k - 1]!.end, ctx.tokens[k]!.start);
    if (lead !== 'و' && !/[،,و]/u.test(ctx.doc.text.slice(ctx.tokens[k - 1]!.start, ctx.tokens[k]!.start)) && sep.trim() === '') break;
  }
  return out;
}

/** The entities of a list ending at token j (A وB وC before a verb), in order. */
function listBackward(ctx: FactContext, j: number, a: number): Array<{ i: number; m: Mention }> {
  const hit = ctx.mentionEndingAt(j);
  if (hit === null || hit.i < a || !memberType(hit.m)) return [];
  let k = hit.i;
  for (;;) {
    const lead = ctx.doc.text.slice(ctx.tokens[k]!.start, ctx.mentionAt.get(k)!.start);
    let p = k - 1;
    if (lead !== 'و') {
      while (p >= a && (ctx.tokens[p]!.text === '،' || ctx.tokens[p]!.text === ',' || ctx.tokens[p]!.norm === 'و')) p--;
      if (p === k - 1) break;
    }
    const prev = p >= a ? ctx.mentionEndingAt(p) : null;
    if (prev === null || prev.i < a || !memberType(prev.m)) break;
    k = prev.i;
  }
  return listForward(ctx, k, j + 1);
}

/** What was joined: the mention or up to three words after the first إلى/في within eight tokens. */
function joinedWhat(ctx: FactContext, from: number, b: number): string | null {
  for (let j = from; j < Math.min(b, from + 8); j++) {
    const t = ctx.tokens[j]!;
    if (t.norm !== 'الي' && t.norm !== 'في') continue;
    const m = ctx.mentionAt.get(j + 1);
    if (m !== undefined) return m.text;
    // The noun and the adjectives agreeing with it in definiteness (التحالف الدولي), no further.
    let k = j + 2;
    const definite = ctx.tokens[j + 1]?.norm.startsWith('ال') ?? false;
    while (definite && k < Math.min(b, j + 4) && ctx.tokens[k]!.kind === 'word' && ctx.tokens[k]!.norm.startsWith('ال')) k++;
    if (ctx.tokens[j + 1]?.kind !== 'word') return null;
    return k > j + 1 ? ctx.doc.text.slice(ctx.tokens[j + 1]!.start, ctx.tokens[k - 1]!.end) : null;
  }
  return null;
}

/** Membership facts; `totals` gives the member total a sentence states (from its counts of دولة/عضو). */
export function membershipFacts(ctx: FactContext, totals: Map<number, number>): FactMention[] {
  const out: FactMention[] = [];
  const seen = new Set<number>();
  const toks = ctx.tokens;
  for (let j = 0; j < toks.length; j++) {
    const s = ctx.sentOf[j]!;
    if (s < 0) continue;
    const [a, b] = ctx.sentTokens[s]!;
    let members: Array<{ i: number; m: Mention }> = [];
    let objFrom = j + 1;
    if (lookupWord(JOIN, toks[j])) {
      let k = j + 1;
      while (k < Math.min(b, j + 3) && !ctx.mentionAt.has(k) && toks[k]!.kind === 'word' && !PREPS.has(toks[k]!.norm)) k++;
      members = listForward(ctx, k, b);
      if (members.length === 0) members = listBackward(ctx, j - 1, a);
    } else if (lookupWord(NEW_CUE, toks[j]) && toks[j + 1]?.text === ':') {
      members = listForward(ctx, j + 2, b);
    }
    if (members.length === 0) continue;
    if (members[members.length - 1]!.i > j) objFrom = ctx.mentionEnd(members[members.length - 1]!.i);
    const object = joinedWhat(ctx, objFrom, b) ?? ctx.doc.extraction.mentions.find((m) => m.type === 'ORG' && m.start >= ctx.doc.sentences[s]!.start && m.end <= ctx.doc.sentences[s]!.end)?.text ?? null;
    const total = totals.get(s);
    for (const { m } of members) {
      if (seen.has(m.start)) continue;
      seen.add(m.start);
      out.push({
        ...ctx.evidence(m.start, m.end, s), kind: 'membership', value: null, unit: null,
        subject: entityFeature(m), subjectText: m.text, object, ...(total !== undefined ? { total } : {}),
      });
    }
  }
  return out;
}
