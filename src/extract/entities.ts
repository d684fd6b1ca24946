// Entity finding: combines three kinds of evidence over one document's clean text.
//
//   rules    (person-rules.ts, entity-rules.ts) a trigger word says what follows: title +
//            name, organization word + quoted name, camp + name, city word + name;
//   lexicon  known places and organizations (token trie), and runs of name tokens that open
//            on a given name (كاثرين كولونا، محمد بن سلمان);
//   model    the statistical tagger's BIO tags (ANERcorp types; PERS is read as PER).
//
// Before that, some candidates go: a model span that is only a currency or counted noun
// (يورو، جنيه إسترليني) or carries tanween (جديًّا); a homograph place name the context reads
// as a common noun (سيول وادي حضرموت: floods); a place inside a short quoted name of
// something else ("إعلان تونس"). A homograph that is a place gets the reading its document
// supports (عمّان / عمان: Amman or Oman) as the mention's sense.
//
// Overlaps are decided by precedence: rule > lexicon > model; within one level the longer
// span wins, then the one with a role, then the earlier one. Before that the tagger gets its
// say where it is usually right (arbitrate): its span wider than the lexicon spans inside it
// (ريال مدريد), its type for a span the lexicon also has, and a person's boundaries. After that, one sense per
// discourse: the full names found are looked for again (and their short forms: the family
// name, or particle + family name as in دي مايو، بن سلمان) wherever nothing claimed the words;
// so are the one-word places a rule found (مدينتي زليتن وترهونة ... إلى زليتن). An ambiguous
// place word with no place context stays only when joined by و to a place (سيئون والمكلا).
// Last, the organizations named in full give their other names in the document a ref to
// the full name: the first word alone or with adjectives of the name (الشراكة، المكتب
// الأممي), and acronyms in brackets or after المعروفة اختصارا بـ (MPMD).
//
// Spans are tight. A proclitic (و ف ب ل ك) attached to the first word is left out of the
// span when the rest of the word is what was recognized (بسوريا → سوريا, وفيصل → فيصل); the
// mention text is always text.slice(start, end), as written. The one exception is ل + ال
// written لل (للتحالف): the article's alef is not in the text, so the whole word is kept.
// Tokens ignore line breaks, so a name wrapped across lines (محمد بن⏎سلمان) is one mention.
import type { BioTag, EntityType, Mention, Token } from '../types.js';
import { normalizeForMatch } from '../text/normalize.js';
import {
  analyzeWord,
  cliticForms,
  lexiconTables,
  LEX_CITY,
  LEX_COUNTRY,
  LEX_GIVEN_NAME,
  LEX_IN_PHRASE,
  LEX_KNOWN_ORG,
  LEX_NAME_PARTICLE,
  LEX_NATIONALITY,
  LEX_ORG_TRIGGER,
  LEX_PERSON_TITLE,
  LEX_PLACE_TRIGGER,
  LEX_REGION,
  LEX_SITE_TRIGGER,
  LEX_STOP,
  LEX_NAME_TOKEN,
  matchPhraseAt,
  tokenFlags,
  type WordAnalysis,
} from './lexicon.js';
import {
  closingQuote,
  featureRule,
  isComma,
  isWord,
  NEUTRAL,
  NOT_A_NAME,
  orgRule,
  PLACE,
  placeRule,
  PRIO_LEXICON,
  PRIO_MODEL,
  PRIO_RULE,
  readHomograph,
  siteRule,
  type Cand,
  type Ctx,
} from './entity-rules.js';
import { nameRunRule, parseRole, titleRule } from './person-rules.js';
import { foreignSkeleton } from './skeleton.js';

const PHRASE_START = LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_KNOWN_ORG | LEX_IN_PHRASE;
const NO_ANALYSIS: WordAnalysis = { flags: 0, key: '', strip: 0, tight: true };

/** السعودية after a definite noun, with no clitic of its own, is the adjective (العاصمة السعودية). */
function adjectiveReading(c: Ctx, i: number): boolean {
  if ((c.flags[i]! & LEX_NATIONALITY) === 0 || c.ana[i]!.strip !== 0 || !isWord(c, i - 1)) return false;
  return c.tokens[i - 1]!.norm.startsWith('ال') && (c.flags[i - 1]! & LEX_STOP) === 0;
}

/** Known places and organizations, with the two readings that are not places removed. */
function lexiconPhrase(c: Ctx, i: number, out: Cand[]): void {
  const m = matchPhraseAt(c.tokens, i);
  if (!m) return;
  const skip = m.tight ? m.strip : 0;
  if (m.hit.homograph) {
    const r = readHomograph(c, i, c.t.homographs.get(m.hit.homograph)!, false);
    if (r.place) out.push({ s: i, e: i + m.length, type: 'LOC', via: 'lexicon', prio: PRIO_LEXICON, skip, ...(r.sense ? { sense: r.sense } : {}) });
    return;
  }
  if (m.hit.ambiguous) {
    // مالي is a place after في / من / شمال ... or with a preposition attached (بمالي); else
    // only when it is joined by و to another place (سيئون والمكلا), which is checked last.
    const prepAttached = m.strip === 2 || (m.strip === 1 && !'وف'.includes(c.tokens[i]!.norm[0]!));
    const prev = i > 0 && isWord(c, i - 1) ? c.tokens[i - 1]!.norm : '';
    const ctxWord = c.t.placeContext.has(prev) || (prev.length > 2 && 'وف'.includes(prev[0]!) && c.t.placeContext.has(prev.slice(1)));
    if (!prepAttached && !ctxWord) {
      out.push({ s: i, e: i + m.length, type: m.hit.type, via: 'lexicon', prio: 0, skip, coord: true });
      return;
    }
  }
  if (m.length === 1 && adjectiveReading(c, i)) return;
  out.push({ s: i, e: i + m.length, type: m.hit.type, via: 'lexicon', prio: PRIO_LEXICON, skip });
}

function mapType(raw: string): EntityType | null {
  switch (raw) {
    case 'PERS':
    case 'PER':
      return 'PER';
    case 'LOC':
    case 'ORG':
    case 'MISC':
      return raw;
    default:
      return null;
  }
}

/** Letters of a leading و/ف + ب/ك/ل before ال that a model span leaves out (والعراق → العراق). */
function articleClitic(w: string): number {
  let k = 0;
  if (w[k] === 'و' || w[k] === 'ف') k++;
  if (w[k] === 'ب' || w[k] === 'ك' || w[k] === 'ل') k++;
  return k > 0 && w.startsWith('ال', k) && w.length - k >= 5 ? k : 0;
}

/** Tanween (ً ٌ ٍ): the mark of an indefinite common word, not of a name. */
const TANWEEN = /[\u064B-\u064D]/u;

/** A currency or a counted noun (يورو، جنيه إسترليني، دولة), maybe with numbers: no entity. */
function unitSpan(c: Ctx, s: number, e: number): boolean {
  let head = true;
  for (let k = s; k < e; k++) {
    const t = c.tokens[k]!;
    if (t.kind === 'number') continue;
    if (t.kind !== 'word') return false;
    const forms = k === s ? cliticForms(t.norm).map(([f]) => f) : [t.norm];
    const hit = forms.find((f) => c.t.unitWords.has(f));
    if (hit === undefined) return false;
    if (head && !c.t.unitHeads.has(hit)) return false;
    head = false;
  }
  return !head;
}

function addModelSpan(c: Ctx, s: number, e: number, type: EntityType, out: Cand[]): void {
  while (s < e && !isWord(c, s)) s++;
  while (e > s && c.tokens[e - 1]!.kind !== 'word' && c.tokens[e - 1]!.kind !== 'number') e--;
  if (type === 'PER') while (s < e && (c.flags[s]! & (LEX_PERSON_TITLE | LEX_NATIONALITY | LEX_STOP)) !== 0) s++;
  if (s >= e) return;
  // A currency or counted noun, or any span right after a number (٢٣ منظمة إقليمية): no name.
  if (unitSpan(c, s, e) || c.tokens[s - 1]?.kind === 'number') return;
  for (let k = s; k < e; k++) if (TANWEEN.test(c.tokens[k]!.text)) return;
  // A homograph place name: its reading decides (سيول وادي حضرموت: floods, not Seoul).
  let sense: string | undefined;
  const hg = c.t.homographs.get(c.ana[s]!.key);
  if (hg && type === 'LOC') {
    const r = readHomograph(c, s, hg, false);
    if (!r.place) {
      if (e - s === 1) return;
      s++;
    } else if (e - s === 1) sense = r.sense;
  }
  if (e - s === 1) {
    const f = c.flags[s]!;
    // A lone trigger word (منظمة، مخيم) or stop word is no name; neither is a country's
    // adjective reading (العاصمة السعودية), which the lexicon also declines.
    if ((f & (LEX_STOP | LEX_ORG_TRIGGER | LEX_SITE_TRIGGER | LEX_PLACE_TRIGGER | LEX_PERSON_TITLE)) !== 0) return;
    if (adjectiveReading(c, s)) return;
  }
  const a = c.ana[s]!;
  const skip = a.strip > 0 ? (a.tight ? a.strip : 0) : articleClitic(c.tokens[s]!.norm);
  out.push({ s, e, type, via: 'model', prio: PRIO_MODEL, skip, ...(sense ? { sense } : {}) });
}

function modelCands(c: Ctx, tags: readonly BioTag[], out: Cand[]): void {
  const n = Math.min(tags.length, c.tokens.length);
  let s = -1;
  let type: EntityType | null = null;
  const flush = (e: number): void => {
    if (s >= 0 && type) addModelSpan(c, s, e, type, out);
    s = -1;
    type = null;
  };
  for (let i = 0; i < n; i++) {
    const tag = tags[i] ?? 'O';
    const dash = tag.indexOf('-');
    const ty = dash > 0 ? mapType(tag.slice(dash + 1)) : null;
    if (ty === null) {
      flush(i);
      continue;
    }
    if (tag[0] === 'B' || s < 0 || ty !== type) {
      flush(i);
      s = i;
      type = ty;
    }
  }
  flush(n);
}

/** ORG + التابع/التابعة + ل + known organization: one name (مجلس الأمن التابع للأمم المتحدة). */
function affiliationExtensions(c: Ctx, cands: readonly Cand[], out: Cand[]): void {
  for (const x of cands) {
    if (x.type !== 'ORG' || !isWord(c, x.e) || !c.t.affiliation.has(c.tokens[x.e]!.norm)) continue;
    const m = matchPhraseAt(c.tokens, x.e + 1);
    if (m && m.hit.type === 'ORG' && m.strip > 0) out.push({ ...x, e: x.e + 1 + m.length, via: 'rule', prio: PRIO_RULE });
  }
}

/**
 * Where the tagger and the lexicon or rules disagree about the same words, the tagger's
 * reading is taken in three cases:
 *   - its span, not a person's, is strictly wider than every lexicon span inside it and
 *     overlaps no other lexicon span (ريال مدريد is a club, not مدريد): the lexicon spans go;
 *   - it covers the same words as a lexicon span with another type: the lexicon span takes
 *     the tagger's type (a city's name read as its club);
 *   - for a person, its PER span is a proper superset of a rule or lexicon PER span, or
 *     that span takes in a word the tagger reads as no name (عبدالله بن خليفة العطية cut
 *     short, طالباني متضامنا too long): the person takes the tagger's boundaries.
 */
function arbitrate(c: Ctx, cands: Cand[]): Cand[] {
  const tags = c.tags;
  if (!tags) return cands;
  const models = cands.filter((x) => x.via === 'model');
  const drop = new Set<Cand>();
  const overlaps = (a: Cand, b: Cand): boolean => a.s < b.e && b.s < a.e;
  for (const m of models) {
    const lex = cands.filter((x) => x.via === 'lexicon' && x.prio === PRIO_LEXICON && overlaps(x, m));
    if (lex.length === 0) continue;
    // (A) strictly wider than all the lexicon spans inside it.
    // A person span is left to (C): the tagger often runs a title's place into the name
    // (محافظ حضرموت سالم ...).
    if (lex.every((x) => x.s >= m.s && x.e <= m.e && x.e - x.s < m.e - m.s)) {
      if (m.type !== 'PER') for (const x of lex) drop.add(x);
      continue;
    }
    // (B) the same span with another type.
    for (const x of lex) {
      if (x.s !== m.s || x.e !== m.e || x.type === m.type) continue;
      x.type = m.type;
      if (m.type !== 'LOC') delete x.sense;
    }
  }
  // (C) persons: the tagger's boundaries, not past a word that cannot be part of a name
  // (محافظ حضرموت سالم ...، ... الحلبي للصحفيين).
  const namePart = (k: number): boolean =>
    isWord(c, k) && (c.flags[k]! & (NOT_A_NAME | PLACE)) === 0 && !/^(?:لل|[وفبكل]ال)/u.test(c.tokens[k]!.norm);
  for (const m0 of models) {
    if (m0.type !== 'PER') continue;
    const m = { ...m0 };
    while (m.e > m.s && !namePart(m.e - 1)) m.e--;
    while (m.s < m.e && !namePart(m.s)) {
      m.s++;
      m.skip = 0;
    }
    if (m.s >= m.e) continue;
    for (const x of cands) {
      if (x.via === 'model' || x.type !== 'PER' || drop.has(x) || !overlaps(x, m)) continue;
      const superset = m.s <= x.s && m.e >= x.e && m.e - m.s > x.e - x.s;
      let outside = false;
      for (let k = x.s; k < x.e && !outside; k++) if (isWord(c, k) && (tags[k] ?? 'O') === 'O') outside = true;
      if (!superset && !outside) continue;
      const s = x.role ? Math.max(m.s, x.role.e) : m.s;
      if (s >= m.e) continue;
      if (s !== x.s) x.skip = s === m.s ? m.skip : 0;
      x.s = s;
      x.e = m.e;
    }
  }
  return drop.size === 0 ? cands : cands.filter((x) => !drop.has(x));
}

function resolve(n: number, cands: Cand[]): Cand[] {
  const roleLen = (x: Cand): number => (x.role ? x.role.e - x.role.s : 0);
  cands.sort((a, b) => b.prio - a.prio || b.e - b.s - (a.e - a.s) || roleLen(b) - roleLen(a) || a.s - b.s);
  const taken = new Uint8Array(n);
  const out: Cand[] = [];
  for (const x of cands) {
    let free = true;
    for (let k = x.s; k < x.e && free; k++) if (taken[k]) free = false;
    if (!free) continue;
    taken.fill(1, x.s, x.e);
    out.push(x);
  }
  return out;
}

/** One sense per discourse: full names found once, and their short forms, found again. */
function propagateNames(c: Ctx, accepted: Cand[]): void {
  const n = c.tokens.length;
  const taken = new Uint8Array(n);
  for (const x of accepted) taken.fill(1, x.s, x.e);
  const forms = new Map<string, string[][]>();
  const add = (ws: string[]): void => {
    const list = forms.get(ws[0]!) ?? [];
    if (!list.some((l) => l.join(' ') === ws.join(' '))) list.push(ws);
    forms.set(ws[0]!, list);
  };
  for (const x of accepted) {
    if (x.type !== 'PER') continue;
    const idx: number[] = [];
    for (let k = x.s; k < x.e; k++) if (isWord(c, k)) idx.push(k);
    if (idx.length < 2) continue;
    const ws = idx.map((k, j) => (j === 0 && x.skip > 0 ? c.ana[k]!.key : c.tokens[k]!.norm));
    add(ws);
    const last = idx[idx.length - 1]!;
    const lw = ws[ws.length - 1]!;
    // The trailing particles with the family name: دي مايو، فون دير لاين، بن سلمان.
    let p = idx.length - 1;
    while (p > 1 && (c.flags[idx[p - 1]!]! & LEX_NAME_PARTICLE) !== 0) p--;
    if (p < idx.length - 1) {
      const lead = ws[p]!;
      if (c.t.foreignParticles.has(lead) || lead === 'بن' || lead === 'ابن') add(ws.slice(p));
    } else if (
      lw.length >= 3 &&
      (c.flags[last]! & (LEX_GIVEN_NAME | LEX_STOP | LEX_NATIONALITY | PHRASE_START | LEX_PERSON_TITLE)) === 0 &&
      !c.t.notNames.has(lw)
    ) {
      add([lw]);
    }
  }
  if (forms.size === 0) return;
  for (let i = 0; i < n; i++) {
    if (taken[i] || !isWord(c, i)) continue;
    const w = c.tokens[i]!.norm;
    let best: { len: number; skip: number } | null = null;
    for (const [form, strip, tight] of 'وفبلك'.includes(w[0]!) ? cliticForms(w) : [[w, 0, true] as const]) {
      for (const seq of forms.get(form) ?? []) {
        let ok = true;
        for (let j = 1; j < seq.length && ok; j++) {
          const t = c.tokens[i + j];
          ok = t !== undefined && t.kind === 'word' && !taken[i + j] && t.norm === seq[j];
        }
        if (ok && (best === null || seq.length > best.len)) best = { len: seq.length, skip: tight ? strip : 0 };
      }
    }
    if (!best) continue;
    // A short form followed by more name is someone else of the same family.
    const after = i + best.len;
    if (best.len === 1 && isWord(c, after) && (c.flags[after]! & LEX_NAME_PARTICLE) !== 0) continue;
    accepted.push({ s: i, e: after, type: 'PER', via: 'rule', prio: PRIO_RULE, skip: best.skip });
    taken.fill(1, i, after);
  }
}

/**
 * Places inside a short quoted name that opens on another word are part of that name, not
 * mentions of the place: "إعلان تونس"، «نهار الخليج».
 */
function dropQuotedPlaces(c: Ctx, cands: Cand[]): Cand[] {
  const opener = new Int32Array(c.tokens.length).fill(-1);
  for (let j = 0; j < c.tokens.length; j++) {
    if (c.tokens[j]!.kind !== 'punct') continue;
    const q = closingQuote(c, j);
    if (q < 0) continue;
    if (q - j - 1 <= 4) for (let k = j + 1; k < q; k++) opener[k] = j;
    j = q;
  }
  return cands.filter((x) => x.type !== 'LOC' || opener[x.s]! < 0 || x.s === opener[x.s]! + 1);
}

/** One sense per discourse for places: a one-word place a rule found is a place wherever it recurs. */
function propagatePlaces(c: Ctx, accepted: Cand[]): void {
  const names = new Set<string>();
  for (const x of accepted) {
    if (x.type !== 'LOC' || x.via !== 'rule' || x.e - x.s !== 1) continue;
    const w = c.tokens[x.s]!.norm.slice(x.skip);
    if (matchPhraseAt(c.tokens, x.s) === null && w.length >= 3) names.add(w);
  }
  if (names.size === 0) return;
  const taken = new Uint8Array(c.tokens.length);
  for (const x of accepted) taken.fill(1, x.s, x.e);
  for (let i = 0; i < c.tokens.length; i++) {
    if (taken[i] || !isWord(c, i)) continue;
    const w = c.tokens[i]!.norm;
    if (!names.has(w) && !names.has(w.slice(1)) && !names.has(w.slice(2)) && !names.has(`ا${w.slice(1)}`)) continue;
    for (const [form, strip, tight] of cliticForms(w)) {
      if (!names.has(form)) continue;
      accepted.push({ s: i, e: i + 1, type: 'LOC', via: 'rule', prio: PRIO_RULE, skip: tight ? strip : 0 });
      break;
    }
  }
}

/** An ambiguous place kept only when joined by و to a place: سيئون والمكلا، المكلا وسيئون. */
function keepCoordinated(c: Ctx, accepted: Cand[]): Cand[] {
  const locEnd = new Set<number>();
  const locStart = new Set<number>();
  for (const x of accepted) {
    if (x.type !== 'LOC' || x.coord) continue;
    locEnd.add(x.e - 1);
    locStart.add(x.s);
  }
  return accepted.filter((x) => {
    if (!x.coord) return true;
    const ownAnd = c.tokens[x.s]!.norm[0] === 'و' && c.ana[x.s]!.strip > 0;
    const nextAnd = isWord(c, x.e) && c.tokens[x.e]!.norm[0] === 'و' && locStart.has(x.e);
    return (ownAnd && locEnd.has(x.s - 1)) || nextAnd;
  });
}

const LATIN_ACRONYM = /^[A-Za-z][A-Za-z&.-]*$/u;

/** A word that may be an organization's acronym: Latin with two capitals or more (MPMD، KSrelief), or an unknown Arabic word. */
function acronymAt(c: Ctx, k: number): boolean {
  const t = c.tokens[k];
  if (!t || t.kind !== 'word') return false;
  if (LATIN_ACRONYM.test(t.text)) return (t.text.match(/[A-Z]/gu) ?? []).length >= 2;
  return t.norm.length >= 3 && !t.norm.startsWith('ال') && (c.flags[k]! & ~NEUTRAL) === 0;
}

/**
 * Other names of the organizations a document names in full: the name's first word alone
 * (الشراكة، المفوضية) or with adjectives of the name (المكتب الأممي for مكتب الأمم المتحدة ...),
 * its first words (الشراكة المتوسطية), an acronym in brackets after it (MPMD) or after المعروفة
 * اختصارا بـ / المعروف باسم, and that acronym wherever it recurs. Each gets the full name as
 * its ref. A first word shared by two full names in the document names neither.
 */
function organizationAliases(c: Ctx, accepted: Cand[], textOf: (x: Cand) => string): void {
  const n = c.tokens.length;
  const taken = new Uint8Array(n);
  for (const x of accepted) taken.fill(1, x.s, x.e);
  const wordsOf = (x: Cand): string[] => {
    const ws: string[] = [];
    for (let k = x.s; k < x.e; k++) if (isWord(c, k)) ws.push(k === x.s ? c.ana[k]!.key || c.tokens[k]!.norm : c.tokens[k]!.norm);
    return ws;
  };
  const definite = (w: string): string => (w.startsWith('ال') ? w : `ال${w}`);
  // The full names, by their first word with the article.
  const fulls = new Map<string, Map<string, { words: string[]; text: string }>>();
  for (const x of accepted) {
    if (x.type !== 'ORG' || x.ref) continue;
    const ws = wordsOf(x);
    if (ws.length < 3 || c.t.orgStrength.get(ws[0]!) === undefined) continue;
    const head = definite(ws[0]!);
    let m = fulls.get(head);
    if (!m) fulls.set(head, (m = new Map()));
    m.set(ws.join(' '), { words: ws, text: textOf(x).replace(/\s+/gu, ' ') });
  }
  const only = (head: string): { words: string[]; text: string } | null => {
    const m = fulls.get(head);
    return m && m.size === 1 ? [...m.values()][0]! : null;
  };
  const inName = (full: { words: string[] }, w: string): boolean =>
    full.words.includes(w) || ((w === 'الاممي' || w === 'الامميه') && full.words.includes('الامم'));
  // Shorter names of the same organization the rules found: الشراكة المتوسطية، المكتب الأممي.
  for (const x of accepted) {
    if (x.type !== 'ORG' || x.ref) continue;
    const ws = wordsOf(x);
    const full = only(definite(ws[0]!));
    if (!full || full.words.length <= ws.length) continue;
    if (ws.slice(1).every((w) => inName(full, w))) x.ref = full.text;
  }
  // The first word alone, or with adjectives that belong to the name.
  for (let i = 0; i < n; i++) {
    if (taken[i] || !isWord(c, i)) continue;
    const a = c.ana[i]!;
    const head = a.key || c.tokens[i]!.norm;
    if (!head.startsWith('ال')) continue;
    const full = only(head);
    if (!full) continue;
    // Not an adjective of the word before it (الوحدة البحرية).
    if (a.strip === 0 && isWord(c, i - 1) && c.tokens[i - 1]!.norm.startsWith('ال') && (c.flags[i - 1]! & LEX_STOP) === 0) continue;
    let e = i + 1;
    while (e < n && !taken[e] && isWord(c, e) && inName(full, c.tokens[e]!.norm)) e++;
    // A definite word after it that is not of the name makes another name (المكتب الفرعي).
    if (isWord(c, e) && c.tokens[e]!.norm.startsWith('ال') && (c.flags[e]! & LEX_STOP) === 0) continue;
    accepted.push({ s: i, e, type: 'ORG', via: 'rule', prio: PRIO_RULE, skip: a.tight ? a.strip : 0, ref: full.text });
    taken.fill(1, i, e);
  }
  // Acronyms: in brackets after the name, or after المعروفة اختصارا بـ / المعروف باسم.
  const acronyms = new Map<string, string>();
  const addAlias = (k: number, e: number, ref: string): void => {
    for (let m = k; m < e; m++) if (taken[m]) return;
    accepted.push({ s: k, e, type: 'ORG', via: 'rule', prio: PRIO_RULE, skip: 0, ref });
    taken.fill(1, k, e);
    if (e === k + 1) acronyms.set(c.tokens[k]!.norm, ref);
  };
  for (const x of [...accepted]) {
    if (x.type !== 'ORG') continue;
    const ref = x.ref ?? textOf(x).replace(/\s+/gu, ' ');
    let k = x.e;
    const t = c.tokens[k];
    if (t && t.text === '(' && acronymAt(c, k + 1) && c.tokens[k + 2]?.text === ')') {
      addAlias(k + 1, k + 2, ref);
      continue;
    }
    if (isComma(c, k)) k++;
    if (!isWord(c, k) || !c.t.aliasCues.has(c.tokens[k]!.norm)) continue;
    k++;
    let hops = 0;
    const latin = (m: number): boolean => acronymAt(c, m) && LATIN_ACRONYM.test(c.tokens[m]!.text);
    while (hops < 2 && isWord(c, k) && c.tokens[k]!.norm !== 'ب' && c.tokens[k]!.norm !== 'باسم' && !latin(k)) {
      k++;
      hops++;
    }
    if (isWord(c, k) && (c.tokens[k]!.norm === 'ب' || c.tokens[k]!.norm === 'باسم')) k++;
    const q = closingQuote(c, k);
    if (q > 0 && q - k - 1 <= 3) addAlias(k + 1, q, ref);
    else if (latin(k)) addAlias(k, k + 1, ref);
  }
  if (acronyms.size === 0) return;
  for (let i = 0; i < n; i++) {
    if (taken[i] || c.tokens[i]!.kind !== 'word') continue;
    const ref = acronyms.get(c.tokens[i]!.norm);
    if (ref !== undefined) addAlias(i, i + 1, ref);
  }
}

/** A role after the name, set off by a comma: فيصل بن فرحان، وزير الخارجية السعودي. */
function appositiveRoles(c: Ctx, accepted: Cand[]): void {
  for (const x of accepted) {
    if (x.type !== 'PER' || x.role) continue;
    const k = x.e;
    const comma = c.tokens[k];
    if (!comma || (comma.text !== '،' && comma.text !== ',')) continue;
    if (!isWord(c, k + 1) || (c.flags[k + 1]! & LEX_PERSON_TITLE) === 0 || c.ana[k + 1]!.strip > 0) continue;
    const r = parseRole(c, k + 1);
    if (r.end > k + 1) x.role = { s: k + 1, skip: 0, e: r.end + 1 };
  }
}

/** The offset inside a token after its first `letters` letters (marks after them skipped too). */
function skipChars(tok: string, letters: number): number {
  if (letters <= 0) return 0;
  let seen = 0;
  let i = 0;
  while (i < tok.length && seen < letters) {
    seen += normalizeForMatch(tok[i]!).length;
    i++;
  }
  if (seen !== letters) return 0;
  while (i < tok.length && normalizeForMatch(tok[i]!).length === 0) i++;
  return i < tok.length ? i : 0;
}

const skeletons = new Map<string, string>();

/** foreignSkeleton, remembered (unknown words recur). */
function skeletonOf(w: string): string {
  let s = skeletons.get(w);
  if (s === undefined) {
    if (skeletons.size >= 100_000) skeletons.clear();
    skeletons.set(w, (s = foreignSkeleton(w)));
  }
  return s;
}

/**
 * The named entities of one document's clean text. `tokens` must be tokenize(text);
 * `modelTags`, when given, holds one BIO tag per token (the statistical tagger's output).
 * Mentions come back sorted by offset, without overlaps, and without entity ids (see
 * linkMentions).
 */
export function findMentions(text: string, tokens: readonly Token[], modelTags?: readonly BioTag[]): Mention[] {
  const n = tokens.length;
  const flags = new Int32Array(n);
  const ana: WordAnalysis[] = new Array<WordAnalysis>(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word') {
      flags[i] = tokenFlags(t);
      ana[i] = analyzeWord(t.norm);
    } else ana[i] = NO_ANALYSIS;
  }
  const t = lexiconTables();
  // Spellings of a listed foreign given name that the lexicon does not know (برجيت، بيرجيت).
  for (let i = 0; i < n; i++) {
    const tok = tokens[i]!;
    if (tok.kind !== 'word' || (flags[i]! & ~(NEUTRAL | LEX_NAME_TOKEN)) !== 0 || tok.norm.length < 4 || tok.norm.startsWith('ال')) continue;
    if (t.foreignGivenSkeletons.has(skeletonOf(tok.norm))) flags[i] = flags[i]! | LEX_GIVEN_NAME | LEX_NAME_TOKEN;
  }
  const c: Ctx = { text, tokens, flags, ana, t, ...(modelTags ? { tags: modelTags } : {}) };
  let cands: Cand[] = [];
  for (let i = 0; i < n; i++) {
    const f = flags[i]!;
    featureRule(c, i, cands);
    if (f === 0) continue;
    if (f & LEX_PERSON_TITLE) titleRule(c, i, cands);
    if (f & LEX_ORG_TRIGGER) orgRule(c, i, cands);
    if (f & LEX_SITE_TRIGGER) siteRule(c, i, cands);
    if (f & LEX_PLACE_TRIGGER) placeRule(c, i, cands);
    if (f & LEX_GIVEN_NAME) nameRunRule(c, i, cands);
    if (f & PHRASE_START) lexiconPhrase(c, i, cands);
  }
  if (modelTags) modelCands(c, modelTags, cands);
  affiliationExtensions(c, cands.slice(), cands);
  cands = dropQuotedPlaces(c, cands);
  cands = arbitrate(c, cands);
  let accepted = resolve(n, cands);
  propagateNames(c, accepted);
  propagatePlaces(c, accepted);
  accepted = keepCoordinated(c, accepted);
  const span = (x: Cand): { start: number; end: number } => {
    const first = tokens[x.s]!;
    return { start: first.start + skipChars(first.text, x.skip), end: tokens[x.e - 1]!.end };
  };
  organizationAliases(c, accepted, (x) => {
    const { start, end } = span(x);
    return text.slice(start, end);
  });
  appositiveRoles(c, accepted);
  accepted.sort((a, b) => a.s - b.s);
  return accepted.map((x) => {
    const { start, end } = span(x);
    const m: Mention = { start, end, text: text.slice(start, end), type: x.type, via: x.via };
    if (x.sense) m.sense = x.sense;
    if (x.ref) m.ref = x.ref;
    if (x.role) {
      const r0 = tokens[x.role.s]!;
      const rs = r0.start + skipChars(r0.text, x.role.skip);
      m.role = text.slice(rs, tokens[x.role.e - 1]!.end).replace(/\s+/gu, ' ');
    }
    return m;
  });
}
