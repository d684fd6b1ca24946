// Intrinsic chrome: what a line is, whatever its place on the page, judged from the line
// alone (phrases, reader notices, share bars and follow lines, menus, copyright lines,
// agency signatures, back-to-top links, source labels, staff titles, outlet boilerplate).
// `intrinsic` tries them in the order written down at the top of clean.ts.
import type { ChromeReason } from '../types.js';
import { normalizeForMatch } from '../text/normalize.js';
import {
  BACK_TO_TOP_TARGETS,
  BACK_TO_TOP_WORDS,
  CONTAINS_MAX_WORDS,
  CORRECTION_STEMS,
  CORRECTION_WORDS,
  FOLLOW_VERBS,
  FORM_FIELD_SUFFIXES,
  MASTHEAD_NAME_MAX_WORDS,
  MENU_SEPARATORS,
  NAMEPLATE_MAX_WORDS,
  OUTLET_DESCRIPTOR_NOUNS,
  READER_ADDRESS_STARTS,
  READER_REFERENCE_WORDS,
  SECTION_WORDS,
  SIGNATURE_MAX_TOKENS,
  SOCIAL_WORDS,
  SOURCE_LABEL_MAX_WORDS,
  SOURCE_LABEL_WORDS,
  STAFF_TITLE_HEADS,
  STAFF_TITLE_OBJECTS,
  STAFF_TITLE_WORDS,
  type PhraseReason,
} from '../lang/ar/chrome.js';
import { foldSet, tokenize, type Line } from './lines.js';
import { outletBoilerplate, type CleanOptions } from './outlet-profile.js';
import { CONTAINS_TRIE, LINE_PHRASES, PREFIX_TRIE } from './token-trie.js';

const SOCIAL_SET = foldSet(SOCIAL_WORDS);
const BACK_TO_TOP_SET = foldSet(BACK_TO_TOP_WORDS);
const BACK_TO_TOP_TARGET_SET = foldSet(BACK_TO_TOP_TARGETS);
const CORRECTION_SET = foldSet(CORRECTION_WORDS);
const SOURCE_LABEL_SET = foldSet(SOURCE_LABEL_WORDS);
const STAFF_HEAD_SET = foldSet(STAFF_TITLE_HEADS);
const STAFF_WORD_SET = foldSet(STAFF_TITLE_WORDS);
const STAFF_OBJECT_SET = foldSet(STAFF_TITLE_OBJECTS);
const SECTION_SET = foldSet(SECTION_WORDS);
const FORM_SUFFIX_SET = foldSet(FORM_FIELD_SUFFIXES);
const FOLLOW_VERB_SET = foldSet(FOLLOW_VERBS);
const DESCRIPTOR_SET = foldSet(OUTLET_DESCRIPTOR_NOUNS);
const READER_START_SET = foldSet(READER_ADDRESS_STARTS);
const READER_REFERENCE_SET = foldSet(READER_REFERENCE_WORDS);
const CORRECTION_STEM_KEYS = CORRECTION_STEMS.map((w) => tokenize(w).join(''));

/** Two forms of one word separated by a slash, the second with a feminine ending: تعتقد/تعتقدين, أرسل/أرسلي. */
const GENDERED_SLASH = /(?<!\p{L})(\p{L}{2,})\s*\/\s*\1(?:ين|ي|ه|ن|وا)?(?!\p{L})/u;
/** A label followed by a separator: المصدر: …, عاجل | … */
/** A navigation bar with segments no table knows needs this many segments... */
const MENU_MIN_SEGMENTS = 4;
/** ...of at most this many words each, at least half of them known section or chrome words. */
const MENU_SEGMENT_MAX_WORDS = 2;
// Bullets (▪ ■ ● • ◆ ► ▸) separate a ticker label from its item as a colon or dash does.
export const LABEL_SEPARATOR = /^[^:|\-–—▪■●•◆►▸]{1,24}\s*[:|\-–—▪■●•◆►▸]/;
export const HAS_DIGIT = /\p{N}/u;
const ALL_DIGITS = /^\p{N}+$/u;
const MENU_SPLIT = new RegExp(`\\s*[${MENU_SEPARATORS}]\\s*`, 'u');
const NAMEPLATE_SPLIT = /\s+[-–—]\s+|\s*\|\s*/u;
const COPYRIGHT_SIGN = /©/u;
const COPYRIGHT_C = /\([cC]\)/u;
const YEAR = /\b(?:19|20)\d\d\b/;

/** What a line is by itself, with what its neighbours may share of it. */
export interface Intrinsic {
  reason: ChromeReason;
  /** A staff-title line without a name: the name is on the next line. */
  bareStaff?: boolean;
  /** A read-also or related label alone on its line: its links are on the next lines. */
  bareLabel?: boolean;
}

/** The key of a label line without a trailing count or form-field mark (التعليقات (3), الاسم *), or null. */
function labelKey(tokens: readonly string[]): string | null {
  let end = tokens.length;
  while (end > 0 && (ALL_DIGITS.test(tokens[end - 1]!) || FORM_SUFFIX_SET.has(tokens[end - 1]!))) end--;
  return end > 0 && end < tokens.length ? tokens.slice(0, end).join(' ') : null;
}

/** The phrase class of a line, and whether the phrase is the whole line. */
function phraseReason(L: Line): { reason: PhraseReason; whole: boolean } | null {
  let direct = LINE_PHRASES.get(L.key);
  if (!direct && L.words <= 6) {
    const k = labelKey(L.tokens);
    if (k !== null) direct = LINE_PHRASES.get(k);
  }
  if (direct) return { reason: direct, whole: true };
  const pre = PREFIX_TRIE.longestAt(L.tokens, 0, L.words);
  if (pre) return { reason: pre.reason, whole: PREFIX_TRIE.lastLength === L.words };
  if (L.words <= CONTAINS_MAX_WORDS) {
    for (let s = 0; s < L.tokens.length; s++) {
      const hit = CONTAINS_TRIE.longestAt(L.tokens, s, L.words);
      if (hit) return { reason: hit.reason, whole: false };
    }
  }
  return null;
}

function isGenderedNotice(L: Line): boolean {
  if (L.words > CONTAINS_MAX_WORDS || !L.text.includes('/')) return false;
  if (!GENDERED_SLASH.test(normalizeForMatch(L.text))) return false;
  for (const t of L.tokens) if (CORRECTION_SET.has(t)) return true;
  return false;
}

/** A notice to the reader about errors or complaints: إذا وجدت خطأ …, لتقديم شكوى … */
function isReaderNotice(L: Line): boolean {
  if (L.words < 2 || L.words > CONTAINS_MAX_WORDS || L.endsWithPeriod) return false;
  if (!READER_START_SET.has(L.tokens[0]!)) return false;
  let stem = false;
  let reference = false;
  for (const t of L.tokens) {
    if (!stem) for (const s of CORRECTION_STEM_KEYS) if (t.includes(s)) stem = true;
    if (READER_REFERENCE_SET.has(t)) reference = true;
  }
  return stem && reference;
}

function allIn(tokens: readonly string[], set: ReadonlySet<string>): boolean {
  if (tokens.length === 0) return false;
  for (const t of tokens) if (!set.has(t)) return false;
  return true;
}

function stripWaw(t: string): string {
  return t.length > 2 && t[0] === 'و' ? t.slice(1) : t;
}

/** Are all the tokens section words (a و allowed before each)? False for no tokens. */
export function allSectionWords(tokens: readonly string[]): boolean {
  if (tokens.length === 0) return false;
  for (const t of tokens) if (!SECTION_SET.has(t) && !SECTION_SET.has(stripWaw(t))) return false;
  return true;
}

/** A menu or tool bar: segments between | or • that are each a chrome phrase. Its reason is the first segment's. */
function menuReason(L: Line): ChromeReason | null {
  if (L.words > 24 || !MENU_SPLIT.test(L.text)) return null;
  const segments = L.text.split(MENU_SPLIT);
  let first: ChromeReason | null = null;
  let count = 0;
  let unknownShort = 0;
  for (const seg of segments) {
    const toks = tokenize(seg);
    if (toks.length === 0) continue;
    let r: ChromeReason | null = LINE_PHRASES.get(toks.join(' ')) ?? null;
    if (!r && allIn(toks, SOCIAL_SET)) r = 'follow-share';
    if (!r && allSectionWords(toks)) r = 'section-label';
    if (!r) {
      // A segment no table knows: a menu still, if the bar has the shape of one.
      if (toks.length > MENU_SEGMENT_MAX_WORDS || HAS_DIGIT.test(seg)) return null;
      unknownShort++;
    } else first ??= r;
    count++;
  }
  if (unknownShort === 0) return count >= 2 ? first : null;
  // A navigation bar: many short segments between separators, at least half of them known.
  return count >= MENU_MIN_SEGMENTS && unknownShort * 2 <= count ? first ?? 'section-label' : null;
}

/** A follow line: a follow verb and a social network, تابعوا قناتنا على يوتيوب وفيسبوك. */
function isFollowLine(L: Line): boolean {
  if (L.words < 2 || L.words > 14 || L.endsWithPeriod || !FOLLOW_VERB_SET.has(stripWaw(L.tokens[0]!))) return false;
  for (const t of L.tokens) if (SOCIAL_SET.has(t) || (t.length > 3 && SOCIAL_SET.has(t.slice(1)))) return true;
  return false;
}

/** An agency signature: a short line mostly of initials, (خبر) ع.ز / م.ح. */
function isSignature(L: Line): boolean {
  if (L.words < 2 || L.words > SIGNATURE_MAX_TOKENS || L.endsWithPeriod) return false;
  let single = 0;
  for (const t of L.tokens) if (t.length === 1 && !ALL_DIGITS.test(t)) single++;
  return single >= 2 && single * 2 >= L.words;
}

/** A site's nameplate or tagline: 'NAME - جريدة إلكترونية مستقلة', 'NAME | أخبار العراق والعالم'. */
export function isNameplate(L: Line): boolean {
  if (L.words < 2 || L.words > NAMEPLATE_MAX_WORDS || L.endsSentence || L.text.includes(':')) return false;
  const parts = L.text.split(NAMEPLATE_SPLIT);
  if (parts.length < 2) return false;
  const piped = L.text.includes('|');
  for (let k = 1; k < parts.length; k++) {
    const toks = tokenize(parts[k]!);
    if (toks.length === 0) continue;
    if (DESCRIPTOR_SET.has(toks[0]!)) return true;
    if (piped && toks.length >= 2 && allSectionWords(toks)) return true;
  }
  return false;
}

/**
 * A site's slogan under its name: a short line that opens with an outlet noun (صحيفة يومية
 * تصدر من دبي، شبكة إخبارية مستقلة) and does not end like a sentence. Only read before the
 * title, where a headline still follows it.
 */
export function isOutletSlogan(L: Line): boolean {
  if (L.words < 2 || L.words > NAMEPLATE_MAX_WORDS || L.endsSentence) return false;
  const first = L.tokens[0];
  return first !== undefined && DESCRIPTOR_SET.has(first);
}

/** A copyright line: © on a short line, or (c) with a year or a rights word. */
export function isCopyright(L: Line): boolean {
  if (L.words > 15) return false;
  if (COPYRIGHT_SIGN.test(L.text)) return true;
  return COPYRIGHT_C.test(L.text) && (YEAR.test(L.text) || L.tokens.includes('حقوق') || L.tokens.includes('الحقوق'));
}

function isBackToTop(L: Line): boolean {
  if (L.words > 6 || !allIn(L.tokens, BACK_TO_TOP_SET)) return false;
  for (const t of L.tokens) if (BACK_TO_TOP_TARGET_SET.has(t)) return true;
  return false;
}

function isSourceLabel(L: Line): boolean {
  if (L.words === 0 || !SOURCE_LABEL_SET.has(L.tokens[0]!)) return false;
  if (L.words === 1) return true;
  return L.words <= SOURCE_LABEL_MAX_WORDS && !L.endsWithPeriod && LABEL_SEPARATOR.test(L.text) && !L.innerSentenceBreak &&
    // the separator follows the label word itself
    SOURCE_LABEL_SET.has(tokenize(L.text.split(/[:|\-–—]/)[0]!).join(' '));
}

/** A staff-title line: 'bare' (name on the next line), 'named' (name on the line) or null. */
function staffTitle(L: Line): 'bare' | 'named' | null {
  const t = L.tokens;
  if (t.length < 2 || !STAFF_HEAD_SET.has(t[0]!) || L.endsSentence) return null;
  let k = 0;
  let object = false;
  while (k < t.length && STAFF_WORD_SET.has(t[k]!)) {
    if (STAFF_OBJECT_SET.has(t[k]!)) object = true;
    k++;
  }
  if (!object) return null;
  if (k === t.length) return 'bare';
  const rest = t.length - k;
  if (rest <= MASTHEAD_NAME_MAX_WORDS && !HAS_DIGIT.test(L.text)) return 'named';
  return null;
}

/** What a line is by itself, or null when the line alone does not make it chrome. */
export function intrinsic(L: Line, opts: CleanOptions | undefined): Intrinsic | null {
  if (L.blank) return null;
  if (L.separatorOnly) return { reason: 'separator' };
  const phrase = phraseReason(L);
  if (phrase) {
    const label = phrase.whole && (phrase.reason === 'read-also' || phrase.reason === 'related-articles');
    return label ? { reason: phrase.reason, bareLabel: true } : { reason: phrase.reason };
  }
  if (isGenderedNotice(L) || isReaderNotice(L)) return { reason: 'correction-notice' };
  if (allIn(L.tokens, SOCIAL_SET) || isFollowLine(L)) return { reason: 'follow-share' };
  const menu = menuReason(L);
  if (menu) return { reason: menu };
  if (isCopyright(L)) return { reason: 'trailing-chrome' };
  if (isSignature(L)) return { reason: 'source-label' };
  if (isBackToTop(L)) return { reason: 'back-to-top' };
  if (isSourceLabel(L)) return { reason: 'source-label' };
  const staff = staffTitle(L);
  if (staff) return { reason: 'masthead', bareStaff: staff === 'bare' };
  if (outletBoilerplate(L, opts)) return { reason: 'outlet-boilerplate' };
  return null;
}
