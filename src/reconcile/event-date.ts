// The day of a story's event, from all its reports together. A report's own evidence is its
// event date (StoryDoc.eventDate, with the mention or publication that gave it) or, when it
// has none, a weekday in its lead ("اليوم الخميس", "يوم الاثنين"): a weekday means one of
// the days the story's dated reports give, the one that falls on it. When the story is
// dated to the day and no day of its span falls on the weekday, the report contradicts it:
// a weekday conflict, reported with the reports on each side. Reports of other stories that
// recall this event (event-context.ts) give a date too: an undated story gets its month so.
import type { StoredDoc } from '../types.js';
import type { Evidence, ReconciledFact, StoryEvent, DatePrecisionOut } from './types.js';
import { WEEKDAYS } from '../lang/ar/calendar.js';
import { dateRange, MAX_EVENT_GAP_DAYS } from '../cluster/story-dates.js';
import { PhraseTable } from './event-words.js';
import { evidenceAt, type EventDoc, type RecallEvidence } from './event-context.js';

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

const weekdayTable = new PhraseTable<number>(WEEKDAYS);

const weekdayOf = (dayNumber: number): number => (((dayNumber + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday.
const isoOf = (dayNumber: number): string => new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
const isDay = (v: string | null): v is string => v !== null && /^\d{4}-\d{2}-\d{2}$/u.test(v);

/** What one report says of its event's day. */
interface Statement {
  doc: string;
  /** Its own date (day or month), or null; `written` when its lead states it (not the publication date). */
  date: { value: string; evidence: Evidence; written: boolean } | null;
  /** The days its lead states, when they make one span of at most MAX_EVENT_GAP_DAYS (a two-day meeting). */
  span: [number, number] | null;
  /** A weekday it writes in its lead (0 = Sunday), or null. */
  weekday: { day: number; evidence: Evidence } | null;
}

/** Evidence for a report's event date: the lead mention giving it, else any, else the publication line. */
function dateEvidence(d: StoredDoc, value: string, lead: number): Evidence {
  const ds = (d.extraction?.dates ?? []).filter((m) => m.value === value);
  const m = ds.find((x) => x.start < lead) ?? ds[0];
  if (m) return evidenceAt(d, m.start, m.end);
  // Published from a line the cleaner removed: no offset in the body, the evidence says how.
  const how = d.extraction?.published?.evidence ?? value;
  return { doc: d.id, text: how, start: 0, end: 0, sentence: { start: 0, end: 0, text: how } };
}

/**
 * A report's own day: the first day its lead states (outside sentences recalling another
 * event), else its event date estimate (often its publication date, which may be the day
 * after: such a date supports the story's date but never contradicts it).
 */
function statementOf(e: EventDoc): Statement {
  const leadDays = (e.doc.extraction?.dates ?? []).filter((m) => m.start < e.lead && !e.recallSentences.has(m.start) && isDay(m.value));
  const stated = leadDays[0];
  const own = stated ? stated.value! : e.features.eventDate;
  const date = own !== null ? { value: own, evidence: dateEvidence(e.doc, own, e.lead), written: stated !== undefined } : null;
  const days = leadDays.map((m) => dateRange(m.value)!.lo);
  const span: Statement['span'] = days.length > 1 && Math.max(...days) - Math.min(...days) <= MAX_EVENT_GAP_DAYS ? [Math.min(...days), Math.max(...days)] : null;
  let weekday: Statement['weekday'] = null;
  for (const m of e.doc.extraction?.dates ?? []) {
    if (m.start >= e.lead || m.precision !== 'day' || e.recallSentences.has(m.start)) continue;
    // A weekday of another day than the report's own (the day before a statement) is not its event's.
    if (m.value !== null && m.value !== own) continue;
    const hit = weekdayTable.findIn(m.text)[0];
    if (!hit) continue;
    weekday = { day: hit.value, evidence: evidenceAt(e.doc, m.start, m.end) };
    break;
  }
  return { doc: e.id, date, weekday, span };
}

function countBest(values: readonly string[]): string | null {
  const n = new Map<string, number>();
  for (const v of values) n.set(v, (n.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, c] of n) if (best === null || c > n.get(best)! || (c === n.get(best)! && v < best)) best = v;
  return best;
}

type FactReport = ReconciledFact['reports'][number];

/** A fact over statements: agreed, compatible (a month holding the day) or in conflict with sides. */
function fact(kind: 'date' | 'weekday', reports: FactReport[], copyOf: ReadonlyMap<string, string>, spans: ReadonlyArray<[number, number]> = []): ReconciledFact {
  const values = [...new Set(reports.map((r) => String(r.value)))].sort();
  // Two days one report gives as the span of the event (opened Monday, closed Tuesday) agree.
  const spanned = (a: string, b: string): boolean => {
    const [x, y] = [dateRange(a), dateRange(b)];
    return x !== null && y !== null && spans.some(([lo, hi]) => lo <= x.lo && x.hi <= hi && lo <= y.lo && y.hi <= hi);
  };
  const compatible = values.every((a) => values.every((b) => a.startsWith(b) || b.startsWith(a) || spanned(a, b)));
  const status = values.length === 1 ? 'agreed' : compatible && kind === 'date' ? 'compatible' : 'conflict';
  const longest = values.reduce((a, b) => (b.length > a.length ? b : a), values[0] ?? '');
  const out: ReconciledFact = {
    kind,
    value: status === 'conflict' ? null : longest,
    unit: null,
    subject: null,
    status,
    sources: new Set(reports.map((r) => copyOf.get(r.doc) ?? r.doc)).size,
    reports,
  };
  if (status === 'conflict') {
    out.sides = values.map((v) => ({ value: v, docs: [...new Set(reports.filter((r) => String(r.value) === v).map((r) => r.doc))].sort() }));
    out.sides.sort((a, b) => b.docs.length - a.docs.length || (a.value < b.value ? -1 : 1));
  }
  return out;
}

export interface DateOutcome {
  date: StoryEvent['date'];
  facts: ReconciledFact[];
}

/** The story's event date and its date and weekday facts. `copyOf` maps a copy to its original. */
export function reconcileDate(docs: readonly EventDoc[], recalls: readonly RecallEvidence[], copyOf: ReadonlyMap<string, string> = new Map()): DateOutcome {
  const statements = docs.map(statementOf);
  const recalled = recalls.map((r) => ({ value: r.date, evidence: evidenceAt(r.doc, r.mention.start, r.mention.end) }));
  const dated = [...statements.flatMap((s) => (s.date ? [{ doc: s.doc, ...s.date }] : [])), ...recalled.map((r) => ({ doc: r.evidence.doc, ...r }))];
  const days = dated.filter((d) => isDay(d.value));
  const day = countBest(days.map((d) => d.value));
  const span = days.map((d) => dateRange(d.value)!.lo);
  const lo = Math.min(...span);
  const hi = Math.max(...span);

  // A weekday-only report: the day of the span falling on its weekday, nearest the story's day.
  const supporting: Evidence[] = [];
  for (const s of statements) {
    if (s.date !== null || s.weekday === null || day === null) continue;
    const target = dateRange(day)!.lo;
    let hit: number | null = null;
    for (let n = lo; n <= hi; n++) if (weekdayOf(n) === s.weekday.day && (hit === null || Math.abs(n - target) < Math.abs(hit - target))) hit = n;
    if (hit !== null && isoOf(hit) === day) supporting.push(s.weekday.evidence);
  }

  let value: string | null = day;
  let precision: DatePrecisionOut = 'day';
  if (value === null) {
    const months = dated.map((d) => d.value.slice(0, 7)).filter((v) => /^\d{4}-\d{2}$/u.test(v));
    value = countBest(months);
    precision = 'month';
  }
  if (value === null) {
    const years = docs.map((e) => e.doc.extraction?.published).filter((p) => p && p.precision === 'year').map((p) => p!.date.slice(0, 4));
    value = countBest(years);
    precision = 'year';
  }
  const date: StoryEvent['date'] =
    value === null
      ? null
      : {
          value: { value, precision },
          reports: [...dated.filter((d) => d.value.startsWith(value!) || value!.startsWith(d.value)).map((d) => d.evidence), ...supporting],
        };

  const facts: ReconciledFact[] = [];
  // The date fact compares what reports write; a date taken from the publication line joins
  // only when no report writes one.
  const spans = statements.flatMap((s) => (s.span ? [s.span] : []));
  const written = [...statements.flatMap((s) => (s.date?.written ? [{ doc: s.doc, ...s.date }] : [])), ...recalled.map((r) => ({ doc: r.evidence.doc, ...r }))];
  const compared = written.length > 0 ? written : dated;
  if (compared.length > 0) facts.push(fact('date', compared.map((d) => ({ ...d.evidence, value: d.value })), copyOf, spans));
  // Weekdays: the written ones, and the one a report's own day implies (8 June 2023 is a Thursday).
  const weekdays: FactReport[] = [];
  for (const s of statements) {
    if (s.weekday) weekdays.push({ ...s.weekday.evidence, value: WEEKDAY_NAMES[s.weekday.day]! });
    else if (s.date?.written && isDay(s.date.value)) weekdays.push({ ...s.date.evidence, value: WEEKDAY_NAMES[weekdayOf(dateRange(s.date.value)!.lo)]! });
  }
  if (statements.some((s) => s.weekday !== null)) {
    const f = fact('weekday', weekdays, copyOf);
    // Weekdays that all fall within a multi-day span do not contradict each other.
    if (f.status === 'conflict' && day !== null && hi > lo) {
      const inSpan = new Set<string>();
      for (let n = lo; n <= hi; n++) inSpan.add(WEEKDAY_NAMES[weekdayOf(n)]!);
      if (weekdays.every((w) => inSpan.has(String(w.value)))) {
        f.status = 'compatible';
        delete f.sides;
      } else {
        // The reports naming days of the span are one side (a two-day meeting opens Monday
        // and closes Tuesday); each weekday outside it is a side of its own.
        const within = [...new Set(weekdays.filter((w) => inSpan.has(String(w.value))).map((w) => w.doc))].sort();
        const label = WEEKDAY_NAMES.filter((n) => weekdays.some((w) => w.value === n && inSpan.has(n))).join('–');
        const outside = (f.sides ?? []).filter((x) => !inSpan.has(String(x.value)));
        f.sides = [...(within.length > 0 ? [{ value: label, docs: within }] : []), ...outside];
      }
    }
    facts.push(f);
  }
  return { date, facts };
}
