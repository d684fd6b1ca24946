// The date parser: one left-to-right pass over tokens. Each token (or run of up to three,
// for كانون الثاني, الحادي والعشرين, أول من أمس) is looked up once in the date lexicon
// (date-lexicon.ts, a Map built from src/lang/ar/calendar.ts). A date expression is read
// from its first word with a bounded look-ahead, and the pass resumes after it, so
// expressions never overlap.
import type { Token } from '../types.js';
import * as CAL from '../lang/ar/calendar.js';
import type { Relation } from '../lang/ar/calendar.js';
import {
  BCE,
  DAY_PARTS,
  EVENT_HEADS,
  GENERAL,
  MONTH_PREPS,
  PUNCT_ALT,
  PUNCT_BEFORE_DAY,
  PUNCT_CLOSE,
  PUNCT_COMMA,
  TODAY,
  TODAY_BLOCK_BEFORE,
  WEEKDAY_BLOCK_AFTER,
  WEEKDAY_BLOCK_BEFORE,
  YEAR_NOUN,
  asciiDigits,
  lookupPhrase,
  variants,
  type Hit,
  type Unit,
} from './date-lexicon.js';

export type { Relation, Unit };

/** A date expression as written, before resolution. Token indexes are [first, last). */
export interface DateExpr {
  first: number;
  last: number;
  calendar: 'gregorian' | 'hijri';
  day?: number;
  month?: number;
  /** A year written in the text. */
  year?: number;
  /** The year given as العام الماضي / الحالي / المقبل (يونيو من العام الماضي). */
  yearRel?: Relation;
  weekday?: number;
  /** الماضي / المقبل / الحالي after a month, weekday, season or unit. */
  rel?: Relation;
  /** اليوم 0, أمس -1, أول أمس -2, غدا 1, بعد غد 2. */
  dayOffset?: number;
  unit?: Unit;
  season?: number;
  /** Written as digits with separators (8/6/2023). */
  numeric?: boolean;
  /** A day and month naming an event or movement (ثورة 25 يناير): no year to take from the reference. */
  eventName?: boolean;
}

export class DateParser {
  private readonly hits: Array<Hit | null | undefined>;

  constructor(private readonly toks: readonly Token[]) {
    this.hits = new Array<Hit | null | undefined>(toks.length);
  }

  /** The longest lexicon phrase starting at token i (memoized). */
  hit(i: number): Hit | null {
    if (i < 0 || i >= this.toks.length) return null;
    let h = this.hits[i];
    if (h === undefined) this.hits[i] = h = lookupPhrase(this.toks, i);
    return h;
  }

  private tok(i: number): Token | undefined {
    return this.toks[i];
  }

  private isPunct(i: number, set: ReadonlySet<string>): boolean {
    const t = this.toks[i];
    return t !== undefined && (t.kind === 'punct' || t.kind === 'symbol') && set.has(t.text);
  }

  private numberAt(i: number): number | null {
    const t = this.toks[i];
    if (t === undefined || t.kind !== 'number' || !/^\d+$/u.test(t.norm)) return null;
    return parseInt(t.norm, 10);
  }

  /** A definite word (الـ after any proclitic) that is not a weekday: a noun an ordinal or اليوم would qualify. */
  private isDefiniteNoun(i: number): boolean {
    const t = this.toks[i];
    if (t === undefined || t.kind !== 'word') return false;
    const h = this.hit(i);
    if (h !== null && (h.lex.weekday !== undefined || h.lex.rel !== undefined)) return false;
    return variants(t.norm).some((v) => v.startsWith('ال') && v.length > 3);
  }

  /** Does a before-the-Common-Era marker (ق.م, قبل الميلاد) start at token i? */
  private bceAt(i: number): boolean {
    return BCE.some((m) => m.every((norm, k) => this.toks[i + k]?.norm === norm));
  }

  /** Is token i a preposition that introduces a month (في, منذ, وحتى ...)? */
  private introducesMonth(i: number): boolean {
    const t = this.toks[i];
    if (t === undefined || t.kind !== 'word') return false;
    if (MONTH_PREPS.has(t.norm)) return true;
    return (t.norm.startsWith('و') || t.norm.startsWith('ف')) && MONTH_PREPS.has(t.norm.slice(1));
  }

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
    if (t.kind === 'number') return this.numberStart(i, i, undefined);
    const h = this.hit(i);
    if (h === null) return null;
    const L = h.lex;
    if (L.dayOffset !== undefined) return this.dayOffset(i, h);
    if (L.dayWord) {
      const n = this.hit(i + 1);
      if (n?.lex.weekday !== undefined) return this.weekday(i, i + 1, n, true);
      if (this.numberAt(i + 1) !== null) return this.numberStart(i + 1, i, undefined);
      return null;
    }
    if (L.weekday !== undefined) return this.weekday(i, i, h, false);
    if (L.ordinal !== undefined) return this.ordinal(i, i, h, undefined);
    if (L.monthWord) {
      const n = this.hit(i + 1);
      if (n !== null && (n.lex.month !== undefined || n.lex.hijriMonth !== undefined)) return this.month(i, i + 1, n, {}, true);
      return null;
    }
    if (L.month !== undefined || L.hijriMonth !== undefined) return this.month(i, i, h, {}, false);
    if (L.season !== undefined) return this.season(i, h);
    if (L.thisWord) {
      const n = this.hit(i + 1);
      if (n?.lex.unit !== undefined) {
        return { first: i, last: i + 1 + n.len, calendar: 'gregorian', unit: n.lex.unit, rel: 'current' };
      }
      return null;
    }
    if (L.yearWord || L.unit !== undefined) {
      const y = this.yearNumber(i + h.len, 'gregorian', true);
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
        const y = this.yearNumber(i + h.len, 'gregorian', false);
        if (y !== null) return { first: i + h.len, last: y.last, calendar: y.calendar, year: y.year };
      }
    }
    return null;
  }

  /**
   * A year number at i (with an optional era word after it). Gregorian years need
   * GREGORIAN_YEAR_MIN..MAX; a number in the Hijri range is Hijri when the calendar is
   * Hijri or an era word هـ follows.
   */
  private yearNumber(i: number, calendar: 'gregorian' | 'hijri', allowHijriSwitch: boolean): { year: number; last: number; calendar: 'gregorian' | 'hijri' } | null {
    const n = this.numberAt(i);
    if (n === null || this.tok(i)!.text.length > 4 || this.bceAt(i + 1)) return null;
    const era = this.hit(i + 1);
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
  private yearPart(i: number, calendar: 'gregorian' | 'hijri'): { year?: number; yearRel?: Relation; last: number } | null {
    let k = i;
    if (this.isPunct(k, PUNCT_COMMA) && this.tok(k + 1)?.kind === 'number') k++;
    const direct = this.yearNumber(k, calendar, false);
    if (direct !== null) return { year: direct.year, last: direct.last };
    if (this.hit(k)?.lex.of) k++;
    const h = this.hit(k);
    if (h === null) return null;
    if (h.lex.yearWord) {
      const y = this.yearNumber(k + h.len, calendar, false);
      if (y !== null) return { year: y.year, last: y.last };
    }
    if (h.lex.unit === 'year') {
      const r = this.hit(k + h.len);
      if (r?.lex.rel !== undefined) return { yearRel: r.lex.rel, last: k + h.len + r.len };
    }
    if (h.lex.thisWord) {
      const u = this.hit(k + h.len);
      if (u?.lex.unit === 'year') return { yearRel: 'current', last: k + h.len + u.len };
    }
    return null;
  }

  /**
   * A month name at m (possibly with a second naming: شباط / فبراير, حزيران (يونيو)), then
   * a year or a relative word. `strong`: a day or the word شهر came before, so an
   * ambiguous name (مارس, رمضان) is a month whatever follows.
   */
  private month(first: number, m: number, h: Hit, base: Partial<DateExpr>, strong: boolean): DateExpr | null {
    const hijri = h.lex.month === undefined;
    const calendar = hijri ? 'hijri' : 'gregorian';
    const month = hijri ? h.lex.hijriMonth! : h.lex.month!;
    let k = m + h.len;
    // A second naming of the same month.
    if (this.isPunct(k, PUNCT_ALT)) {
      const alt = this.hit(k + 1);
      if (alt !== null && (hijri ? alt.lex.hijriMonth : alt.lex.month) === month) {
        k = k + 1 + alt.len;
        if (this.isPunct(k, PUNCT_CLOSE)) k++;
      }
    }
    const e: DateExpr = { ...base, first, last: k, calendar, month };
    if (base.day !== undefined && EVENT_HEADS.has(this.tok(first - 1)?.norm ?? '')) e.eventName = true;
    const yp = this.yearPart(k, calendar);
    if (yp !== null) {
      if (yp.year !== undefined) e.year = yp.year;
      if (yp.yearRel !== undefined) e.yearRel = yp.yearRel;
      e.last = yp.last;
    } else {
      const r = this.hit(k);
      if (r?.lex.rel !== undefined) {
        e.rel = r.lex.rel;
        e.last = k + r.len;
      } else if (!strong && (h.lex.ambiguousMonth || !(h.clitic || this.introducesMonth(m - 1)))) return null;
    }
    return e;
  }

  /** A day number at i (or a numeric date), then من and a month. `first` may be earlier (يوم, a weekday). */
  private numberStart(i: number, first: number, weekday: number | undefined): DateExpr | null {
    const numeric = this.numericDate(i, first);
    if (numeric !== null) {
      if (weekday !== undefined) numeric.weekday = weekday;
      return numeric;
    }
    const d = this.numberAt(i);
    if (d === null || d < 1 || d > 31 || this.tok(i)!.text.length > 2) return null;
    let k = i + 1;
    if (this.hit(k)?.lex.of) k++;
    const h = this.hit(k);
    if (h === null || (h.lex.month === undefined && h.lex.hijriMonth === undefined)) return null;
    return this.month(first, k, h, { day: d, ...(weekday !== undefined ? { weekday } : {}) }, true);
  }

  /** An ordinal day word, من and a month (الخامس من يونيو), or غرة and a month. */
  private ordinal(i: number, first: number, h: Hit, weekday: number | undefined): DateExpr | null {
    // An ordinal right after a definite noun is that noun's adjective (الأسبوع الثاني من يونيو).
    if (first === i && this.isDefiniteNoun(i - 1) && this.tok(i - 1)!.norm !== TODAY) return null;
    let k = i + h.len;
    if (this.hit(k)?.lex.of) k++;
    else if (!h.lex.ordinalDirect) return null;
    if (h.lex.ordinalDirect && this.hit(k)?.lex.monthWord) k++;
    const m = this.hit(k);
    if (m === null || (m.lex.month === undefined && m.lex.hijriMonth === undefined)) return null;
    return this.month(first, k, m, { day: h.lex.ordinal!, ...(weekday !== undefined ? { weekday } : {}) }, true);
  }

  /** d/m/yyyy, d-m-yyyy, yyyy-mm-dd, yyyy/mm/dd, or one token 08.06.2023. */
  private numericDate(i: number, first: number): DateExpr | null {
    const t = this.tok(i)!;
    let parts: string[];
    let last: number;
    const dotted = asciiDigits(t.text).split('.');
    if (dotted.length === 3) {
      parts = dotted;
      last = i + 1;
    } else {
      const sep = this.tok(i + 1);
      if (sep === undefined || (sep.text !== '/' && sep.text !== '-') || sep.start !== t.end) return null;
      const b = this.tok(i + 2);
      const sep2 = this.tok(i + 3);
      const c = this.tok(i + 4);
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
    const era = this.hit(last);
    if (era?.lex.hijriEra || (y >= CAL.HIJRI_YEAR_MIN && y <= CAL.HIJRI_YEAR_MAX)) calendar = 'hijri';
    if (era !== null && (era.lex.hijriEra || era.lex.gregorianEra) && !era.clitic) last += era.len;
    if (calendar === 'hijri' ? y < CAL.HIJRI_YEAR_MIN || y > CAL.HIJRI_YEAR_MAX : y < CAL.GREGORIAN_YEAR_MIN || y > CAL.GREGORIAN_YEAR_MAX) return null;
    return { first, last, calendar, day: d, month: mo, year: y, numeric: true };
  }

  /** A weekday at w (يوم before it when first < w), then a date, a relative word, or nothing. */
  private weekday(first: number, w: number, h: Hit, cued: boolean): DateExpr | null {
    const wd = h.lex.weekday!;
    if (!cued && h.lex.ambiguousWeekday) {
      const prev = this.tok(first - 1);
      const next = this.tok(w + h.len);
      if (prev !== undefined && WEEKDAY_BLOCK_BEFORE.has(prev.norm)) return null;
      if (next !== undefined && WEEKDAY_BLOCK_AFTER.has(next.norm)) return null;
    }
    const dated = this.dateAfterWeekday(w + h.len, first, wd);
    if (dated !== null) return dated;
    const e: DateExpr = { first, last: w + h.len, calendar: 'gregorian', weekday: wd };
    const r = this.hit(e.last);
    if (r?.lex.rel !== undefined) {
      e.rel = r.lex.rel;
      e.last += r.len;
    }
    return e;
  }

  /** A day-and-month date right after a weekday: الخميس 8 يونيو, الخميس، 8 يونيو, الخميس الموافق 8 يونيو. */
  private dateAfterWeekday(k: number, first: number, wd: number): DateExpr | null {
    for (let skip = 0; skip <= 2; skip++) {
      const t = this.tok(k);
      if (t === undefined) return null;
      if (t.kind === 'number') return this.numberStart(k, first, wd);
      const h = this.hit(k);
      if (h?.lex.ordinal !== undefined) return this.ordinal(k, first, h, wd);
      if (h?.lex.equivalence || this.isPunct(k, PUNCT_BEFORE_DAY)) {
        k += h?.lex.equivalence ? h.len : 1;
        continue;
      }
      return null;
    }
    return null;
  }

  /** اليوم, أمس, غدا ..., with the weekday that often follows (اليوم الخميس) and a date after that. */
  private dayOffset(i: number, h: Hit): DateExpr | null {
    const offset = h.lex.dayOffset!;
    if (offset === 0) {
      const prev = this.tok(i - 1);
      if (prev !== undefined && TODAY_BLOCK_BEFORE.has(prev.norm)) return null;
    }
    let k = i + h.len;
    if (this.isPunct(k, PUNCT_COMMA)) k++;
    const w = this.hit(k);
    if (h.lex.cuedOffset && w?.lex.weekday === undefined && !DAY_PARTS.has(this.tok(i - 1)?.norm ?? '')) return null;
    if (w?.lex.weekday !== undefined) {
      const dated = this.dateAfterWeekday(k + w.len, i, w.lex.weekday);
      if (dated !== null) return { ...dated, dayOffset: offset };
      return { first: i, last: k + w.len, calendar: 'gregorian', weekday: w.lex.weekday, dayOffset: offset };
    }
    // اليوم before another definite word is "the day" of something (اليوم الأول, اليوم الوطني).
    if (offset === 0 && this.isDefiniteNoun(i + h.len)) return null;
    return { first: i, last: i + h.len, calendar: 'gregorian', dayOffset: offset };
  }

  /** خريف عام 2021, صيف 2020, ربيع العام الماضي; الصيف الماضي, الشتاء المقبل. */
  private season(i: number, h: Hit): DateExpr | null {
    const k = i + h.len;
    if (!h.lex.seasonDefinite) {
      const yp = this.yearPart(k, 'gregorian');
      if (yp === null) return null;
      const e: DateExpr = { first: i, last: yp.last, calendar: 'gregorian', season: h.lex.season! };
      if (yp.year !== undefined) e.year = yp.year;
      if (yp.yearRel !== undefined) e.yearRel = yp.yearRel;
      return e;
    }
    const r = this.hit(k);
    if (r?.lex.rel === undefined) return null;
    return { first: i, last: k + r.len, calendar: 'gregorian', season: h.lex.season!, rel: r.lex.rel };
  }
}

/** The date expressions of a token stream. */
export function parseDates(tokens: readonly Token[]): DateExpr[] {
  return new DateParser(tokens).parseAll();
}
