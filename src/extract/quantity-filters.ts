// Why a number read by the quantity pass may not be a quantity: a code, a phone number,
// a reference number, a day of a month, a year or a time. Each check looks at the tokens
// around the number; the unit after it, when there is one, rules most of them out.
import type { Token } from '../types.js';
import { LONG_DIGIT_RUN, YEAR_MAX, YEAR_MIN } from '../lang/ar/units.js';
import { CC_LETTER, charClass } from '../text/normalize.js';
import type { NumberMatch } from '../text/number-words.js';
import { DASHES, DAY_LINK, JOINER, MONTH, OPENING, PHONE_CUE, REFERENCE_CUE, TIME_CUE, YEAR_CUE, YEAR_MARK, inSet } from './quantity-phrases.js';

/** Digits as a plain number: one decimal point, or thousands grouped by threes. */
function wellFormedDigits(text: string): boolean {
  const groups = text.split(/[.,٫٬]/u);
  if (groups.length <= 2) return true;
  // 1,234,567 or 1.234.567,5: the first group 1–3 digits, the middle ones exactly 3.
  const last = groups.length - 1;
  for (let g = 1; g < last; g++) if (groups[g]!.length !== 3) return false;
  return groups[0]!.length <= 3 && groups[0]!.length > 0;
}

/** A point or a colon joins numbers only written tight (10:30، 8.6.2023); after a spaced one a sentence goes on. */
const TIGHT_JOINERS = new Set(['.', ':']);

function isJoinedNumber(tokens: readonly Token[], j: number, dir: 1 | -1): { joiner: string; other: number } | null {
  const p = tokens[j + dir];
  const q = tokens[j + 2 * dir];
  if (p === undefined || q === undefined || q.kind !== 'number' || !JOINER.has(p.norm)) return null;
  if (TIGHT_JOINERS.has(p.norm)) {
    const [a, b] = dir === 1 ? [tokens[j]!, q] : [q, tokens[j]!];
    if (a.end !== p.start || p.end !== b.start) return null;
  }
  return { joiner: p.norm, other: j + 2 * dir };
}

/** How many numbers are chained with joiners through token j (8/6/2023 → 3). */
export function chainLength(tokens: readonly Token[], j: number): { length: number; slashOrColon: boolean } {
  let length = 1;
  let slashOrColon = false;
  for (const dir of [1, -1] as const) {
    let k = j;
    for (let l = isJoinedNumber(tokens, k, dir); l !== null; l = isJoinedNumber(tokens, k, dir)) {
      length++;
      if (!DASHES.has(l.joiner)) slashOrColon = true;
      k = l.other;
    }
  }
  return { length, slashOrColon };
}

/** The token before j, skipping opening marks and one colon (رقم (2254)، هاتف: 0555). */
function prevWord(tokens: readonly Token[], j: number): Token | undefined {
  let k = j - 1;
  for (let n = 0; n < 3 && k >= 0 && (OPENING.has(tokens[k]!.norm) || tokens[k]!.norm === ':'); n++) k--;
  return tokens[k];
}

/** A digit token that is a code, a phone number or part of a date or time. */
function isCodeLike(tokens: readonly Token[], n: NumberMatch, hasUnit: boolean): boolean {
  if (n.words) return false;
  const t = tokens[n.start]!;
  if (!wellFormedDigits(t.text)) return true;
  if (t.norm.length > 1 && t.norm.charCodeAt(0) === 0x30 && t.norm.charCodeAt(1) !== 0x2e) return true;
  const before = tokens[n.start - 1];
  if (before !== undefined && before.norm === '+' && before.end === t.start) return true;
  // A model or a disease: F16, كوفيد-19، إف-35.
  if (before !== undefined && before.end === t.start) {
    if (before.kind === 'word' && charClass(before.text.charCodeAt(0)) === CC_LETTER) return true;
    const word = tokens[n.start - 2];
    if (DASHES.has(before.norm) && word !== undefined && word.kind === 'word' && word.end === before.start) return true;
  }
  if (!hasUnit && !n.scaled && t.norm.length >= LONG_DIGIT_RUN && t.text.length === t.norm.length) return true;
  if (n.end === n.start + 1) {
    const chain = chainLength(tokens, n.start);
    if (chain.length >= 3 || chain.slashOrColon) return true;
  }
  return false;
}

/** Four digits, no separator, in the years' range. */
function isYearValue(tokens: readonly Token[], n: NumberMatch): boolean {
  const t = tokens[n.start]!;
  return n.digitsOnly && t.text.length === 4 && t.norm.length === 4 && n.value >= YEAR_MIN && n.value <= YEAR_MAX;
}

const isMonth = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && MONTH.has(t.norm);
const isDayNumber = (t: Token | undefined): boolean => t !== undefined && t.kind === 'number' && /^\d{1,2}$/u.test(t.norm) && Number(t.norm) >= 1 && Number(t.norm) <= 31;

/** A month after token k, maybe after من or after more days joined by و (11 و12 أيار). */
function monthAfter(tokens: readonly Token[], k: number): boolean {
  while (tokens[k]?.norm === 'و' && isDayNumber(tokens[k + 1])) k += 2;
  const next = tokens[k];
  if (isMonth(next)) return true;
  return next !== undefined && DAY_LINK.has(next.norm) && isMonth(tokens[k + 1]);
}

/** A year cue before token j, or before a year it is listed with (عامي 2014 و2015). */
function yearCueBefore(tokens: readonly Token[], j: number): boolean {
  if (inSet(YEAR_CUE, prevWord(tokens, j))) return true;
  const y = tokens[j - 2];
  return tokens[j - 1]?.norm === 'و' && y !== undefined && y.kind === 'number' && /^\d{4}$/u.test(y.norm) && inSet(YEAR_CUE, prevWord(tokens, j - 2));
}

/** Is the number a day, a year, a time, a reference or a phone number rather than a quantity? */
export function notAQuantity(tokens: readonly Token[], n: NumberMatch, hasUnit: boolean): boolean {
  if (isCodeLike(tokens, n, hasUnit)) return true;
  const prev = prevWord(tokens, n.start);
  if (inSet(REFERENCE_CUE, prev) || inSet(PHONE_CUE, prev)) return true;
  if (hasUnit || !Number.isInteger(n.value)) return false;
  if (inSet(TIME_CUE, prev)) return true;
  // A date: day before a month (8 يونيو، 11 من أيار), anything right after one (يونيو 2023).
  if (n.value >= 1 && n.value <= 31 && monthAfter(tokens, n.end)) return true;
  if (isMonth(tokens[n.start - 1])) return true;
  if (isYearValue(tokens, n)) {
    if (yearCueBefore(tokens, n.start)) return true;
    const next = tokens[n.end];
    if (next !== undefined && next.kind === 'word' && YEAR_MARK.has(next.norm)) return true;
  }
  return false;
}

/** A range whose ends both look like years and count nothing (بين 2014 و2017) is a period. */
export function isYearRange(tokens: readonly Token[], a: NumberMatch, b: NumberMatch): boolean {
  return isYearValue(tokens, a) && isYearValue(tokens, b);
}

export function followedByMonth(tokens: readonly Token[], end: number): boolean {
  return monthAfter(tokens, end);
}
