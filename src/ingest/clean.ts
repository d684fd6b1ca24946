// The page cleaner: separates a scraped report's title and body from the site's chrome
// (tickers, mastheads, section labels, captions, read-also links, comment forms, share
// bars, footers). Rules are general shapes over line features (src/ingest/lines.ts) and
// phrase tables (src/lang/ar/chrome.ts, where the fallback order is written down); the
// result keeps an offset map from the clean text back to the raw page.
import type { ChromeReason, CleanResult, OffsetRun, RemovedLine } from '../types.js';
import { prepareText, normalizeForMatch } from '../text/normalize.js';
import { planParagraphs } from '../text/paragraphs.js';
import { MappedTextBuilder, toRaw } from '../text/offsets.js';
import {
  BACK_TO_TOP_TARGETS,
  BACK_TO_TOP_WORDS,
  BREADCRUMB_HEADS,
  BYLINE_HEADS,
  BYLINE_MAX_WORDS,
  CAPTION_LEADS,
  CAPTION_MARKERS,
  CAPTION_MAX_LINES,
  CAPTION_MAX_WORDS,
  CAPTION_PREFIX_MIN_WORDS,
  CHROME_PHRASES,
  CONTAINS_MAX_WORDS,
  CORRECTION_STEMS,
  CORRECTION_WORDS,
  FOLLOW_VERBS,
  FORM_FIELD_SUFFIXES,
  LONG_PARAGRAPH_WORDS,
  MASTHEAD_NAME_MAX_WORDS,
  MENU_SEPARATORS,
  NAMEPLATE_ECHO_MAX_WORDS,
  NAMEPLATE_MAX_WORDS,
  OUTLET_DESCRIPTOR_NOUNS,
  OUTLET_KEY_MAX_WORDS,
  OUTLET_MIN_OTHER_DOCS,
  OUTLET_MIN_SHARE,
  READER_ADDRESS_STARTS,
  READER_REFERENCE_WORDS,
  READ_ALSO_LINK_LINES,
  RELATED_LINK_LINES,
  SECTION_LABEL_MAX_WORDS,
  SECTION_WORDS,
  SENTENCE_PARAGRAPH_MIN_WORDS,
  SIGNATURE_MAX_TOKENS,
  SOCIAL_WORDS,
  SOURCE_LABEL_MAX_WORDS,
  SOURCE_LABEL_WORDS,
  STAFF_TITLE_HEADS,
  STAFF_TITLE_OBJECTS,
  STAFF_TITLE_WORDS,
  TICKER_PREFIXES,
  TITLE_MAX_WORDS,
  TITLE_MIN_WORDS,
  type PhraseReason,
} from '../lang/ar/chrome.js';
import { describeLine, foldSet, phraseKey, splitLines, tokenize, type Line } from './lines.js';

/** What the cleaner may know about the outlet a page comes from. */
export interface CleanOptions {
  /** For the outlet keys of this page: in how many of the outlet's documents (this one included) each occurs. */
  outletLines?: ReadonlyMap<string, number>;
  /** How many documents the outlet has, this one included. */
  outletDocs?: number;
}

// ---------------------------------------------------------------------------------------
// Phrase tables, compiled once into maps and token tries.

interface PhraseHit {
  reason: PhraseReason;
  maxWords: number;
}

interface TrieNode<H> {
  next: Map<string, TrieNode<H>>;
  hit: H | null;
}

/** A trie over word tokens: one walk per start position, no regex per phrase. */
class TokenTrie<H extends { maxWords: number }> {
  private readonly root: TrieNode<H> = { next: new Map(), hit: null };
  /** Length in tokens of the phrase the last successful longestAt() found. */
  lastLength = 0;

  add(tokens: readonly string[], hit: H): void {
    if (tokens.length === 0) return;
    let node = this.root;
    for (const t of tokens) {
      let child = node.next.get(t);
      if (!child) node.next.set(t, (child = { next: new Map(), hit: null }));
      node = child;
    }
    node.hit ??= hit;
  }

  /** The longest phrase starting at tokens[from] whose hit accepts a line of `words` words. */
  longestAt(tokens: readonly string[], from: number, words: number): H | null {
    let node: TrieNode<H> | undefined = this.root;
    let best: H | null = null;
    for (let i = from; i < tokens.length; i++) {
      node = node.next.get(tokens[i]!);
      if (!node) break;
      if (node.hit && words <= node.hit.maxWords) {
        best = node.hit;
        this.lastLength = i - from + 1;
      }
    }
    return best;
  }
}

const LINE_PHRASES = new Map<string, PhraseReason>();
const PREFIX_TRIE = new TokenTrie<PhraseHit>();
const CONTAINS_TRIE = new TokenTrie<PhraseHit>();
for (const reason of Object.keys(CHROME_PHRASES) as PhraseReason[]) {
  const table = CHROME_PHRASES[reason];
  for (const p of table.line) {
    const k = phraseKey(p);
    if (k && !LINE_PHRASES.has(k)) LINE_PHRASES.set(k, reason);
  }
  for (const p of table.prefix) PREFIX_TRIE.add(tokenize(p), { reason, maxWords: table.maxWords });
  for (const p of table.contains) CONTAINS_TRIE.add(tokenize(p), { reason, maxWords: table.maxWords });
}

const CAPTION_TRIE = new TokenTrie<{ maxWords: number }>();
for (const m of CAPTION_MARKERS) CAPTION_TRIE.add(tokenize(m), { maxWords: CAPTION_MAX_WORDS });

const CAPTION_LEAD_KEYS = CAPTION_LEADS.map(tokenize);
const BYLINE_HEAD_SET = foldSet(BYLINE_HEADS);
const SOCIAL_SET = foldSet(SOCIAL_WORDS);
const BACK_TO_TOP_SET = foldSet(BACK_TO_TOP_WORDS);
const BACK_TO_TOP_TARGET_SET = foldSet(BACK_TO_TOP_TARGETS);
const CORRECTION_SET = foldSet(CORRECTION_WORDS);
const SOURCE_LABEL_SET = foldSet(SOURCE_LABEL_WORDS);
const STAFF_HEAD_SET = foldSet(STAFF_TITLE_HEADS);
const STAFF_WORD_SET = foldSet(STAFF_TITLE_WORDS);
const STAFF_OBJECT_SET = foldSet(STAFF_TITLE_OBJECTS);
const SECTION_SET = foldSet(SECTION_WORDS);
const BREADCRUMB_KEYS = BREADCRUMB_HEADS.map(tokenize);
const FORM_SUFFIX_SET = foldSet(FORM_FIELD_SUFFIXES);
const FOLLOW_VERB_SET = foldSet(FOLLOW_VERBS);
const DESCRIPTOR_SET = foldSet(OUTLET_DESCRIPTOR_NOUNS);
const READER_START_SET = foldSet(READER_ADDRESS_STARTS);
const READER_REFERENCE_SET = foldSet(READER_REFERENCE_WORDS);
const CORRECTION_STEM_KEYS = CORRECTION_STEMS.map((w) => tokenize(w).join(''));
const TICKER_KEYS = TICKER_PREFIXES.map(tokenize);

/** Two forms of one word separated by a slash, the second with a feminine ending: تعتقد/تعتقدين, أرسل/أرسلي. */
const GENDERED_SLASH = /(?<!\p{L})(\p{L}{2,})\s*\/\s*\1(?:ين|ي|ه|ن|وا)?(?!\p{L})/u;
/** A label followed by a separator: المصدر: …, عاجل | … */
const LABEL_SEPARATOR = /^[^:|\-–—]{1,24}\s*[:|\-–—]/;
const BREADCRUMB_SEPARATOR = /[>»›<«/|←→]/;
const HAS_DIGIT = /\p{N}/u;
const ALL_DIGITS = /^\p{N}+$/u;
const MENU_SPLIT = new RegExp(`\\s*[${MENU_SEPARATORS}]\\s*`, 'u');
const NAMEPLATE_SPLIT = /\s+[-–—]\s+|\s*\|\s*/u;
const COPYRIGHT_SIGN = /©/u;
const COPYRIGHT_C = /\([cC]\)/u;
const YEAR = /\b(?:19|20)\d\d\b/;
/** A place and a source on their own line: بغداد - مراسلنا. */
const DATELINE = /^\S+(?:\s\S+)?\s*[-–—]\s*\S/u;

// ---------------------------------------------------------------------------------------
// Intrinsic chrome: what a line is, whatever its place on the page.

interface Intrinsic {
  reason: ChromeReason;
  /** A staff-title line without a name: the name is on the next line. */
  bareStaff?: boolean;
  /** A read-also or related label alone on its line: its links are on the next lines. */
  bareLabel?: boolean;
}

function startsWithTokens(tokens: readonly string[], prefix: readonly string[]): boolean {
  if (prefix.length === 0 || prefix.length > tokens.length) return false;
  for (let i = 0; i < prefix.length; i++) if (tokens[i] !== prefix[i]) return false;
  return true;
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

function allSectionWords(tokens: readonly string[]): boolean {
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
  for (const seg of segments) {
    const toks = tokenize(seg);
    if (toks.length === 0) continue;
    let r: ChromeReason | null = LINE_PHRASES.get(toks.join(' ')) ?? null;
    if (!r && allIn(toks, SOCIAL_SET)) r = 'follow-share';
    if (!r && allSectionWords(toks)) r = 'section-label';
    if (!r) return null;
    first ??= r;
    count++;
  }
  return count >= 2 ? first : null;
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
function isNameplate(L: Line): boolean {
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

/** A copyright line: © on a short line, or (c) with a year or a rights word. */
function isCopyright(L: Line): boolean {
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

function isNameShaped(L: Line): boolean {
  return (
    L.hasLetters &&
    L.words >= 1 &&
    L.words <= MASTHEAD_NAME_MAX_WORDS &&
    !HAS_DIGIT.test(L.text) &&
    !L.endsSentence &&
    !L.endsClause
  );
}

function outletBoilerplate(L: Line, opts: CleanOptions | undefined): boolean {
  if (!opts?.outletLines || !opts.outletDocs) return false;
  const key = lineOutletKey(L);
  if (key === null) return false;
  const count = opts.outletLines.get(key) ?? 0;
  const others = count - 1;
  const otherDocs = opts.outletDocs - 1;
  return others >= OUTLET_MIN_OTHER_DOCS && otherDocs > 0 && others >= OUTLET_MIN_SHARE * otherDocs;
}

function intrinsic(L: Line, opts: CleanOptions | undefined): Intrinsic | null {
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

// ---------------------------------------------------------------------------------------
// Positional shapes.

function stripWaw(t: string): string {
  return t.length > 2 && t[0] === 'و' ? t.slice(1) : t;
}

function isBreadcrumb(L: Line): boolean {
  if (L.words > 10 || !BREADCRUMB_SEPARATOR.test(L.text)) return false;
  return BREADCRUMB_KEYS.some((k) => startsWithTokens(L.tokens, k));
}

/** A line of section words only (a label or a menu), or a breadcrumb. */
function isSectionLine(L: Line): boolean {
  if (L.words === 0 || L.words > 6 || L.endsSentence) return isBreadcrumb(L);
  for (const t of L.tokens) if (!SECTION_SET.has(t) && !SECTION_SET.has(stripWaw(t))) return isBreadcrumb(L);
  return true;
}

/** A writer's credit: كتب: فلان, بقلم فلان الفلاني. */
function isByline(L: Line): boolean {
  if (L.words < 2 || L.words > BYLINE_MAX_WORDS || L.endsSentence || HAS_DIGIT.test(L.text)) return false;
  return BYLINE_HEAD_SET.has(L.tokens[0]!);
}

function isTickerItem(L: Line): boolean {
  return LABEL_SEPARATOR.test(L.text) && TICKER_KEYS.some((k) => startsWithTokens(L.tokens, k) && L.words > k.length);
}

function isHeadlineLike(L: Line): boolean {
  return (
    L.hasLetters &&
    L.words >= TITLE_MIN_WORDS &&
    L.words <= TITLE_MAX_WORDS &&
    !L.endsWithPeriod &&
    !L.endsClause &&
    !L.innerSentenceBreak &&
    !L.endsWithFunctionWord &&
    !L.dateOnly
  );
}

function isCaptionShaped(L: Line): boolean {
  return L.hasLetters && L.words <= CAPTION_MAX_WORDS && !L.endsSentence && !L.endsClause && !L.dateOnly;
}

function hasCaptionMarker(L: Line): boolean {
  if (CAPTION_LEAD_KEYS.some((k) => startsWithTokens(L.tokens, k))) return true;
  for (let s = 0; s < L.tokens.length; s++) if (CAPTION_TRIE.longestAt(L.tokens, s, L.words)) return true;
  return false;
}

/** Does `hay` contain `needle` as a contiguous run of tokens? */
function containsTokens(hay: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  outer: for (let s = 0; s + needle.length <= hay.length; s++) {
    for (let k = 0; k < needle.length; k++) if (hay[s + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

/** A line that is a body sentence by itself. */
function isSentenceLikeLine(L: Line): boolean {
  return isSentenceLike(L.words, L);
}

function isTokenPrefix(short: readonly string[], long: readonly string[]): boolean {
  return short.length < long.length && startsWithTokens(long, short);
}

/** Sentence-like paragraph: a real body paragraph, as opposed to a heading or a link. */
function isSentenceLike(words: number, last: Line): boolean {
  return (last.endsSentence && words >= SENTENCE_PARAGRAPH_MIN_WORDS) || words >= LONG_PARAGRAPH_WORDS;
}

// ---------------------------------------------------------------------------------------
// Outlet keys.

function lineOutletKey(L: Line): string | null {
  if (L.blank || !L.hasLetters || L.words > OUTLET_KEY_MAX_WORDS) return null;
  // A punctuated sentence of some length is body text, not a line a site repeats.
  if (L.endsSentence && !L.endsClause && L.words >= SENTENCE_PARAGRAPH_MIN_WORDS) return null;
  return L.key;
}

/**
 * The key of a line for the outlet profile: the folded words of a short line that could be
 * chrome, or null for a line that looks like a body sentence (or has no letters).
 */
export function outletLineKey(line: string): string | null {
  const text = prepareText(line).text.trim();
  return lineOutletKey(describeLine(text, 0, 0, text.length, 0));
}

/** The distinct outlet keys of a page, in page order. */
export function outletLineKeys(raw: string): string[] {
  const seen = new Set<string>();
  for (const L of splitLines(prepareText(raw).text)) {
    const k = lineOutletKey(L);
    if (k !== null) seen.add(k);
  }
  return [...seen];
}

// ---------------------------------------------------------------------------------------
// Offsets.

/** Appends prepared[start, end) to the builder, mapped through the prepared text's own map. */
function copyPrepared(b: MappedTextBuilder, prepared: string, map: readonly OffsetRun[], start: number, end: number): void {
  // Find the last run starting at or before `start`.
  let lo = 0;
  let hi = map.length - 1;
  let r = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]![0] <= start) {
      r = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  let pos = start;
  while (pos < end) {
    const run = r >= 0 ? map[r] : undefined;
    if (run && pos >= run[0] && pos < run[0] + run[2]) {
      const stop = Math.min(end, run[0] + run[2]);
      b.copy(prepared.slice(pos, stop), run[1] + (pos - run[0]));
      pos = stop;
      r++;
      continue;
    }
    const next = r + 1 < map.length ? map[r + 1] : undefined;
    if (next && pos >= next[0]) {
      r++;
      continue;
    }
    // Not covered by a run: map the character to where the nearest run puts it.
    const stop = next ? Math.min(end, next[0]) : end;
    for (; pos < stop; pos++) b.insert(prepared[pos]!, toRaw(map, pos));
  }
}

// ---------------------------------------------------------------------------------------
// The cleaner.

const EMPTY: CleanResult = { title: '', text: '', captions: [], removed: [], map: [] };

/** Separates a scraped page's title, captions and body from the site's chrome. */
export function cleanPage(raw: string, opts?: CleanOptions): CleanResult {
  const { text: prepared, map: prepMap } = prepareText(raw);
  if (prepared.trim() === '') return { ...EMPTY, captions: [], removed: [], map: [] };
  const lines = splitLines(prepared);
  const n = lines.length;
  const reason: Array<ChromeReason | null> = new Array<ChromeReason | null>(n).fill(null);

  // 1. Intrinsic chrome, with the name line that follows a bare staff title and the link
  //    lines right under a bare read-also or related label.
  const intr: Array<Intrinsic | null> = new Array<Intrinsic | null>(n).fill(null);
  let pendingName = false;
  let linkReason: ChromeReason | null = null;
  let linkLines = 0;
  for (let i = 0; i < n; i++) {
    const L = lines[i]!;
    if (L.blank) {
      linkLines = 0;
      continue;
    }
    const found = intrinsic(L, opts);
    if (found) {
      intr[i] = found;
      pendingName = found.bareStaff === true;
      linkReason = found.reason;
      linkLines = !found.bareLabel ? 0 : found.reason === 'read-also' ? READ_ALSO_LINK_LINES : RELATED_LINK_LINES;
      continue;
    }
    if (pendingName && isNameShaped(L)) intr[i] = { reason: 'masthead' };
    else if (linkLines > 0 && linkReason !== null && isCaptionShaped(L)) {
      intr[i] = { reason: linkReason };
      linkLines--;
      pendingName = false;
      continue;
    }
    pendingName = false;
    linkLines = 0;
  }

  // Lines a sentence-like line stands before or after: the page's head and foot, where
  // nameplates are looked for.
  let firstSentence = n;
  let lastSentence = -1;
  for (let k = 0; k < n; k++) {
    if (intr[k] === null && isSentenceLikeLine(lines[k]!)) {
      if (firstSentence === n) firstSentence = k;
      lastSentence = k;
    }
  }
  // Footer lines that may carry the site's name: copyright lines and nameplates.
  const footer: Line[] = [];
  for (let k = lastSentence + 1; k < n; k++) {
    const L = lines[k]!;
    if (!L.blank && (isCopyright(L) || isNameplate(L) || intr[k]?.reason === 'trailing-chrome')) footer.push(L);
  }
  const echoesFooter = (L: Line): boolean => {
    if (L.words > NAMEPLATE_ECHO_MAX_WORDS) return false;
    for (const F of footer) if (F !== L && containsTokens(F.tokens, L.tokens)) return true;
    return false;
  };
  // What a line is when it stands before the title (memoised: the lead is read ahead).
  const leadMemo = new Map<number, ChromeReason | null>();
  const leadReason = (k: number): ChromeReason | null => {
    let r = leadMemo.get(k);
    if (r !== undefined) return r;
    const L = lines[k]!;
    r = intr[k]?.reason ?? null;
    if (r === null && L.dateOnly) r = 'page-date';
    if (r === null && isSectionLine(L)) r = 'section-label';
    if (r === null && (isNameplate(L) || echoesFooter(L))) r = 'masthead';
    leadMemo.set(k, r);
    return r;
  };
  const nextContent = (k: number): Line | null => {
    for (let j = k + 1; j < n; j++) if (!lines[j]!.blank && leadReason(j) === null) return lines[j]!;
    return null;
  };
  /** Is there another headline-like line after k, before the first body sentence? */
  const laterHeadline = (k: number): boolean => {
    for (let j = k + 1; j < n; j++) {
      const M = lines[j]!;
      if (M.blank || leadReason(j) !== null) continue;
      if (isSentenceLikeLine(M)) return false;
      if (M.words > SECTION_LABEL_MAX_WORDS && isHeadlineLike(M)) return true;
    }
    return false;
  };

  // 2. Leading region: skip chrome up to the title.
  let title = -1;
  let i = 0;
  let underTicker = false;
  for (; i < n; i++) {
    const L = lines[i]!;
    if (L.blank) {
      underTicker = false;
      continue;
    }
    const r = leadReason(i);
    if (r !== null) {
      reason[i] = r;
      underTicker = r === 'ticker';
      continue;
    }
    const next = nextContent(i);
    if (L.words === 1 || (L.words <= SECTION_LABEL_MAX_WORDS && next !== null && isHeadlineLike(next))) {
      reason[i] = 'section-label';
      underTicker = false;
      continue;
    }
    // Ticker items: under a ticker label, or with a ticker label of their own, as long as
    // another headline follows before the body.
    if ((underTicker || isTickerItem(L)) && isHeadlineLike(L) && laterHeadline(i)) {
      reason[i] = 'ticker';
      underTicker = true;
      continue;
    }
    if (isHeadlineLike(L)) title = i;
    break;
  }

  // 3. Head zone: repeats of the title, chrome, and the captions before the lede.
  const captionLines: number[] = [];
  if (title >= 0) {
    const titleKey = lines[title]!.key;
    const candidates: number[] = [];
    for (i = title + 1; i < n; i++) {
      const L = lines[i]!;
      if (L.blank) continue;
      if (L.key === titleKey) {
        reason[i] = 'repeated-title';
        continue;
      }
      if (intr[i]) {
        reason[i] = intr[i]!.reason;
        continue;
      }
      // A date line under the title is the publication date: it stays in the body, and
      // captions may still follow it.
      if (L.dateOnly) continue;
      if (isSectionLine(L)) {
        reason[i] = 'section-label';
        continue;
      }
      if (candidates.length === 0 && isByline(L)) {
        reason[i] = 'masthead';
        continue;
      }
      // A dateline (بغداد - مراسلنا) opens the body.
      if (candidates.length < CAPTION_MAX_LINES && isCaptionShaped(L) && !(L.words <= 6 && DATELINE.test(L.text))) {
        candidates.push(i);
        continue;
      }
      break;
    }
    // A candidate that the paragraph planner runs on into a body line is the first
    // fragment of a hard-wrapped lede, not a caption.
    const fragment = new Set<number>();
    if (candidates.length > 0) {
      const isCandidate = new Set(candidates);
      const draft = lines.map((L, k) => (reason[k] !== null || k === title || (intr[k] !== null && k > i) ? '' : L.text));
      for (const p of planParagraphs(draft)) {
        let mixed = false;
        for (let k = p.first; k <= p.last; k++) if (!isCandidate.has(k)) mixed = true;
        if (mixed) for (let k = p.first; k <= p.last; k++) fragment.add(k);
      }
    }
    // A caption is a noun phrase; a verb-initial line needs a photo marker or a prefix
    // relation with another caption line.
    for (const c of candidates) {
      const L = lines[c]!;
      if (fragment.has(c)) continue;
      let evidence = !L.startsVerbLike || hasCaptionMarker(L);
      for (const d of candidates) {
        if (evidence) break;
        if (d === c) continue;
        const M = lines[d]!;
        const [short, long] = L.words < M.words ? [L, M] : [M, L];
        evidence = short.words >= CAPTION_PREFIX_MIN_WORDS && isTokenPrefix(short.tokens, long.tokens);
      }
      if (evidence) {
        captionLines.push(c);
        reason[c] = 'caption';
      }
    }
  }

  // 4. Body: intrinsic chrome wherever it stands.
  const headEnd = i;
  for (; i < n; i++) {
    if (reason[i] !== null) continue;
    if (intr[i]) reason[i] = intr[i]!.reason;
    else if (i > lastSentence && !lines[i]!.blank && isNameplate(lines[i]!)) reason[i] = 'masthead';
  }

  // 5. Paragraphs of what is left, then the tail.
  const parLines = lines.map((L, k) => (reason[k] !== null || k === title ? '' : L.text));
  let paras = planParagraphs(parLines);
  const paraWords = (p: { first: number; last: number }): number => {
    let w = 0;
    for (let k = p.first; k <= p.last; k++) w += lines[k]!.words;
    return w;
  };
  // A comment block ends the article: a comment-form line with more end chrome after it.
  let hardEnd = -1;
  {
    let endLines = 0;
    for (let k = n - 1; k > headEnd - 1; k--) {
      const r = reason[k];
      if (r === 'comment-form' || r === 'back-to-top' || r === 'trailing-chrome') endLines++;
      if (r === 'comment-form' && endLines >= 2) hardEnd = k;
    }
  }
  let lastReal = headEnd - 1;
  for (const p of paras) {
    if (hardEnd >= 0 && p.first > hardEnd) break;
    if (isSentenceLike(paraWords(p), lines[p.last]!)) lastReal = p.last;
  }
  let trigger = -1;
  for (let k = lastReal + 1; k < n; k++) {
    const r = reason[k];
    if (r !== null && r !== 'caption' && r !== 'repeated-title') {
      trigger = k;
      break;
    }
  }
  const kept: typeof paras = [];
  for (const p of paras) {
    if (p.first > lastReal && p.first === p.last) {
      const L = lines[p.first]!;
      if (L.dateOnly) {
        reason[p.first] = 'page-date';
        continue;
      }
      if (isSectionLine(L)) {
        reason[p.first] = 'section-label';
        continue;
      }
    }
    if ((trigger >= 0 && p.first > trigger) || (hardEnd >= 0 && p.first > hardEnd)) {
      for (let k = p.first; k <= p.last; k++) reason[k] = 'trailing-chrome';
      continue;
    }
    kept.push(p);
  }
  paras = kept;

  // 6. The clean text, mapped back to raw offsets.
  const b = new MappedTextBuilder();
  let prevLast = -1;
  for (const p of paras) {
    if (prevLast >= 0) b.insert('\n', toRaw(prepMap, lines[prevLast]!.lineEnd));
    for (let k = p.first; k <= p.last; k++) {
      const L = lines[k]!;
      if (k > p.first) b.insert(' ', toRaw(prepMap, lines[k - 1]!.lineEnd));
      copyPrepared(b, prepared, prepMap, L.start, L.end);
    }
    prevLast = p.last;
  }
  const { text, map } = b.build();

  const removed: RemovedLine[] = [];
  for (let k = 0; k < n; k++) {
    const r = reason[k];
    if (r !== null) removed.push({ line: lines[k]!.text, reason: r, lineNo: lines[k]!.no });
  }
  return {
    title: title >= 0 ? lines[title]!.text : '',
    text,
    captions: captionLines.map((k) => lines[k]!.text),
    removed,
    map,
  };
}
