// Entity finding: combines three kinds of evidence over one document's clean text.
//
//   rules    (person-rules.ts, entity-rules.ts) a trigger word says what follows: title +
//            name, organization word + quoted name, camp + name, city word + name;
//   lexicon  known places and organizations (token trie), and runs of name tokens that open
//            on a given name (كاثرين كولونا، محمد بن سلمان);
//   model    the statistical tagger's BIO tags (ANERcorp types; PERS is read as PER).
//
// Overlaps are decided by precedence: rule > lexicon > model; within one level the longer
// span wins, then the one with a role, then the earlier one. A model span that coincides
// with a lexicon span is the lexicon's (lexicon-confirmed). After that, one sense per
// discourse: the full names found are looked for again (and their short forms: the family
// name, or particle + family name as in دي مايو، بن سلمان) wherever nothing claimed the words.
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
  matchPhraseAt,
  tokenFlags,
  type WordAnalysis,
} from './lexicon.js';
import {
  isWord,
  orgRule,
  placeRule,
  PRIO_LEXICON,
  PRIO_MODEL,
  PRIO_RULE,
  siteRule,
  type Cand,
  type Ctx,
} from './entity-rules.js';
import { nameRunRule, parseRole, titleRule } from './person-rules.js';

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
  if (m.hit.ambiguous) {
    // مالي is a place after في / من / شمال ... or with a preposition attached (بمالي).
    const prepAttached = m.strip === 2 || (m.strip === 1 && !'وف'.includes(c.tokens[i]!.norm[0]!));
    const prev = i > 0 && isWord(c, i - 1) ? c.tokens[i - 1]!.norm : '';
    const ctxWord = c.t.placeContext.has(prev) || (prev.length > 2 && 'وف'.includes(prev[0]!) && c.t.placeContext.has(prev.slice(1)));
    if (!prepAttached && !ctxWord) return;
  }
  if (m.length === 1 && adjectiveReading(c, i)) return;
  out.push({ s: i, e: i + m.length, type: m.hit.type, via: 'lexicon', prio: PRIO_LEXICON, skip: m.tight ? m.strip : 0 });
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

function addModelSpan(c: Ctx, s: number, e: number, type: EntityType, out: Cand[]): void {
  while (s < e && !isWord(c, s)) s++;
  while (e > s && c.tokens[e - 1]!.kind !== 'word' && c.tokens[e - 1]!.kind !== 'number') e--;
  if (type === 'PER') while (s < e && (c.flags[s]! & (LEX_PERSON_TITLE | LEX_NATIONALITY | LEX_STOP)) !== 0) s++;
  if (s >= e) return;
  if (e - s === 1) {
    const f = c.flags[s]!;
    // A lone trigger word (منظمة، مخيم) or stop word is no name; neither is a country's
    // adjective reading (العاصمة السعودية), which the lexicon also declines.
    if ((f & (LEX_STOP | LEX_ORG_TRIGGER | LEX_SITE_TRIGGER | LEX_PLACE_TRIGGER | LEX_PERSON_TITLE)) !== 0) return;
    if (adjectiveReading(c, s)) return;
  }
  const a = c.ana[s]!;
  const skip = a.strip > 0 ? (a.tight ? a.strip : 0) : articleClitic(c.tokens[s]!.norm);
  out.push({ s, e, type, via: 'model', prio: PRIO_MODEL, skip });
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
  const c: Ctx = { text, tokens, flags, ana, t: lexiconTables() };
  const cands: Cand[] = [];
  for (let i = 0; i < n; i++) {
    const f = flags[i]!;
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
  const accepted = resolve(n, cands);
  propagateNames(c, accepted);
  appositiveRoles(c, accepted);
  accepted.sort((a, b) => a.s - b.s);
  return accepted.map((x) => {
    const first = tokens[x.s]!;
    const start = first.start + skipChars(first.text, x.skip);
    const end = tokens[x.e - 1]!.end;
    const m: Mention = { start, end, text: text.slice(start, end), type: x.type, via: x.via };
    if (x.role) {
      const r0 = tokens[x.role.s]!;
      const rs = r0.start + skipChars(r0.text, x.role.skip);
      m.role = text.slice(rs, tokens[x.role.e - 1]!.end).replace(/\s+/gu, ' ');
    }
    return m;
  });
}
