// The date lexicon: the tables of src/lang/ar/calendar.ts folded into one Map from a
// phrase's match key (token norms joined by a space) to what the phrase can be, and the
// phrase lookup at a token: longest phrase first (up to three words), the first word
// tried as written and then without a proclitic (و ف ب ل ك, لل).
import type { Token } from '../types.js';
import { normalizeForMatch } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import * as CAL from '../lang/ar/calendar.js';
import type { Relation } from '../lang/ar/calendar.js';

export type Unit = 'week' | 'month' | 'year';

export interface Lex {
  month?: number;
  hijriMonth?: number;
  ambiguousMonth?: boolean;
  weekday?: number;
  ambiguousWeekday?: boolean;
  ordinal?: number;
  /** The ordinal takes its month without من (غرة رمضان). */
  ordinalDirect?: boolean;
  dayOffset?: number;
  /** A day word that needs a part of the day before it or a weekday after it (غد). */
  cuedOffset?: boolean;
  unit?: Unit;
  yearWord?: boolean;
  rel?: Relation;
  thisWord?: boolean;
  season?: number;
  seasonDefinite?: boolean;
  hijriEra?: boolean;
  gregorianEra?: boolean;
  dayWord?: boolean;
  monthWord?: boolean;
  of?: boolean;
  equivalence?: boolean;
  yearPrep?: boolean;
}

const key = (s: string): string =>
  tokenize(s)
    .map((t) => t.norm)
    .join(' ');

const LEXICON = new Map<string, Lex>();
let maxWords = 1;

function add(phrase: string, patch: Lex): void {
  const k = key(phrase);
  LEXICON.set(k, { ...LEXICON.get(k), ...patch });
  maxWords = Math.max(maxWords, k.split(' ').length);
}

const foldSet = (words: readonly string[]): Set<string> => new Set(words.map(normalizeForMatch));
export const AMBIGUOUS_MONTHS = foldSet(CAL.AMBIGUOUS_MONTHS);
export const AMBIGUOUS_WEEKDAYS = foldSet(CAL.AMBIGUOUS_WEEKDAYS);
export const WEEKDAY_BLOCK_BEFORE = foldSet(CAL.WEEKDAY_BLOCKERS_BEFORE);
export const WEEKDAY_BLOCK_AFTER = foldSet(CAL.WEEKDAY_BLOCKERS_AFTER);
export const TODAY_BLOCK_BEFORE = foldSet(CAL.TODAY_BLOCKERS_BEFORE);
export const DAY_PARTS = foldSet(CAL.DAY_PART_WORDS);
export const EVENT_HEADS = foldSet(CAL.EVENT_NAME_HEADS);
export const BCE = CAL.BCE_MARKERS.map((m) => tokenize(m).map((t) => t.norm));
export const MONTH_PREPS = foldSet(CAL.MONTH_PREPOSITIONS);
export const TODAY = normalizeForMatch('اليوم');
export const YEAR_NOUN = normalizeForMatch('العام');
export const GENERAL = foldSet(CAL.GENERAL_NOUNS);

for (const [w, m] of CAL.GREGORIAN_MONTHS) add(w, { month: m, ambiguousMonth: AMBIGUOUS_MONTHS.has(key(w)) });
for (const [w, m] of CAL.HIJRI_MONTHS) add(w, { hijriMonth: m, ambiguousMonth: AMBIGUOUS_MONTHS.has(key(w)) });
for (const [w, d] of CAL.WEEKDAYS) add(w, { weekday: d, ambiguousWeekday: AMBIGUOUS_WEEKDAYS.has(key(w)) });
for (const [w, n] of CAL.DAY_ORDINALS) add(w, { ordinal: n });
for (const w of CAL.CUED_DAY_OFFSETS) add(w, { cuedOffset: true });
for (const w of CAL.FIRST_DAY_WORDS) add(w, { ordinal: 1, ordinalDirect: true });
for (const [w, n] of CAL.DAY_OFFSETS) add(w, { dayOffset: n });
for (const [w, u] of CAL.RELATIVE_UNITS) add(w, { unit: u });
for (const w of CAL.YEAR_WORDS) add(w, { yearWord: true });
for (const [w, r] of CAL.RELATIVE_WORDS) add(w, { rel: r });
for (const w of CAL.THIS_WORDS) add(w, { thisWord: true });
for (const [def, con, i] of CAL.SEASONS) {
  add(def, { season: i, seasonDefinite: true });
  add(con, { season: i, seasonDefinite: false });
}
for (const w of CAL.HIJRI_ERA_WORDS) add(w, { hijriEra: true });
for (const w of CAL.GREGORIAN_ERA_WORDS) add(w, { gregorianEra: true });
for (const w of CAL.DAY_WORDS) add(w, { dayWord: true });
for (const w of CAL.MONTH_WORDS) add(w, { monthWord: true });
for (const w of CAL.OF_WORDS) add(w, { of: true });
for (const w of CAL.EQUIVALENCE_WORDS) add(w, { equivalence: true });
for (const w of CAL.YEAR_PREPOSITIONS) add(w, { yearPrep: true });

/** Proclitics tried, longest first, when a whole word is not in the lexicon. */
const PROCLITICS = ['وب', 'ول', 'فب', 'فل', 'وك', 'و', 'ف', 'ب', 'ل', 'ك'];
const MIN_STEM = 3;

export const CONJUNCTIONS = ['و', 'ف'];

/** Lookup keys of a word: as written, then without a proclitic (للعام → العام). */
export function variants(norm: string, proclitics: readonly string[] = PROCLITICS): string[] {
  const out = [norm];
  for (const p of proclitics) {
    if (!norm.startsWith(p) || norm.length - p.length < MIN_STEM) continue;
    const rest = norm.slice(p.length);
    out.push(rest);
    // ل before the article drops its alef: للعام = ل + العام.
    if (p.endsWith('ل') && rest.startsWith('ل')) out.push('ا' + rest);
  }
  return out;
}

export interface Hit {
  lex: Lex;
  /** Tokens covered. */
  len: number;
  /** The first word carried a proclitic. */
  clitic: boolean;
}

/** Digits of any script as ASCII, everything else kept. */
export function asciiDigits(s: string): string {
  let out = '';
  for (const ch of s) {
    const v = ch.charCodeAt(0);
    if (v >= 0x660 && v <= 0x669) out += String(v - 0x660);
    else if (v >= 0x6f0 && v <= 0x6f9) out += String(v - 0x6f0);
    else out += ch;
  }
  return out;
}

export const PUNCT_COMMA = new Set([',', '،']);
export const PUNCT_ALT = new Set(['/', '(', '-', '–', '—', '|']);
export const PUNCT_CLOSE = new Set([')']);
export const PUNCT_BEFORE_DAY = new Set([',', '،', '-', '–', '—', '(']);

/** The longest lexicon phrase starting at token i, or null. */
export function lookupPhrase(toks: readonly Token[], i: number): Hit | null {
  const first = toks[i];
  if (first === undefined || first.kind !== 'word') return null;
  const firstKeys = variants(first.norm);
  const conjKeys = variants(first.norm, CONJUNCTIONS);
  let tail = '';
  const runs: string[] = [''];
  for (let n = 1; n < maxWords && i + n < toks.length && toks[i + n]!.kind === 'word'; n++) {
    tail += ' ' + toks[i + n]!.norm;
    runs.push(tail);
  }
  for (let n = runs.length; n >= 1; n--) {
    // A phrase of several words takes only the conjunctions و ف (وأول أمس), so that a
    // word like باول is not read as ب + أول أمس.
    const keys = n === 1 ? firstKeys : conjKeys;
    for (let v = 0; v < keys.length; v++) {
      const lex = LEXICON.get(keys[v]! + runs[n - 1]!);
      if (lex !== undefined) return { lex, len: n, clitic: v > 0 };
    }
  }
  return null;
}
