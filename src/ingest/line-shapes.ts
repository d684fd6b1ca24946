// Positional shapes: what a line may be when it stands in a given place on the page (a
// section label or a ticker item before the title, a headline, a caption or a byline under
// it, a body sentence). Unlike intrinsic chrome (chrome-lines.ts), none of these makes a
// line chrome by itself; the page regions (page-regions.ts) decide by place.
import {
  BREADCRUMB_HEADS,
  BYLINE_HEADS,
  BYLINE_MAX_WORDS,
  CAPTION_LEADS,
  CAPTION_MARKERS,
  CAPTION_MAX_WORDS,
  LONG_PARAGRAPH_WORDS,
  MASTHEAD_NAME_MAX_WORDS,
  SENTENCE_PARAGRAPH_MIN_WORDS,
  TICKER_PREFIXES,
  TITLE_MAX_WORDS,
  TITLE_MIN_WORDS,
} from '../lang/ar/chrome.js';
import { allSectionWords, HAS_DIGIT, LABEL_SEPARATOR } from './chrome-lines.js';
import { foldSet, tokenize, type Line } from './lines.js';
import { TokenTrie } from './token-trie.js';

const CAPTION_TRIE = new TokenTrie<{ maxWords: number }>();
for (const m of CAPTION_MARKERS) CAPTION_TRIE.add(tokenize(m), { maxWords: CAPTION_MAX_WORDS });

const CAPTION_LEAD_KEYS = CAPTION_LEADS.map(tokenize);
const BYLINE_HEAD_SET = foldSet(BYLINE_HEADS);
const BREADCRUMB_KEYS = BREADCRUMB_HEADS.map(tokenize);
const TICKER_KEYS = TICKER_PREFIXES.map(tokenize);

const BREADCRUMB_SEPARATOR = /[>»›<«/|←→]/;
/** A place and a source on their own line: بغداد - مراسلنا. */
const DATELINE = /^\S+(?:\s\S+)?\s*[-–—]\s*\S/u;

function startsWithTokens(tokens: readonly string[], prefix: readonly string[]): boolean {
  if (prefix.length === 0 || prefix.length > tokens.length) return false;
  for (let i = 0; i < prefix.length; i++) if (tokens[i] !== prefix[i]) return false;
  return true;
}

/** Does `hay` contain `needle` as a contiguous run of tokens? */
export function containsTokens(hay: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  outer: for (let s = 0; s + needle.length <= hay.length; s++) {
    for (let k = 0; k < needle.length; k++) if (hay[s + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

export function isTokenPrefix(short: readonly string[], long: readonly string[]): boolean {
  return short.length < long.length && startsWithTokens(long, short);
}

function isBreadcrumb(L: Line): boolean {
  if (L.words > 10 || !BREADCRUMB_SEPARATOR.test(L.text)) return false;
  return BREADCRUMB_KEYS.some((k) => startsWithTokens(L.tokens, k));
}

/** A line of section words only (a label or a menu), or a breadcrumb. */
export function isSectionLine(L: Line): boolean {
  if (L.words === 0 || L.words > 6 || L.endsSentence) return isBreadcrumb(L);
  return allSectionWords(L.tokens) || isBreadcrumb(L);
}

/** A writer's credit: كتب: فلان, بقلم فلان الفلاني. */
export function isByline(L: Line): boolean {
  if (L.words < 2 || L.words > BYLINE_MAX_WORDS || L.endsSentence || HAS_DIGIT.test(L.text)) return false;
  return BYLINE_HEAD_SET.has(L.tokens[0]!);
}

/** A dateline (بغداد - مراسلنا): a short line that opens the body. */
export function isDateline(L: Line): boolean {
  return L.words <= 6 && DATELINE.test(L.text);
}

export function isTickerItem(L: Line): boolean {
  return LABEL_SEPARATOR.test(L.text) && TICKER_KEYS.some((k) => startsWithTokens(L.tokens, k) && L.words > k.length);
}

export function isHeadlineLike(L: Line): boolean {
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

/** A short name line, as under a bare staff title. */
export function isNameShaped(L: Line): boolean {
  return (
    L.hasLetters &&
    L.words >= 1 &&
    L.words <= MASTHEAD_NAME_MAX_WORDS &&
    !HAS_DIGIT.test(L.text) &&
    !L.endsSentence &&
    !L.endsClause
  );
}

export function isCaptionShaped(L: Line): boolean {
  return L.hasLetters && L.words <= CAPTION_MAX_WORDS && !L.endsSentence && !L.endsClause && !L.dateOnly;
}

export function hasCaptionMarker(L: Line): boolean {
  if (CAPTION_LEAD_KEYS.some((k) => startsWithTokens(L.tokens, k))) return true;
  for (let s = 0; s < L.tokens.length; s++) if (CAPTION_TRIE.longestAt(L.tokens, s, L.words)) return true;
  return false;
}

/** Sentence-like paragraph: a real body paragraph, as opposed to a heading or a link. */
export function isSentenceLike(words: number, last: Line): boolean {
  return (last.endsSentence && words >= SENTENCE_PARAGRAPH_MIN_WORDS) || words >= LONG_PARAGRAPH_WORDS;
}

/** A line that is a body sentence by itself. */
export function isSentenceLikeLine(L: Line): boolean {
  return isSentenceLike(L.words, L);
}
