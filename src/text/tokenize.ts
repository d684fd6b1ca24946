// One left-to-right pass that cuts text into words, numbers, punctuation and symbols, each
// an offset view into the text, so anything found by its key can be shown where it stood.
import type { Token, TokenKind } from '../types.js';
import { PUNCTUATION } from '../lang/ar/chars.js';
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

const PUNCT = new Set<number>(PUNCTUATION);

const DOT = 0x2e;
const COMMA = 0x2c;
const AR_DECIMAL = 0x066b;
const AR_THOUSANDS = 0x066c;

function isNumberSeparator(c: number): boolean {
  return c === DOT || c === COMMA || c === AR_DECIMAL || c === AR_THOUSANDS;
}

/** ASCII value of a digit in any of the scripts charClass knows, else -1. */
function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660;
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0;
  return -1;
}

/**
 * The key of a number as written: ASCII digits, '.' as decimal point, no grouping.
 * ٫ is always decimal and ٬ always grouping. For '.' and ',' the last one is the decimal
 * point when both occur; a repeated one groups; a lone ',' groups only before exactly
 * three digits (10,000), otherwise it is a decimal comma (1,5) as Maghreb outlets write.
 */
export function normalizeNumber(text: string): string {
  let dots = 0;
  let commas = 0;
  let lastDot = -1;
  let lastComma = -1;
  let arDecimal = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === DOT) {
      dots++;
      lastDot = i;
    } else if (c === COMMA) {
      commas++;
      lastComma = i;
    } else if (c === AR_DECIMAL) arDecimal = true;
  }
  let decimalAt = -1;
  if (!arDecimal) {
    if (dots > 0 && commas > 0) decimalAt = lastDot > lastComma ? (dots === 1 ? lastDot : -1) : commas === 1 ? lastComma : -1;
    else if (dots === 1) decimalAt = lastDot;
    else if (commas === 1) {
      let digitsAfter = 0;
      for (let i = lastComma + 1; i < text.length && digitValue(text.charCodeAt(i)) >= 0; i++) digitsAfter++;
      if (digitsAfter !== 3 || lastComma + 1 + digitsAfter !== text.length) decimalAt = lastComma;
    }
  }
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const d = digitValue(c);
    if (d >= 0) out += String.fromCharCode(0x30 + d);
    else if (i === decimalAt || c === AR_DECIMAL) out += '.';
  }
  return out;
}

function isWordLetter(k: number): boolean {
  return k === CC_ARABIC || k === CC_LETTER;
}

/** Joiners that are invisible: never a token of their own, and never a word's last char. */
function isInvisibleJoiner(c: number): boolean {
  return c === 0x200c || c === 0x200d || c === 0x00ad;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const len = text.length;
  const push = (kind: TokenKind, start: number, end: number, norm?: string): void => {
    const t = text.slice(start, end);
    tokens.push({ kind, text: t, norm: norm ?? normalizeForMatch(t), start, end });
  };
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    const k = charClass(c);
    if (k === CC_SPACE || isInvisibleJoiner(c)) {
      i++;
      continue;
    }
    if (k === CC_MARK || k === CC_JOINER || isWordLetter(k)) {
      // A word may open with a stray tatweel or mark; it takes the script of its first letter.
      let j = i;
      let script = isWordLetter(k) ? k : 0;
      while (j < len) {
        const kj = charClass(text.charCodeAt(j));
        if (isWordLetter(kj)) {
          if (script !== 0 && kj !== script) break;
          script = kj;
        } else if (kj !== CC_MARK && kj !== CC_JOINER) break;
        j++;
      }
      let end = j;
      while (end > i && isInvisibleJoiner(text.charCodeAt(end - 1))) end--;
      if (script !== 0) push('word', i, end);
      else if (end > i) push('symbol', i, end); // a bare tatweel rule or stray marks
      i = j;
      continue;
    }
    if (k === CC_DIGIT) {
      let j = i + 1;
      while (j < len) {
        const cj = text.charCodeAt(j);
        if (digitValue(cj) >= 0) j++;
        else if (isNumberSeparator(cj) && j + 1 < len && digitValue(text.charCodeAt(j + 1)) >= 0) j += 2;
        else break;
      }
      const t = text.slice(i, j);
      tokens.push({ kind: 'number', text: t, norm: normalizeNumber(t), start: i, end: j });
      i = j;
      continue;
    }
    if (PUNCT.has(c)) {
      push('punct', i, i + 1);
      i++;
      continue;
    }
    // Anything else is a symbol; a surrogate pair (emoji, rare letters) stays whole.
    const w = c >= 0xd800 && c <= 0xdbff && i + 1 < len ? 2 : 1;
    push('symbol', i, i + w);
    i += w;
  }
  return tokens;
}
