// Line features for the page cleaner: what a line looks like (length, how it ends, whether
// it starts like a sentence, whether it is only a date), computed once per line so the
// cleaner's rules read like the rules they are. Nothing here decides what is chrome.
import { CC_ARABIC, CC_DIGIT, CC_JOINER, CC_LETTER, CC_MARK, charClass, normalizeForMatch } from '../text/normalize.js';
import { endsSentence as plannerEndsSentence } from '../text/paragraphs.js';
import {
  DATE_FILLER_WORDS,
  DATE_LINE_MAX_TOKENS,
  FUNCTION_WORDS,
  LEADING_VERBS,
  MONTH_WORDS,
  WEEKDAYS,
} from '../lang/ar/chrome.js';

/** One line of a prepared page. Offsets are into the prepared text. */
export interface Line {
  /** 0-based line number in the prepared text. */
  no: number;
  /** Start of the line (first code unit after the previous '\n'). */
  lineStart: number;
  /** Offset of the '\n' ending the line, or the text length for the last line. */
  lineEnd: number;
  /** Span of the trimmed line. */
  start: number;
  end: number;
  /** The trimmed line, as printed. */
  text: string;
  blank: boolean;
  /** Folded word tokens (normalizeForMatch, split on anything not a letter or digit). */
  tokens: string[];
  /** The tokens joined by single spaces: the line's match key. */
  key: string;
  /** Number of tokens (words and numbers). */
  words: number;
  /** Has at least one letter. */
  hasLetters: boolean;
  /** Ends a sentence: . ! ? ؟ … or ':' (closing quotes and brackets may follow). */
  endsSentence: boolean;
  /** Ends with a single period (not '..' or an ellipsis). */
  endsWithPeriod: boolean;
  /** Ends with a comma, semicolon or colon: a clause goes on. */
  endsClause: boolean;
  /** A sentence ends inside the line and another starts after it. */
  innerSentenceBreak: boolean;
  /** Starts with a verb (a frequent past-tense news verb, or an imperfect verb shape). */
  startsVerbLike: boolean;
  /** Ends with a preposition, conjunction or relative pronoun. */
  endsWithFunctionWord: boolean;
  /** Only a date (weekday, day, month name or numeric date, year, time). */
  dateOnly: boolean;
  /** Has no letter or digit at all (dashes, dots, stars). */
  separatorOnly: boolean;
}

/** Folds a word list into a Set of match keys. */
export function foldSet(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) for (const t of tokenize(w)) out.add(t);
  return out;
}

/** Folds each phrase to its token key (tokens joined by one space). */
export function phraseKey(phrase: string): string {
  return tokenize(phrase).join(' ');
}

/** The word tokens of an already folded string: runs of letters and digits (marks stay inside). */
function tokensOfFolded(folded: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < folded.length; i++) {
    const k = charClass(folded.charCodeAt(i));
    const inWord = k === CC_ARABIC || k === CC_LETTER || k === CC_DIGIT || (start >= 0 && (k === CC_MARK || k === CC_JOINER));
    if (inWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(folded.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) out.push(folded.slice(start));
  return out;
}

/** The folded word tokens of a string (normalizeForMatch, then runs of letters and digits). */
export function tokenize(s: string): string[] {
  return tokensOfFolded(normalizeForMatch(s));
}

const WEEKDAY_SET = foldSet(WEEKDAYS);
const MONTH_SET = foldSet(MONTH_WORDS);
const DATE_FILLER_SET = foldSet(DATE_FILLER_WORDS);
const FUNCTION_SET = foldSet(FUNCTION_WORDS);
const VERB_SET = foldSet(LEADING_VERBS);

const DIGITS = /^\p{N}+$/u;
const NUMERIC_DATE = /\d{1,4}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{1,4}/;
const CLOCK_TIME = /\d{1,2}:\d{2}/;
const HAS_LETTER = /\p{L}/u;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A word of two letters or more, a terminator, a space, then a letter or an opening quote. */
const INNER_BREAK = /\p{L}{2}[.!?؟](?=\s+[\p{L}"“«])/u;
const INNER_TERMINATORS = /[.!?؟]\s/;

/** Is the token list only a date? */
export function isDateOnly(tokens: readonly string[], folded: string): boolean {
  if (tokens.length === 0 || tokens.length > DATE_LINE_MAX_TOKENS) return false;
  let numbers = 0;
  let months = 0;
  let weekdays = 0;
  for (const t of tokens) {
    if (DIGITS.test(t)) numbers++;
    else if (MONTH_SET.has(t)) months++;
    else if (WEEKDAY_SET.has(t)) weekdays++;
    else if (!DATE_FILLER_SET.has(t)) return false;
  }
  if (numbers === 0) return false;
  return months > 0 || NUMERIC_DATE.test(folded) || CLOCK_TIME.test(folded) || (weekdays > 0 && numbers >= 2);
}

/** Does the token start like a verb? A frequent news verb, or an imperfect-verb shape. */
export function isVerbLike(token: string): boolean {
  const forms = [token];
  if (token.length >= 4 && (token[0] === 'و' || token[0] === 'ف')) forms.push(token.slice(1));
  for (const f of forms) {
    if (VERB_SET.has(f)) return true;
    // Imperfect: ي/ت/ن + stem, 4..7 letters, not a noun of the تفعيل/تفاعل shapes or a plural.
    const c = f[0];
    if ((c === 'ي' || c === 'ت' || c === 'ن') && f.length >= 4 && f.length <= 7 && !f.startsWith('ال')) {
      if (f.length === 5 && f[3] === 'ي') continue; // تنظيم، تهديد، تقديم
      if (f.endsWith('ه') || f.endsWith('ات')) continue; // تسوية، تصريحات
      return true;
    }
  }
  return false;
}

/** Builds the features of one trimmed line. */
export function describeLine(text: string, no: number, lineStart: number, lineEnd: number, start: number): Line {
  const blank = text.length === 0;
  const folded = blank ? '' : normalizeForMatch(text);
  const tokens = blank ? [] : tokensOfFolded(folded);
  const last = text.length - 1;
  const lastCh = last >= 0 ? text[last]! : '';
  const endsSent = !blank && plannerEndsSentence(text);
  const endsWithPeriod = lastCh === '.' && (last === 0 || text[last - 1] !== '.');
  const endsClause = lastCh === ',' || lastCh === '،' || lastCh === ';' || lastCh === '؛' || lastCh === ':';
  return {
    no,
    lineStart,
    lineEnd,
    start,
    end: start + text.length,
    text,
    blank,
    tokens,
    key: tokens.join(' '),
    words: tokens.length,
    hasLetters: !blank && HAS_LETTER.test(text),
    endsSentence: endsSent,
    endsWithPeriod,
    endsClause,
    innerSentenceBreak: !blank && INNER_TERMINATORS.test(text) && INNER_BREAK.test(text),
    startsVerbLike: tokens.length > 0 && isVerbLike(tokens[0]!),
    endsWithFunctionWord: tokens.length > 0 && FUNCTION_SET.has(tokens[tokens.length - 1]!),
    dateOnly: !blank && isDateOnly(tokens, folded),
    separatorOnly: !blank && !HAS_LETTER_OR_DIGIT.test(text),
  };
}

function isTrimSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0x0d || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

/** Splits a prepared text ('\n' line ends) into described lines, in one pass. */
export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let lineStart = 0;
  let no = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let a = lineStart;
    let b = lineEnd;
    while (a < b && isTrimSpace(text.charCodeAt(a))) a++;
    while (b > a && isTrimSpace(text.charCodeAt(b - 1))) b--;
    out.push(describeLine(text.slice(a, b), no, lineStart, lineEnd, a));
    no++;
    if (lineEnd === text.length) break;
    lineStart = lineEnd + 1;
  }
  return out;
}
