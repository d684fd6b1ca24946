// The date parser: one left-to-right pass over tokens. Each token (or run of up to three,
// for كانون الثاني, الحادي والعشرين, أول من أمس) is looked up once in the date lexicon
// (date-lexicon.ts, a Map built from src/lang/ar/calendar.ts). A date expression is read
// from its first word with a bounded look-ahead, and the pass resumes after it, so
// expressions never overlap.
//
// The token cursor is date-cursor.ts; dates written with a month or as numbers are read in
// date-parse-calendar.ts, weekdays, day words and seasons in date-parse-relative.ts.
import type { Token } from '../types.js';
import * as CAL from '../lang/ar/calendar.js';
import type { Relation } from '../lang/ar/calendar.js';
import { GENERAL, YEAR_NOUN, type Unit } from './date-lexicon.js';
import { DateCursor } from './date-cursor.js';
import type { DateExpr } from './date-expr.js';
import { dayNumberExpr, monthExpr, ordinalExpr, yearNumber } from './date-parse-calendar.js';
import { dayOffsetExpr, seasonExpr, weekdayExpr } from './date-parse-relative.js';

export type { DateExpr, Relation, Unit };

export class DateParser extends DateCursor {
  /** Every date expression of the token stream, left to right, never overlapping. */
  parseAll(): DateExpr[] {
    const out: DateExpr[] = [];
    for (let i = 0; i < this.toks.length; ) {
      const e = this.parseAt(i);
      if (e !== null) {
        out.push(e);
        i = e.last;
      } else i++;
    }
    return out;
  }

  parseAt(i: number): DateExpr | null {
    const t = this.tok(i);
    if (t === undefined) return null;
    if (t.kind === 'number') return dayNumberExpr(this, i, i, undefined);
    const h = this.hit(i);
    if (h === null) return null;
    const L = h.lex;
    if (L.dayOffset !== undefined) return dayOffsetExpr(this, i, h);
    if (L.dayWord) {
      const n = this.hit(i + 1);
      if (n?.lex.weekday !== undefined) return weekdayExpr(this, i, i + 1, n, true);
      if (this.numberAt(i + 1) !== null) return dayNumberExpr(this, i + 1, i, undefined);
      return null;
    }
    if (L.weekday !== undefined) return weekdayExpr(this, i, i, h, false);
    if (L.ordinal !== undefined) return ordinalExpr(this, i, i, h, undefined);
    if (L.monthWord) {
      const n = this.hit(i + 1);
      if (n !== null && (n.lex.month !== undefined || n.lex.hijriMonth !== undefined)) return monthExpr(this, i, i + 1, n, {}, true);
      return null;
    }
    if (L.month !== undefined || L.hijriMonth !== undefined) return monthExpr(this, i, i, h, {}, false);
    if (L.season !== undefined) return seasonExpr(this, i, h);
    if (L.thisWord) {
      const n = this.hit(i + 1);
      if (n?.lex.unit !== undefined) {
        return { first: i, last: i + 1 + n.len, calendar: 'gregorian', unit: n.lex.unit, rel: 'current' };
      }
      return null;
    }
    if (L.yearWord || L.unit !== undefined) {
      const y = yearNumber(this, i + h.len, 'gregorian', true);
      if (L.yearWord && y !== null) return { first: i, last: y.last, calendar: y.calendar, year: y.year };
      const r = this.hit(i + h.len);
      if (L.unit !== undefined && r?.lex.rel !== undefined) {
        // العام after الأمين, المدعي ... is the adjective "general" (الأمين العام الحالي).
        if (t.norm === YEAR_NOUN && GENERAL.has(this.tok(i - 1)?.norm ?? '')) return null;
        return { first: i, last: i + h.len + r.len, calendar: 'gregorian', unit: L.unit, rel: r.lex.rel };
      }
      return null;
    }
    if (L.yearPrep) {
      const n = this.numberAt(i + h.len);
      const next = this.hit(i + h.len + 1);
      if (n !== null && n >= CAL.BARE_YEAR_MIN && n <= CAL.GREGORIAN_YEAR_MAX && this.tok(i + h.len)!.text.length === 4 && !next?.lex.of) {
        const y = yearNumber(this, i + h.len, 'gregorian', false);
        if (y !== null) return { first: i + h.len, last: y.last, calendar: y.calendar, year: y.year };
      }
    }
    return null;
  }
}

/** The date expressions of a token stream. */
export function parseDates(tokens: readonly Token[]): DateExpr[] {
  return new DateParser(tokens).parseAll();
}
