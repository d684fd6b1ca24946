// Dates read relative to the report's date: weekdays (الخميس الماضي، يوم الخميس 8 يونيو),
// day words (اليوم، أمس، بعد غد) and seasons (الصيف الماضي، خريف عام 2021).
import { DAY_PARTS, PUNCT_BEFORE_DAY, PUNCT_COMMA, TODAY_BLOCK_BEFORE, WEEKDAY_BLOCK_AFTER, WEEKDAY_BLOCK_BEFORE, type Hit } from './date-lexicon.js';
import type { DateCursor } from './date-cursor.js';
import type { DateExpr } from './date-expr.js';
import { dayNumberExpr, ordinalExpr, yearPart } from './date-parse-calendar.js';

/** A weekday at w (يوم before it when first < w), then a date, a relative word, or nothing. */
export function weekdayExpr(cur: DateCursor, first: number, w: number, h: Hit, cued: boolean): DateExpr | null {
  const wd = h.lex.weekday!;
  if (!cued && h.lex.ambiguousWeekday) {
    const prev = cur.tok(first - 1);
    const next = cur.tok(w + h.len);
    if (prev !== undefined && WEEKDAY_BLOCK_BEFORE.has(prev.norm)) return null;
    if (next !== undefined && WEEKDAY_BLOCK_AFTER.has(next.norm)) return null;
  }
  const dated = dateAfterWeekday(cur, w + h.len, first, wd);
  if (dated !== null) return dated;
  const e: DateExpr = { first, last: w + h.len, calendar: 'gregorian', weekday: wd };
  const r = cur.hit(e.last);
  if (r?.lex.rel !== undefined) {
    e.rel = r.lex.rel;
    e.last += r.len;
  }
  return e;
}

/** A day-and-month date right after a weekday: الخميس 8 يونيو, الخميس، 8 يونيو, الخميس الموافق 8 يونيو. */
export function dateAfterWeekday(cur: DateCursor, k: number, first: number, wd: number): DateExpr | null {
  for (let skip = 0; skip <= 2; skip++) {
    const t = cur.tok(k);
    if (t === undefined) return null;
    if (t.kind === 'number') return dayNumberExpr(cur, k, first, wd);
    const h = cur.hit(k);
    if (h?.lex.ordinal !== undefined) return ordinalExpr(cur, k, first, h, wd);
    if (h?.lex.equivalence || cur.isPunct(k, PUNCT_BEFORE_DAY)) {
      k += h?.lex.equivalence ? h.len : 1;
      continue;
    }
    return null;
  }
  return null;
}

/** اليوم, أمس, غدا ..., with the weekday that often follows (اليوم الخميس) and a date after that. */
export function dayOffsetExpr(cur: DateCursor, i: number, h: Hit): DateExpr | null {
  const offset = h.lex.dayOffset!;
  if (offset === 0) {
    const prev = cur.tok(i - 1);
    if (prev !== undefined && TODAY_BLOCK_BEFORE.has(prev.norm)) return null;
  }
  let k = i + h.len;
  if (cur.isPunct(k, PUNCT_COMMA)) k++;
  const w = cur.hit(k);
  if (h.lex.cuedOffset && w?.lex.weekday === undefined && !DAY_PARTS.has(cur.tok(i - 1)?.norm ?? '')) return null;
  if (w?.lex.weekday !== undefined) {
    const dated = dateAfterWeekday(cur, k + w.len, i, w.lex.weekday);
    if (dated !== null) return { ...dated, dayOffset: offset };
    return { first: i, last: k + w.len, calendar: 'gregorian', weekday: w.lex.weekday, dayOffset: offset };
  }
  // اليوم before another definite word is "the day" of something (اليوم الأول, اليوم الوطني).
  if (offset === 0 && cur.isDefiniteNoun(i + h.len)) return null;
  return { first: i, last: i + h.len, calendar: 'gregorian', dayOffset: offset };
}

/** خريف عام 2021, صيف 2020, ربيع العام الماضي; الصيف الماضي, الشتاء المقبل. */
export function seasonExpr(cur: DateCursor, i: number, h: Hit): DateExpr | null {
  const k = i + h.len;
  if (!h.lex.seasonDefinite) {
    const yp = yearPart(cur, k, 'gregorian');
    if (yp === null) return null;
    const e: DateExpr = { first: i, last: yp.last, calendar: 'gregorian', season: h.lex.season! };
    if (yp.year !== undefined) e.year = yp.year;
    if (yp.yearRel !== undefined) e.yearRel = yp.yearRel;
    return e;
  }
  const r = cur.hit(k);
  if (r?.lex.rel === undefined) return null;
  return { first: i, last: k + r.len, calendar: 'gregorian', season: h.lex.season!, rel: r.lex.rel };
}
