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
import type { Qualifier, Quantity, Token } from '../types.js';
import {
  CHANGE_LOOKBACK,
  CHANGE_WORDS,
  COUNTED_NOUNS,
  CURRENCIES,
  CURRENCY_SIGNS,
  DAY_MONTH_LINKS,
  LONG_DIGIT_RUN,
  MONTHS,
  NOT_COUNTED_ACCUSATIVES,
  NUMBER_JOINERS,
  OPENING_MARKS,
  PERCENT_AFTER,
  PERCENT_BEFORE,
  PHONE_CUES,
  QUALIFIERS_AFTER,
  QUALIFIERS_BEFORE,
  RANGE_DASHES,
  RANGE_OPENERS,
  REFERENCE_CUES,
  TIME_CUES,
  YEAR_CUES,
  YEAR_MARKS,
  YEAR_MAX,
  YEAR_MIN,
} from '../lang/ar/units.js';
import { NUMBER_CLITICS } from '../lang/ar/numbers.js';
import { CC_LETTER, charClass, normalizeForMatch } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import { isNumberWord, offsetAfterLetters, parseNumberAt, type NumberMatch } from '../text/number-words.js';

// ---- phrase tries over token keys ----

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  value?: T;
}

function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.norm);
}

function buildTrie<T>(entries: Iterable<readonly [string, T]>): TrieNode<T> {
  const root: TrieNode<T> = { next: new Map() };
  for (const [phrase, value] of entries) {
    let node = root;
    for (const key of phraseKeys(phrase)) {
      let child = node.next.get(key);
      if (child === undefined) {
        child = { next: new Map() };
        node.next.set(key, child);
      }
      node = child;
    }
    node.value ??= value; // the first entry of a spelling wins
  }
  return root;
}

interface PhraseMatch<T> {
  value: T;
  /** Token index after the phrase. */
  end: number;
  /** The clitic stripped from the first word ('' when none). */
  clitic: string;
}

const CLITICS = [...new Set(NUMBER_CLITICS.map((c) => normalizeForMatch(c)))].sort((a, b) => b.length - a.length);
const MIN_AFTER_CLITIC = 2;

function walk<T>(node: TrieNode<T>, tokens: readonly Token[], k: number, best: { value: T; end: number } | null): { value: T; end: number } | null {
  while (k < tokens.length) {
    const t = tokens[k]!;
    const child = t.kind === 'number' ? undefined : node.next.get(t.norm);
    if (child === undefined) break;
    node = child;
    k++;
    if (node.value !== undefined) best = { value: node.value, end: k };
  }
  return best;
}

/** The longest phrase of the trie at token i; with `clitics`, its first word may carry one. */
function matchPhrase<T>(root: TrieNode<T>, tokens: readonly Token[], i: number, clitics: boolean): PhraseMatch<T> | null {
  const t = tokens[i];
  if (t === undefined || t.kind === 'number') return null;
  let best: PhraseMatch<T> | null = null;
  const first = root.next.get(t.norm);
  if (first !== undefined) {
    const m = walk(first, tokens, i + 1, first.value !== undefined ? { value: first.value, end: i + 1 } : null);
    if (m !== null) best = { ...m, clitic: '' };
  }
  if (clitics && t.kind === 'word') {
    for (const c of CLITICS) {
      if (t.norm.length - c.length < MIN_AFTER_CLITIC || !t.norm.startsWith(c)) continue;
      const node = root.next.get(t.norm.slice(c.length));
      if (node === undefined) continue;
      const m = walk(node, tokens, i + 1, node.value !== undefined ? { value: node.value, end: i + 1 } : null);
      if (m !== null && (best === null || m.end > best.end)) best = { ...m, clitic: c };
    }
  }
  return best;
}

// ---- the tables, loaded ----

type Suffix =
  | { kind: 'percent' }
  | { kind: 'currency'; code: string }
  | { kind: 'noun'; unit: string };

const PERCENT: Suffix = { kind: 'percent' };
const SUFFIXES = buildTrie<Suffix>([
  ...PERCENT_AFTER.map((p) => [p, PERCENT] as const),
  ...CURRENCIES.map(([p, code]) => [p, { kind: 'currency', code }] as const),
  ...CURRENCY_SIGNS.map(([p, code]) => [p, { kind: 'currency', code }] as const),
  ...COUNTED_NOUNS.flatMap(([lemma, forms]) => forms.map((f) => [f, { kind: 'noun', unit: lemma }] as const)),
]);
const PREFIX_SIGNS = buildTrie<Suffix>([
  ...PERCENT_BEFORE.map((p) => [p, PERCENT] as const),
  ...CURRENCY_SIGNS.map(([p, code]) => [p, { kind: 'currency', code }] as const),
]);
const QUAL_BEFORE = buildTrie<Qualifier>(QUALIFIERS_BEFORE);
const QUAL_AFTER = buildTrie<Qualifier>(QUALIFIERS_AFTER);
const OPENERS = buildTrie<{ joiners: Set<string>; from: boolean }>(
  RANGE_OPENERS.map(([p, joiners]) => [p, { joiners: new Set(joiners.map(normalizeForMatch)), from: normalizeForMatch(p) === 'من' }] as const),
);
const keySet = (words: readonly string[]): Set<string> => new Set(words.map(normalizeForMatch));
const DASHES = keySet(RANGE_DASHES);
const MONTH = keySet(MONTHS);
const DAY_LINK = keySet(DAY_MONTH_LINKS);
const YEAR_CUE = keySet(YEAR_CUES);
const YEAR_MARK = keySet(YEAR_MARKS);
const REFERENCE_CUE = keySet(REFERENCE_CUES);
const PHONE_CUE = keySet(PHONE_CUES);
const TIME_CUE = keySet(TIME_CUES);
const NOT_COUNTED = keySet(NOT_COUNTED_ACCUSATIVES);
const CHANGE = keySet(CHANGE_WORDS);
const JOINER = keySet(NUMBER_JOINERS);
const OPENING = keySet(OPENING_MARKS);

/** Is the token's key in `set`, as written or without a clitic (وفي، لعام)? */
function inSet(set: Set<string>, t: Token | undefined): boolean {
  if (t === undefined || t.kind === 'number') return false;
  if (set.has(t.norm)) return true;
  if (t.kind !== 'word') return false;
  for (const c of CLITICS) {
    if (t.norm.length - c.length >= MIN_AFTER_CLITIC && t.norm.startsWith(c) && set.has(t.norm.slice(c.length))) return true;
  }
  return false;
}

// ---- one number, its unit, and why it might not be a quantity ----

interface Unit {
  suffix: Suffix;
  /** Token range of the unit phrase. */
  start: number;
  end: number;
}

const TANWEEN_FATH = 0x064b;
const ALEF = 0x0627;

/**
 * A word written with the accusative ending ًا (طبيبًا، مرشحًا) right after a number is
 * the counted noun (تمييز) whether or not the table knows it; its unit is its stem
 * without the ending.
 */
function tanweenNoun(t: Token | undefined): string | null {
  if (t === undefined || t.kind !== 'word' || t.norm.length < 4 || isNumberWord(t.norm)) return null;
  const x = t.text;
  const n = x.length;
  const ends = (x.charCodeAt(n - 1) === ALEF && x.charCodeAt(n - 2) === TANWEEN_FATH) || (x.charCodeAt(n - 1) === TANWEEN_FATH && x.charCodeAt(n - 2) === ALEF);
  if (!ends || t.norm.startsWith('ال') || NOT_COUNTED.has(t.norm)) return null;
  const bare = t.norm.slice(0, -1);
  if (bare.endsWith('ي')) return null; // nisba adverbs: يوميًا، سنويًا، رسميًا
  return bare; // as written, without the tanween alef: قتيلا → قتيل
}

function unitAt(tokens: readonly Token[], k: number): Unit | null {
  const m = matchPhrase(SUFFIXES, tokens, k, false);
  if (m !== null) return { suffix: m.value, start: k, end: m.end };
  const noun = tanweenNoun(tokens[k]);
  return noun === null ? null : { suffix: { kind: 'noun', unit: noun }, start: k, end: k + 1 };
}

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
function chainLength(tokens: readonly Token[], j: number): { length: number; slashOrColon: boolean } {
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
function notAQuantity(tokens: readonly Token[], n: NumberMatch, hasUnit: boolean): boolean {
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
function isYearRange(tokens: readonly Token[], a: NumberMatch, b: NumberMatch): boolean {
  return isYearValue(tokens, a) && isYearValue(tokens, b);
}

function followedByMonth(tokens: readonly Token[], end: number): boolean {
  return monthAfter(tokens, end);
}

// ---- building quantities ----

interface Found {
  /** The quantity, or null when the tokens were read and found not to be one. */
  q: Quantity | null;
  next: number;
}

function valueWithUnit(n: NumberMatch, unit: Unit | null): number {
  if (n.dualIfConstruct && unit !== null && unit.suffix.kind !== 'percent') return n.value * 2;
  return n.value;
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

function sameUnit(a: Unit, b: Unit): boolean {
  const x = a.suffix;
  const y = b.suffix;
  if (x.kind !== y.kind) return false;
  if (x.kind === 'currency') return x.code === (y as typeof x).code;
  if (x.kind === 'noun') return x.unit === (y as typeof x).unit;
  return true;
}

function applyQualifier(q: Quantity, qualifier: Qualifier | undefined): void {
  if (qualifier === undefined) return;
  q.qualifier = qualifier;
  if (q.value === undefined) return;
  if (qualifier === 'more than' || qualifier === 'at least') q.min = q.value;
  else if (qualifier === 'less than' || qualifier === 'at most' || qualifier === 'up to') q.max = q.value;
}

interface RangeParse {
  a: NumberMatch;
  b: NumberMatch;
  min: number;
  max: number;
  unit: Unit | null;
  /** Token index after the range and its unit. */
  end: number;
}

/** Two numbers joined by one of `joiners`, starting at token j, as a range. */
function parseRange(text: string, tokens: readonly Token[], j: number, joiners: Set<string>): RangeParse | null {
  const a = parseNumberAt(tokens, j, text);
  if (a === null) return null;
  const ua = unitAt(tokens, a.end);
  let k = ua !== null ? ua.end : a.end;
  const jt = tokens[k];
  if (jt === undefined) return null;
  let b: NumberMatch | null = null;
  if (joiners.has(jt.norm)) {
    const m = parseNumberAt(tokens, k + 1, text);
    if (m !== null && m.clitic === '') b = m;
  } else if (joiners.has('و') && jt.kind === 'word') {
    const m = parseNumberAt(tokens, k, text); // وسبعة: the joiner is the number's clitic
    if (m !== null && m.clitic === 'و') b = m;
  }
  if (b === null) return null;
  k = b.end;
  const ub = unitAt(tokens, k);
  if (ub !== null) k = ub.end;
  if (ua !== null && ub !== null && !sameUnit(ua, ub)) return null;
  const unit = ub ?? ua;
  let min = valueWithUnit(a, unit);
  const max = valueWithUnit(b, unit);
  // بين 5 و7 آلاف: the second number's scale is the first's when the first has none.
  if (!a.scaled && b.scale !== undefined && min * b.scale <= max) min = min * b.scale;
  if (!(min < max)) return null;
  return { a, b, min, max, unit, end: k };
}

function hasChangeBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - CHANGE_LOOKBACK; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct') return false;
    if (inSet(CHANGE, t)) return true;
  }
  return false;
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
