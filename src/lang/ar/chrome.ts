// The page cleaner's knowledge of Arabic news-site chrome, as named data: the limits
// below, the phrase tables (chrome-phrases.ts) and the word lists (chrome-words.ts), all
// exported from here. The code that uses it lives in src/ingest/: clean.ts and the modules
// it reads a page with (the rules; the order they are tried in is written down at the top
// of clean.ts) and lines.ts (line features). Keeping the tables apart lets an editor
// review them without reading code.
//
// Phrases and words are written the way sites spell them; the cleaner folds every phrase and
// every line with normalizeForMatch (hamza/alef forms, ى/ي, ة/ه, tashkeel, tatweel,
// digits) and splits on anything that is not a letter or digit, so one spelling of a
// phrase matches all its variants (اقرأ أيضاً = إقرأ ايضا = اقرا ايضا).

export * from './chrome-phrases.js';
export * from './chrome-words.js';

/** Words in a line, at most, for a line to be the title. */
export const TITLE_MAX_WORDS = 30;
/** Words in a line, at least, for a line to be the title (shorter lines before a title are section labels). */
export const TITLE_MIN_WORDS = 2;
/** A section label has at most this many words. */
export const SECTION_LABEL_MAX_WORDS = 2;
/** A masthead name line (after a staff title) has at most this many words. */
export const MASTHEAD_NAME_MAX_WORDS = 4;
/** A caption line has at most this many words. */
export const CAPTION_MAX_WORDS = 20;
/** At most this many caption candidates are looked at after the title. */
export const CAPTION_MAX_LINES = 4;
/** A caption prefix must have at least this many words to count as evidence. */
export const CAPTION_PREFIX_MIN_WORDS = 2;
/** A line is a body sentence (not a candidate for outlet boilerplate) when it is longer than this. */
export const OUTLET_KEY_MAX_WORDS = 12;
/** A line that recurs in at least this many other pages of the outlet ... */
export const OUTLET_MIN_OTHER_DOCS = 2;
/** ... and in at least this share of the outlet's other pages is outlet boilerplate. */
export const OUTLET_MIN_SHARE = 0.2;
/** A paragraph is sentence-like (a real body paragraph) when it ends a sentence and has this many words ... */
export const SENTENCE_PARAGRAPH_MIN_WORDS = 6;
/** ... or when it has this many words whatever its punctuation. */
export const LONG_PARAGRAPH_WORDS = 25;
/** A 'source label' line has at most this many words (المصدر: وكالة الأنباء الفلانية). */
export const SOURCE_LABEL_MAX_WORDS = 8;
/** A date-only line has at most this many tokens. */
export const DATE_LINE_MAX_TOKENS = 14;
/** Lines longer than this are never matched by 'contains' phrases. */
export const CONTAINS_MAX_WORDS = 40;
