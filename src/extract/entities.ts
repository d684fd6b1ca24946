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
// The pieces: entity-lexicon-phrase.ts and entity-model.ts (candidates), entity-precedence.ts
// (overlaps), entity-propagate.ts (one sense per discourse), entity-org-names.ts (aliases).
//
// Spans are tight. A proclitic (و ف ب ل ك) attached to the first word is left out of the
// span when the rest of the word is what was recognized (بسوريا → سوريا, وفيصل → فيصل); the
// mention text is always text.slice(start, end), as written. The one exception is ل + ال
// written لل (للتحالف): the article's alef is not in the text, so the whole word is kept.
// Tokens ignore line breaks, so a name wrapped across lines (محمد بن⏎سلمان) is one mention.
import type { BioTag, Mention, Token } from '../types.js';
import { normalizeForMatch } from '../text/normalize.js';
import {
  analyzeWord,
  lexiconTables,
  LEX_GIVEN_NAME,
  LEX_ORG_TRIGGER,
  LEX_PERSON_TITLE,
  LEX_PLACE_TRIGGER,
  LEX_SITE_TRIGGER,
  LEX_NAME_TOKEN,
  tokenFlags,
  type WordAnalysis,
} from './lexicon.js';
import { featureRule, isWord, NEUTRAL, orgRule, placeRule, siteRule, type Cand, type Ctx } from './entity-rules.js';
import { nameRunRule, parseRole, titleRule } from './person-rules.js';
import { foreignSkeleton } from './skeleton.js';
import { lexiconPhrase, PHRASE_START } from './entity-lexicon-phrase.js';
import { modelCands } from './entity-model.js';
import { affiliationExtensions, organizationAliases } from './entity-org-names.js';
import { arbitrate, dropQuotedPlaces, keepCoordinated, resolve } from './entity-precedence.js';
import { propagateNames, propagatePlaces } from './entity-propagate.js';

const NO_ANALYSIS: WordAnalysis = { flags: 0, key: '', strip: 0, tight: true };

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
