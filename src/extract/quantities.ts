// Quantities in a report: amounts, counts and percentages, with their qualifier (نحو،
// أكثر من، على الأقل ...), their range (ما بين 5000 و 7000), their currency or counted noun,
// scales applied. One left-to-right pass over the tokens; phrases (qualifiers, currencies,
// counted nouns, percent words) are matched token by token through tries built once from
// the tables in src/lang/ar/units.ts.
//
// At each token, in this order: a qualifier (its first word may carry a clitic: بأكثر من،
// وبنحو), a range opener (ما بين، بين، من), a sign written before the digits (٪68، $5),
// then the number (src/text/number-words.ts), what follows it (a currency, a percent
// word, a counted noun, or for a range the joiner and the second number), and a qualifier
// written after (تقريبا، على الأقل).
//
// Not quantities, and skipped whole: a day before a month name (8 يونيو، 11 من أيار) and
// a number after one (يونيو 2023); a year after a year cue (عام 2014، منذ 2011) or before
// an era letter (2023م); a number after a reference word (القرار رقم 2254، رقم (2254)); phone
// numbers and codes (a leading zero, a long run of digits, a phone word before, three or
// more numbers joined by dashes); dates and times written with / or : (8/6/2023، 10:30).
//
// The phrase tables are in quantity-phrases.ts, the reasons a number is not a quantity in
// quantity-filters.ts, and ranges in quantity-ranges.ts.
import type { Qualifier, Quantity, Token } from '../types.js';
import { tokenize } from '../text/tokenize.js';
import { offsetAfterLetters, parseNumberAt } from '../text/number-words.js';
import { DASHES, OPENERS, PREFIX_SIGNS, QUAL_AFTER, QUAL_BEFORE, matchPhrase, unitAt, type Unit } from './quantity-phrases.js';
import { chainLength, followedByMonth, isYearRange, notAQuantity } from './quantity-filters.js';
import { hasChangeBefore, parseRange, valueWithUnit } from './quantity-ranges.js';

// ---- building quantities ----

interface Found {
  /** The quantity, or null when the tokens were read and found not to be one. */
  q: Quantity | null;
  next: number;
}

function setUnit(q: Quantity, text: string, tokens: readonly Token[], unit: Unit | null): void {
  if (unit === null) return;
  const s = unit.suffix;
  if (s.kind === 'percent') q.unit = 'percent';
  else if (s.kind === 'currency') q.unit = s.code;
  else {
    q.unit = s.unit;
    q.noun = text.slice(tokens[unit.start]!.start, tokens[unit.end - 1]!.end);
  }
}

function applyQualifier(q: Quantity, qualifier: Qualifier | undefined): void {
  if (qualifier === undefined) return;
  q.qualifier = qualifier;
  if (q.value === undefined) return;
  if (qualifier === 'more than' || qualifier === 'at least') q.min = q.value;
  else if (qualifier === 'less than' || qualifier === 'at most' || qualifier === 'up to') q.max = q.value;
}

function startOf(tokens: readonly Token[], i: number, clitic: string): number {
  const t = tokens[i]!;
  return clitic === '' ? t.start : t.start + offsetAfterLetters(t.text, clitic.length);
}

function finish(text: string, tokens: readonly Token[], q: Quantity, end: number, qualifier: Qualifier | undefined): Found {
  const after = matchPhrase(QUAL_AFTER, tokens, end, false);
  if (after !== null) {
    qualifier ??= after.value;
    end = after.end;
  }
  applyQualifier(q, qualifier);
  q.end = tokens[end - 1]!.end;
  q.text = text.slice(q.start, q.end);
  return { q, next: end };
}

function rangeAt(text: string, tokens: readonly Token[], i: number, start: number, qualifier: Qualifier | undefined): Found | null {
  const opener = matchPhrase(OPENERS, tokens, i, true);
  if (opener === null) return null;
  const r = parseRange(text, tokens, opener.end, opener.value.joiners);
  if (r === null) return null;
  if (opener.value.from && hasChangeBefore(tokens, i)) return null; // ارتفع من 10 إلى 12: two values
  if (followedByMonth(tokens, r.end) || (r.unit === null && isYearRange(tokens, r.a, r.b))) return { q: null, next: r.end };
  if (notAQuantity(tokens, r.a, true) || notAQuantity(tokens, r.b, true)) return { q: null, next: r.end };
  const q: Quantity = { start: start >= 0 ? start : startOf(tokens, i, opener.clitic), end: 0, text: '', min: r.min, max: r.max };
  setUnit(q, text, tokens, r.unit);
  return finish(text, tokens, q, r.end, qualifier);
}

function quantityAt(text: string, tokens: readonly Token[], i: number): Found | null {
  const t = tokens[i]!;
  if (t.kind === 'punct') return null;
  let j = i;
  let start = -1;
  let qualifier: Qualifier | undefined;
  const qm = matchPhrase(QUAL_BEFORE, tokens, i, true);
  if (qm !== null) {
    qualifier = qm.value;
    start = startOf(tokens, i, qm.clitic);
    j = qm.end;
  }
  const range = rangeAt(text, tokens, j, start, qualifier);
  if (range !== null) return range;

  // A sign before the digits: ٪68، $5.
  let unit: Unit | null = null;
  const sign = matchPhrase(PREFIX_SIGNS, tokens, j, false);
  if (sign !== null && tokens[sign.end]?.kind === 'number' && tokens[sign.end]!.start === tokens[sign.end - 1]!.end) {
    unit = { suffix: sign.value, start: j, end: sign.end };
    if (start < 0) start = tokens[j]!.start;
    j = sign.end;
  }
  const n = parseNumberAt(tokens, j, text);
  if (n === null) return null;
  if (start < 0) start = n.span.start;
  let end = n.end;
  if (unit === null) {
    unit = unitAt(tokens, end);
    if (unit !== null) end = unit.end;
  }

  // 5000-7000: a dash between two numbers.
  const dash = tokens[end];
  if (unit === null && !n.words && dash !== undefined && DASHES.has(dash.norm) && tokens[end + 1]?.kind === 'number') {
    const chain = chainLength(tokens, n.start);
    if (chain.length === 2 && !chain.slashOrColon) {
      const r = parseRange(text, tokens, j, DASHES);
      if (r !== null) {
        if (followedByMonth(tokens, r.end) || (r.unit === null && isYearRange(tokens, r.a, r.b))) return { q: null, next: r.end };
        if (notAQuantity(tokens, r.a, true)) return { q: null, next: r.end };
        const q: Quantity = { start, end: 0, text: '', min: r.min, max: r.max };
        setUnit(q, text, tokens, r.unit);
        return finish(text, tokens, q, r.end, qualifier);
      }
    }
  }

  if (notAQuantity(tokens, n, unit !== null)) return { q: null, next: end };
  const q: Quantity = { start, end: 0, text: '', value: valueWithUnit(n, unit) };
  setUnit(q, text, tokens, unit);
  return finish(text, tokens, q, end, qualifier);
}

/** Every quantity in the text, in order; offsets index into `text`. */
export function extractQuantities(text: string, tokens: readonly Token[] = tokenize(text)): Quantity[] {
  const out: Quantity[] = [];
  let i = 0;
  while (i < tokens.length) {
    const f = quantityAt(text, tokens, i);
    if (f === null) i++;
    else {
      if (f.q !== null) out.push(f.q);
      i = Math.max(f.next, i + 1);
    }
  }
  return out;
}
