// Dates written with a month (Gregorian or Hijri: 8 يونيو 2023، الخامس من رمضان 1444هـ،
// حزيران (يونيو) الماضي), as numbers (8/6/2023), and the year that may follow a month.
// Each reader takes the cursor and token indexes and returns the expression or null.
import * as CAL from '../lang/ar/calendar.js';
import type { Relation } from '../lang/ar/calendar.js';
import { EVENT_HEADS, PUNCT_ALT, PUNCT_CLOSE, PUNCT_COMMA, TODAY, asciiDigits, type Hit } from './date-lexicon.js';
import type { DateCursor } from './date-cursor.js';
import type { DateExpr } from './date-expr.js';

/**
 * A year number at i (with an optional era word after it). Gregorian years need
 * GREGORIAN_YEAR_MIN..MAX; a number in the Hijri range is Hijri when the calendar is
 * Hijri or an era word هـ follows.
 */
export function yearNumber(cur: DateCursor, i: number, calendar: 'gregorian' | 'hijri', allowHijriSwitch: boolean): { year: number; last: number; calendar: 'gregorian' | 'hijri' } | null {
  const n = cur.numberAt(i);
  if (n === null || cur.tok(i)!.text.length > 4 || cur.bceAt(i + 1)) return null;
  const era = cur.hit(i + 1);
  const hijriEra = era?.lex.hijriEra === true && !era.clitic;
  const gregEra = era?.lex.gregorianEra === true && !era.clitic;
  const last = hijriEra || gregEra ? i + 1 + era!.len : i + 1;
  if ((calendar === 'hijri' || (hijriEra && allowHijriSwitch)) && !gregEra) {
    if (n >= CAL.HIJRI_YEAR_MIN && n <= CAL.HIJRI_YEAR_MAX) return { year: n, last, calendar: 'hijri' };
    return null;
  }
  if (hijriEra) return null;
  if (n >= CAL.GREGORIAN_YEAR_MIN && n <= CAL.GREGORIAN_YEAR_MAX) return { year: n, last, calendar: 'gregorian' };
  return null;
}

/** What follows a month: a year (2023, عام 2014, من العام الماضي, هذا العام) or nothing. */
export function yearPart(cur: DateCursor, i: number, calendar: 'gregorian' | 'hijri'): { year?: number; yearRel?: Relation; last: number } | null {
  let k = i;
  if (cur.isPunct(k, PUNCT_COMMA) && cur.tok(k + 1)?.kind === 'number') k++;
  const direct = yearNumber(cur, k, calendar, false);
  if (direct !== null) return { year: direct.year, last: direct.last };
  if (cur.hit(k)?.lex.of) k++;
  const h = cur.hit(k);
  if (h === null) return null;
  if (h.lex.yearWord) {
    const y = yearNumber(cur, k + h.len, calendar, false);
    if (y !== null) return { year: y.year, last: y.last };
  }
  if (h.lex.unit === 'year') {
    const r = cur.hit(k + h.len);
    if (r?.lex.rel !== undefined) return { yearRel: r.lex.rel, last: k + h.len + r.len };
  }
  if (h.lex.thisWord) {
    const u = cur.hit(k + h.len);
    if (u?.lex.unit === 'year') return { yearRel: 'current', last: k + h.len + u.len };
  }
  return null;
}

/**
 * A month name at m (possibly with a second naming: شباط / فبراير, حزيران (يونيو)), then
 * a year or a relative word. `strong`: a day or the word شهر came before, so an
 * ambiguous name (مارس, رمضان) is a month whatever follows.
 */
export function monthExpr(cur: DateCursor, first: number, m: number, h: Hit, base: Partial<DateExpr>, strong: boolean): DateExpr | null {
  const hijri = h.lex.month === undefined;
  const calendar = hijri ? 'hijri' : 'gregorian';
  const month = hijri ? h.lex.hijriMonth! : h.lex.month!;
  let k = m + h.len;
  // A second naming of the same month.
  if (cur.isPunct(k, PUNCT_ALT)) {
    const alt = cur.hit(k + 1);
    if (alt !== null && (hijri ? alt.lex.hijriMonth : alt.lex.month) === month) {
      k = k + 1 + alt.len;
      if (cur.isPunct(k, PUNCT_CLOSE)) k++;
    }
  }
  const e: DateExpr = { ...base, first, last: k, calendar, month };
  if (base.day !== undefined && EVENT_HEADS.has(cur.tok(first - 1)?.norm ?? '')) e.eventName = true;
  const yp = yearPart(cur, k, calendar);
  if (yp !== null) {
    if (yp.year !== undefined) e.year = yp.year;
    if (yp.yearRel !== undefined) e.yearRel = yp.yearRel;
    e.last = yp.last;
  } else {
    const r = cur.hit(k);
    if (r?.lex.rel !== undefined) {
      e.rel = r.lex.rel;
      e.last = k + r.len;
    } else if (!strong && (h.lex.ambiguousMonth || !(h.clitic || cur.introducesMonth(m - 1)))) return null;
  }
  return e;
}

/** A day number at i (or a numeric date), then من and a month. `first` may be earlier (يوم, a weekday). */
export function dayNumberExpr(cur: DateCursor, i: number, first: number, weekday: number | undefined): DateExpr | null {
  const numeric = numericDateExpr(cur, i, first);
  if (numeric !== null) {
    if (weekday !== undefined) numeric.weekday = weekday;
    return numeric;
  }
  const d = cur.numberAt(i);
  if (d === null || d < 1 || d > 31 || cur.tok(i)!.text.length > 2) return null;
  let k = i + 1;
  if (cur.hit(k)?.lex.of) k++;
  const h = cur.hit(k);
  if (h === null || (h.lex.month === undefined && h.lex.hijriMonth === undefined)) return null;
  return monthExpr(cur, first, k, h, { day: d, ...(weekday !== undefined ? { weekday } : {}) }, true);
}

/** An ordinal day word, من and a month (الخامس من يونيو), or غرة and a month. */
export function ordinalExpr(cur: DateCursor, i: number, first: number, h: Hit, weekday: number | undefined): DateExpr | null {
  // An ordinal right after a definite noun is that noun's adjective (الأسبوع الثاني من يونيو).
  if (first === i && cur.isDefiniteNoun(i - 1) && cur.tok(i - 1)!.norm !== TODAY) return null;
  let k = i + h.len;
  if (cur.hit(k)?.lex.of) k++;
  else if (!h.lex.ordinalDirect) return null;
  if (h.lex.ordinalDirect && cur.hit(k)?.lex.monthWord) k++;
  const m = cur.hit(k);
  if (m === null || (m.lex.month === undefined && m.lex.hijriMonth === undefined)) return null;
  return monthExpr(cur, first, k, m, { day: h.lex.ordinal!, ...(weekday !== undefined ? { weekday } : {}) }, true);
}

/** d/m/yyyy, d-m-yyyy, yyyy-mm-dd, yyyy/mm/dd, or one token 08.06.2023. */
export function numericDateExpr(cur: DateCursor, i: number, first: number): DateExpr | null {
  const t = cur.tok(i)!;
  let parts: string[];
  let last: number;
  const dotted = asciiDigits(t.text).split('.');
  if (dotted.length === 3) {
    parts = dotted;
    last = i + 1;
  } else {
    const sep = cur.tok(i + 1);
    if (sep === undefined || (sep.text !== '/' && sep.text !== '-') || sep.start !== t.end) return null;
    const b = cur.tok(i + 2);
    const sep2 = cur.tok(i + 3);
    const c = cur.tok(i + 4);
    if (b?.kind !== 'number' || sep2?.text !== sep.text || c?.kind !== 'number') return null;
    if (b.start !== sep.end || sep2.start !== b.end || c.start !== sep2.end) return null;
    parts = [t.norm, b.norm, c.norm];
    last = i + 5;
  }
  if (parts.some((p) => !/^\d+$/u.test(p))) return null;
  const [a, b, c] = parts.map(Number) as [number, number, number];
  let y: number;
  let mo: number;
  let d: number;
  if (parts[0]!.length === 4) [y, mo, d] = [a, b, c];
  else if (parts[2]!.length === 4) {
    y = c;
    // Arabic outlets write day first; month first only when the day cannot be a month.
    if (b > 12 && a <= 12) [d, mo] = [b, a];
    else [d, mo] = [a, b];
  } else return null;
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  let calendar: 'gregorian' | 'hijri' = 'gregorian';
  const era = cur.hit(last);
  if (era?.lex.hijriEra || (y >= CAL.HIJRI_YEAR_MIN && y <= CAL.HIJRI_YEAR_MAX)) calendar = 'hijri';
  if (era !== null && (era.lex.hijriEra || era.lex.gregorianEra) && !era.clitic) last += era.len;
  if (calendar === 'hijri' ? y < CAL.HIJRI_YEAR_MIN || y > CAL.HIJRI_YEAR_MAX : y < CAL.GREGORIAN_YEAR_MIN || y > CAL.GREGORIAN_YEAR_MAX) return null;
  return { first, last, calendar, day: d, month: mo, year: y, numeric: true };
}
