// Two normalizations with different jobs. normalizeForMatch builds a lossy key so that
// spellings writers treat as the same word compare equal; prepareText only removes what
// no reader can see, so the text shown to people is still the text the outlet printed.
import type { OffsetRun } from '../types.js';
import { MappedTextBuilder } from './offsets.js';
import {
  ARABIC_LETTERS,
  BIDI_CONTROLS,
  DIGIT_ZEROS,
  HAMZA,
  HAMZA_ABOVE,
  HAMZA_SEATS,
  MATCH_LETTER_FOLDS,
  MATCH_PUNCT_FOLDS,
  OTHER_LINE_BREAKS,
  OTHER_SPACES,
  PRESENTATION_FORMS,
  TASHKEEL,
  TATWEEL,
  ZERO_WIDTH,
  type Range,
} from '../lang/ar/chars.js';

// Table cell values: a code point to emit (identity included), or one of these.
const DROP = -1;
const EXPAND = -2;

const BMP = 0x10000;

function fillRanges(table: Int32Array | Uint8Array, ranges: readonly Range[], value: number): void {
  for (const [a, b] of ranges) for (let c = a; c <= b; c++) table[c] = value;
}

function identityTable(): Int32Array {
  const t = new Int32Array(BMP);
  for (let c = 0; c < BMP; c++) t[c] = c;
  return t;
}

/** NFKC of one presentation-form character, or null when it has no letter decomposition. */
function presentationExpansion(c: number): string | null {
  const ch = String.fromCharCode(c);
  const nf = ch.normalize('NFKC');
  // Isolated harakat forms decompose to space + mark; a space would split a word, so
  // those stay as written.
  if (nf === ch || nf.charCodeAt(0) === 0x20) return null;
  return nf;
}

// ---- the display table (prepareText) ----

const PREP = identityTable();
const PREP_EXPANSIONS = new Map<number, string>();
{
  fillRanges(PREP, OTHER_SPACES, 0x20);
  for (const c of OTHER_LINE_BREAKS) PREP[c] = 0x0a;
  for (const [a, b] of PRESENTATION_FORMS) {
    for (let c = a; c <= b; c++) {
      const nf = presentationExpansion(c);
      if (nf === null) continue;
      if (nf.length === 1) PREP[c] = nf.charCodeAt(0);
      else {
        PREP[c] = EXPAND;
        PREP_EXPANSIONS.set(c, nf);
      }
    }
  }
  for (const c of ZERO_WIDTH) PREP[c] = DROP;
  fillRanges(PREP, BIDI_CONTROLS, DROP);
}

// ---- the match-key table (normalizeForMatch) ----

const MATCH = identityTable();
const MATCH_EXPANSIONS = new Map<number, string>();
{
  for (let c = 0x41; c <= 0x5a; c++) MATCH[c] = c + 32;
  for (let c = 0xc0; c <= 0x24f; c++) {
    const lower = String.fromCharCode(c).toLowerCase();
    if (lower.length === 1) MATCH[c] = lower.charCodeAt(0);
  }
  fillRanges(MATCH, OTHER_SPACES, 0x20);
  for (const c of OTHER_LINE_BREAKS) MATCH[c] = 0x0a;
  for (const [from, to] of MATCH_LETTER_FOLDS) MATCH[from] = to;
  for (const [from, to] of MATCH_PUNCT_FOLDS) MATCH[from] = to;
  for (const zero of DIGIT_ZEROS) for (let d = 0; d < 10; d++) MATCH[zero + d] = 0x30 + d;
  fillRanges(MATCH, TASHKEEL, DROP);
  MATCH[TATWEEL] = DROP;
  for (const c of ZERO_WIDTH) MATCH[c] = DROP;
  fillRanges(MATCH, BIDI_CONTROLS, DROP);
  // Presentation forms: decompose, then fold the result with the rules above.
  for (const [a, b] of PRESENTATION_FORMS) {
    for (let c = a; c <= b; c++) {
      if (MATCH[c] === DROP) continue; // U+FEFF
      const ch = String.fromCharCode(c);
      const nf = ch.normalize('NFKC');
      if (nf === ch) continue;
      let folded = '';
      for (let i = 0; i < nf.length; i++) {
        const v = MATCH[nf.charCodeAt(i)]!;
        if (v >= 0) folded += String.fromCharCode(v);
      }
      // A spacing harakat form folds to a bare space; the mark is dropped, so is the space.
      if (folded.trim() === '') folded = '';
      if (folded.length === 1) MATCH[c] = folded.charCodeAt(0);
      else if (folded.length === 0) MATCH[c] = DROP;
      else {
        MATCH[c] = EXPAND;
        MATCH_EXPANSIONS.set(c, folded);
      }
    }
  }
}

const SEAT = new Uint8Array(BMP);
for (const c of HAMZA_SEATS) SEAT[c] = 1;
const HAMZA_CHAR = String.fromCharCode(HAMZA);

/** The match key: tashkeel, tatweel and invisible marks gone, letter and digit variants folded. */
export function normalizeForMatch(s: string): string {
  let parts: string[] | null = null;
  let runStart = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const v = MATCH[c]!;
    if (v === c) continue;
    parts ??= [];
    if (i > runStart) parts.push(s.slice(runStart, i));
    runStart = i + 1;
    if (c === HAMZA_ABOVE && i > 0 && SEAT[s.charCodeAt(i - 1)] === 1) {
      // A decomposed ؤ or ئ (seat letter + combining hamza): replace the seat just emitted.
      const last = parts.pop()!;
      if (last.length > 1) parts.push(last.slice(0, -1));
      parts.push(HAMZA_CHAR);
      continue;
    }
    if (v >= 0) parts.push(String.fromCharCode(v));
    else if (v === EXPAND) parts.push(MATCH_EXPANSIONS.get(c)!);
  }
  if (parts === null) return s;
  if (runStart < s.length) parts.push(s.slice(runStart));
  return parts.join('');
}

/**
 * The display clean-up of a raw page: invisible characters out, odd spaces and line ends
 * unified, presentation forms back to letters. Everything a reader can see stays as written.
 */
export function prepareText(raw: string): { text: string; map: OffsetRun[] } {
  const b = new MappedTextBuilder();
  let runStart = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    let v: number;
    if (c === 0x0d) {
      // CRLF keeps the LF (mapped to itself); a lone CR becomes the LF.
      v = raw.charCodeAt(i + 1) === 0x0a ? DROP : 0x0a;
    } else {
      v = PREP[c]!;
      if (v === c) continue;
    }
    if (i > runStart) b.copy(raw.slice(runStart, i), runStart);
    runStart = i + 1;
    if (v >= 0) b.insert(String.fromCharCode(v), i);
    else if (v === EXPAND) b.insert(PREP_EXPANSIONS.get(c)!, i);
  }
  if (runStart < raw.length) b.copy(raw.slice(runStart), runStart);
  return b.build();
}

const ARABIC = new Uint8Array(BMP);
fillRanges(ARABIC, ARABIC_LETTERS, 1);

export function isArabicLetter(code: number): boolean {
  return code < BMP && ARABIC[code] === 1;
}

// Character classes for tokenizing and counting letters. Arabic and ASCII are filled up
// front; any other code point is classified once, on first sight, with Unicode properties.
export const CC_SPACE = 1;
export const CC_ARABIC = 2;
export const CC_LETTER = 3;
export const CC_MARK = 4;
/** Tatweel, ZWNJ, ZWJ: part of a word when inside one. */
export const CC_JOINER = 5;
export const CC_DIGIT = 6;
export const CC_OTHER = 7;

const CLASS = new Uint8Array(BMP);
{
  for (let c = 0; c < 0x80; c++) CLASS[c] = CC_OTHER;
  for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20]) CLASS[c] = CC_SPACE;
  for (let c = 0x41; c <= 0x5a; c++) CLASS[c] = CLASS[c + 32] = CC_LETTER;
  for (const zero of DIGIT_ZEROS) for (let d = 0; d < 10; d++) CLASS[zero + d] = CC_DIGIT;
  for (let c = 0; c < BMP; c++) if (ARABIC[c] === 1) CLASS[c] = CC_ARABIC;
  for (const [a, b] of TASHKEEL) for (let c = a; c <= b; c++) CLASS[c] = CC_MARK;
  // Spacing harakat forms of presentation block B are marks, not letters.
  for (let c = 0xfe70; c <= 0xfe7f; c++) CLASS[c] = CC_MARK;
  // A soft hyphen sits inside a word it may break across lines.
  CLASS[TATWEEL] = CLASS[0x200c] = CLASS[0x200d] = CLASS[0x00ad] = CC_JOINER;
  for (const [a, b] of OTHER_SPACES) for (let c = a; c <= b; c++) CLASS[c] = CC_SPACE;
  for (const c of OTHER_LINE_BREAKS) CLASS[c] = CC_SPACE;
  // Invisible controls separate tokens like a space would, and are never tokens.
  for (const c of ZERO_WIDTH) if (CLASS[c] === 0) CLASS[c] = CC_SPACE;
  for (const [a, b] of BIDI_CONTROLS) for (let c = a; c <= b; c++) CLASS[c] = CC_SPACE;
}

const RE_LETTER = /\p{L}/u;
const RE_MARK = /\p{M}/u;
const RE_SPACE = /\s/u;

/** The class of a BMP code unit (surrogates and unassigned code points are CC_OTHER). */
export function charClass(code: number): number {
  const k = CLASS[code]!;
  if (k !== 0) return k;
  const ch = String.fromCharCode(code);
  const cls = RE_LETTER.test(ch) ? CC_LETTER : RE_MARK.test(ch) ? CC_MARK : RE_SPACE.test(ch) ? CC_SPACE : CC_OTHER;
  CLASS[code] = cls;
  return cls;
}

/** Share of Arabic letters among all letters; 0 when the text has no letters. */
export function arabicRatio(s: string): number {
  let arabic = 0;
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const k = charClass(s.charCodeAt(i));
    if (k === CC_ARABIC) {
      arabic++;
      letters++;
    } else if (k === CC_LETTER) letters++;
  }
  return letters === 0 ? 0 : arabic / letters;
}
