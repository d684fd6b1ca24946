// Calendar arithmetic for the date extractor: days counted from 1970-01-01 (UTC), ISO
// strings to a precision, weekdays, and the Hijri (Umm al-Qura) calendar through the
// runtime's Intl, inverted by searching Gregorian days and cached per Hijri month.

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a Gregorian date, or null when the date does not exist. */
export function dayNumber(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return Math.round(t.getTime() / DAY_MS);
}

export function daysInMonth(y: number, m: number): number {
  const t = new Date(0);
  t.setUTCFullYear(y, m, 0);
  return t.getUTCDate();
}

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function fromDayNumber(n: number): Ymd {
  const t = new Date(n * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** 0 = Sunday .. 6 = Saturday. */
export function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

export function isoDay(n: number): string {
  const { y, m, d } = fromDayNumber(n);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

export function isoMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}`;
}

export function isoYear(y: number): string {
  return pad(y, 4);
}

/** A parsed ISO date of precision year, month or day ("2022", "2022-05", "2022-05-11"). */
export interface IsoParts {
  y: number;
  m?: number;
  d?: number;
}

export function parseIso(s: string): IsoParts | null {
  const parts = s.trim().split('-');
  if (parts.length < 1 || parts.length > 3 || parts.some((p) => !/^\d+$/u.test(p))) return null;
  const [y, m, d] = parts.map(Number) as [number, number?, number?];
  if (m !== undefined && (m < 1 || m > 12)) return null;
  if (d !== undefined && dayNumber(y, m!, d) === null) return null;
  return { y, m, d };
}

export const WEEKDAY_NAMES_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTH_NAMES_EN = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December',
];

// ---- Hijri (Umm al-Qura) through Intl ----

let hijriFormat: Intl.DateTimeFormat | null | undefined;

function formatter(): Intl.DateTimeFormat | null {
  if (hijriFormat === undefined) {
    try {
      const f = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
        timeZone: 'UTC',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
      });
      hijriFormat = f.resolvedOptions().calendar === 'islamic-umalqura' ? f : null;
    } catch {
      hijriFormat = null;
    }
  }
  return hijriFormat;
}

/** Whether the runtime's Intl knows the Umm al-Qura calendar. */
export function hijriAvailable(): boolean {
  return formatter() !== null;
}

/** The Hijri date of a day number, or null when Intl lacks the calendar. */
export function toHijri(n: number): Ymd | null {
  const f = formatter();
  if (f === null) return null;
  let y = 0;
  let m = 0;
  let d = 0;
  for (const p of f.formatToParts(new Date(n * DAY_MS))) {
    if (p.type === 'year') y = parseInt(p.value, 10);
    else if (p.type === 'month') m = parseInt(p.value, 10);
    else if (p.type === 'day') d = parseInt(p.value, 10);
  }
  return y > 0 && m > 0 && d > 0 ? { y, m, d } : null;
}

const monthStarts = new Map<number, number | null>();

/** Day number of 1 hm hy (Hijri), or null when Intl lacks the calendar. Cached. */
export function hijriMonthStart(hy: number, hm: number): number | null {
  const key = hy * 12 + (hm - 1);
  const hit = monthStarts.get(key);
  if (hit !== undefined) return hit;
  let result: number | null = null;
  if (formatter() !== null) {
    // Estimate from the mean lunar month, then walk: forward past a month's end when
    // early, back to the previous month's last day when late. A few steps at most.
    const epoch = -492_148; // 1 Muharram 1 AH (16 July 622 Julian, 19 July proleptic Gregorian)
    let n = Math.round(epoch + (key - 12) * 29.530588853);
    for (let step = 0; step < 40; step++) {
      const h = toHijri(n);
      if (h === null) break;
      const at = h.y * 12 + (h.m - 1);
      if (at === key) {
        result = n - (h.d - 1);
        break;
      }
      n = at < key ? n + (31 - h.d) : n - h.d;
    }
  }
  monthStarts.set(key, result);
  return result;
}

/** Days in a Hijri month (29 or 30), or null. */
export function hijriMonthLength(hy: number, hm: number): number | null {
  const a = hijriMonthStart(hy, hm);
  const b = hm === 12 ? hijriMonthStart(hy + 1, 1) : hijriMonthStart(hy, hm + 1);
  return a === null || b === null ? null : b - a;
}

/** Day number of a Hijri date, or null when it does not exist or Intl lacks the calendar. */
export function hijriDayNumber(hy: number, hm: number, hd: number): number | null {
  if (hm < 1 || hm > 12 || hd < 1) return null;
  const len = hijriMonthLength(hy, hm);
  if (len === null || hd > len) return null;
  return hijriMonthStart(hy, hm)! + hd - 1;
}
