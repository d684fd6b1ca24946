// Sentence spans for citing and snippets. A wrong split cuts a quote or a figure in half
// in front of a reader, so the rules lean towards longer sentences: a dot must look like
// an ending (not a decimal point, an abbreviation, a headline's "..") and nothing inside
// a quotation ends the sentence that carries it.
import type { Span } from '../types.js';
import { ARABIC_ABBREVIATIONS, ERA_MARKERS, LATIN_ABBREVIATIONS } from '../lang/ar/abbreviations.js';
import { CLAUSE_CONTINUERS, SENTENCE_TERMINATORS } from '../lang/ar/chars.js';
import {
  CC_ARABIC,
  CC_DIGIT,
  CC_JOINER,
  CC_LETTER,
  CC_MARK,
  CC_SPACE,
  charClass,
  normalizeForMatch,
} from './normalize.js';
import { planParagraphs } from './paragraphs.js';

const ABBREVIATIONS = new Set<string>([...ARABIC_ABBREVIATIONS, ...LATIN_ABBREVIATIONS].map(normalizeForMatch));
const ERAS = new Set<string>(ERA_MARKERS.map(normalizeForMatch));
const TERMINATORS = new Set<number>(SENTENCE_TERMINATORS);
const CONTINUERS = new Set<number>(CLAUSE_CONTINUERS);

const DOT = 0x2e;
/** Longest dotted abbreviation looked back over (ش.م.م is 5). */
const MAX_COMPOUND = 12;
const STRAIGHT_QUOTE = 0x22;
const OPEN_CURLY = 0x201c;
const CLOSE_CURLY = 0x201d;
const OPEN_GUILLEMET = 0xab;
const CLOSE_GUILLEMET = 0xbb;
/** Closers that may follow a sentence's terminator and still belong to that sentence. */
const TRAILING = new Set<number>([0x27, 0x2019, 0x203a, 0x29, 0x5d, 0x7d]);
/** Characters after which a quote mark opens rather than closes. */
const OPENING_CONTEXT = new Set<number>([0x28, 0x5b, 0x7b, OPEN_GUILLEMET, 0x3a, 0x2d, 0x2013, 0x2014]);

function isSpaceAt(text: string, i: number): boolean {
  return charClass(text.charCodeAt(i)) === CC_SPACE;
}

function isWordChar(k: number): boolean {
  return k === CC_ARABIC || k === CC_LETTER || k === CC_MARK || k === CC_JOINER;
}

/** Is the dot at i part of an abbreviation (or an initial) rather than a sentence end? */
function isAbbreviationDot(text: string, i: number, from: number): boolean {
  let ws = i;
  while (ws > from && i - ws <= MAX_COMPOUND && isWordChar(charClass(text.charCodeAt(ws - 1)))) ws--;
  if (ws === i || i - ws > MAX_COMPOUND) return false;
  const key = normalizeForMatch(text.slice(ws, i));
  // Dotted compounds (ق.م. ، U.S.): take in the letters-and-dots run before this word.
  let cs = ws;
  // Bounded, so a long run like ا.ب.ج.د… costs a constant per dot, not its whole length.
  while (
    ws - cs < MAX_COMPOUND &&
    cs - 2 >= from &&
    text.charCodeAt(cs - 1) === DOT &&
    isWordChar(charClass(text.charCodeAt(cs - 2)))
  ) {
    cs--;
    while (cs > from && ws - cs <= MAX_COMPOUND && isWordChar(charClass(text.charCodeAt(cs - 1)))) cs--;
  }
  if (cs < ws && ABBREVIATIONS.has(normalizeForMatch(text.slice(cs, i)))) return true;
  if (ABBREVIATIONS.has(key)) return true;
  if (key.length !== 1 && !ERAS.has(key)) return false;
  if (ERAS.has(key) && cs === ws) {
    let p = ws - 1;
    while (p >= from && isSpaceAt(text, p)) p--;
    if (p >= from && charClass(text.charCodeAt(p)) === CC_DIGIT) return false;
  }
  return key.length === 1;
}

/**
 * Does the terminator run [i, j) end a sentence? `letters` says whether the sentence so far
 * has any letter (a list number "3." does not end one).
 */
function endsHere(text: string, i: number, j: number, from: number, to: number, letters: boolean): boolean {
  let dotsOnly = true;
  for (let k = i; k < j; k++) if (text.charCodeAt(k) !== DOT) dotsOnly = false;
  if (!dotsOnly) return true;
  const n = j - i;
  if (n === 2) return false; // "سوريا.. دعم": a dash in headlines
  if (n > 2) return true;
  if (!letters) return false;
  const next = j < to ? charClass(text.charCodeAt(j)) : CC_SPACE;
  const prev = i > from ? charClass(text.charCodeAt(i - 1)) : CC_SPACE;
  if (next === CC_DIGIT && prev === CC_DIGIT) return false; // 148.7
  if (next === CC_LETTER || next === CC_DIGIT) return false; // example.com, v2.0
  return !isAbbreviationDot(text, i, from);
}

/** Splits one paragraph [from, to) into trimmed sentence spans, appended to out. */
function splitParagraph(text: string, from: number, to: number, out: Span[]): void {
  let start = from;
  let letters = false;
  let straight = false; // inside "…" or “…”
  let guillemets = 0; // depth of «…»
  let endedInQuote = false; // a terminator just before the quote that closes now
  let pending = false; // a sentence has ended; its trailing closers are still being taken

  const emit = (a: number, b: number): void => {
    while (a < b && isSpaceAt(text, a)) a++;
    while (b > a && isSpaceAt(text, b - 1)) b--;
    if (b > a) out.push({ start: a, end: b });
  };

  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const k = charClass(c);
    if (pending) {
      // Outside any quotation here, so a closing mark is a stray closer (the paragraph began
      // mid-quote) and belongs to the sentence that just ended.
      const strayCloser =
        c === CLOSE_CURLY ||
        c === CLOSE_GUILLEMET ||
        (c === STRAIGHT_QUOTE && (i + 1 >= to || !isWordChar(charClass(text.charCodeAt(i + 1)))));
      if (strayCloser || TRAILING.has(c)) {
        i++;
        continue;
      }
      let nx = i;
      while (nx < to && isSpaceAt(text, nx)) nx++;
      pending = false;
      if (nx < to && CONTINUERS.has(text.charCodeAt(nx))) {
        // "…؟"، وأضاف: the clause goes on.
      } else {
        emit(start, i);
        start = nx;
        letters = false;
      }
      i = nx;
      continue;
    }
    if (k === CC_ARABIC || k === CC_LETTER) letters = true;

    if (c === STRAIGHT_QUOTE || c === OPEN_CURLY || c === CLOSE_CURLY) {
      const before = i > from ? text.charCodeAt(i - 1) : 0x20;
      const spaceBefore = i === from || isSpaceAt(text, i - 1) || OPENING_CONTEXT.has(before);
      const spaceAfter = i + 1 >= to || isSpaceAt(text, i + 1) || !isWordChar(charClass(text.charCodeAt(i + 1)));
      let opens: boolean;
      if (c === OPEN_CURLY) opens = !(straight && spaceAfter && !spaceBefore);
      else if (c === CLOSE_CURLY) opens = !straight && spaceBefore && !spaceAfter;
      else if (spaceBefore && !spaceAfter) opens = true;
      else if (!spaceBefore && spaceAfter) opens = false;
      else opens = !straight;
      if (opens) {
        straight = true;
        endedInQuote = false;
      } else if (straight) {
        straight = false;
        if (endedInQuote && guillemets === 0) pending = true;
      }
      i++;
      continue;
    }
    if (c === OPEN_GUILLEMET) {
      guillemets++;
      endedInQuote = false;
      i++;
      continue;
    }
    if (c === CLOSE_GUILLEMET) {
      if (guillemets > 0) {
        guillemets--;
        if (endedInQuote && guillemets === 0 && !straight) pending = true;
      }
      i++;
      continue;
    }
    if (TERMINATORS.has(c)) {
      let j = i + 1;
      while (j < to && TERMINATORS.has(text.charCodeAt(j))) j++;
      if (endsHere(text, i, j, from, to, letters)) {
        if (straight || guillemets > 0) endedInQuote = true;
        else pending = true;
      }
      i = j;
      continue;
    }
    if (k !== CC_SPACE && !TRAILING.has(c)) endedInQuote = false;
    i++;
  }
  emit(start, to);
}

/**
 * Sentence spans of text, in order, trimmed, covering all its non-space content. Paragraph
 * breaks always end a sentence and reset quotation state; single line breaks inside a
 * hard-wrapped paragraph do not, so a span may cross '\n'.
 */
export function splitSentences(text: string): Span[] {
  const lines = text.split('\n');
  const lineStart: number[] = new Array<number>(lines.length);
  let off = 0;
  for (let l = 0; l < lines.length; l++) {
    lineStart[l] = off;
    off += lines[l]!.length + 1;
  }
  const out: Span[] = [];
  for (const { first, last } of planParagraphs(lines)) {
    splitParagraph(text, lineStart[first]!, lineStart[last]! + lines[last]!.length, out);
  }
  return out;
}
