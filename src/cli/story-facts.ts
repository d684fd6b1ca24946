// The event block and the facts table of `rasd story`, as text and as JSON. The JSON shape
// is the issue's contract: event {kind, place, date, precision, participants} and facts
// [{kind, value, unit, subject, status, reports: [{document, text, start, end, value}]}];
// each report also carries its sentence (and qualifier, copyOf), and sources (and sides, for
// a conflict) follow, for readers who weigh a fact.
import type { Evidence, ReconciledFact, StoryEvent } from '../reconcile/types.js';
import type { Style } from './format.js';
import { shorten } from './format.js';
import { statement } from '../reconcile/coverage.js';

/** Characters of a quoted sentence in the text output (the JSON has the offsets). */
const SENTENCE_SHOWN = 160;

/** A report's evidence as JSON: the document, the words and their offsets, the sentence. */
const evidenceJson = (r: Evidence) => ({ document: r.doc, text: r.text, start: r.start, end: r.end, sentence: r.sentence });

/**
 * The contract's five keys first; `support` then lists, for each slot, the reports that
 * give it and the sentences they give it in.
 */
export function eventJson(e: StoryEvent) {
  return {
    kind: e.kind?.value ?? null,
    place: e.place?.value.name ?? null,
    date: e.date?.value.value ?? null,
    precision: e.date?.value.precision ?? null,
    participants: e.participants.map((p) => ({ key: p.key, name: p.name, role: p.role, reports: p.reports.map(evidenceJson) })),
    support: {
      kind: (e.kind?.reports ?? []).map(evidenceJson),
      place: (e.place?.reports ?? []).map(evidenceJson),
      date: (e.date?.reports ?? []).map(evidenceJson),
    },
  };
}

export function factsJson(facts: readonly ReconciledFact[]) {
  return facts.map((f) => ({
    kind: f.kind,
    value: f.value,
    unit: f.unit,
    subject: f.subject,
    status: f.status,
    reports: f.reports.map((r) => ({ ...evidenceJson(r), value: r.value, ...(r.qualifier ? { qualifier: r.qualifier } : {}), ...(r.copyOf ? { copyOf: r.copyOf } : {}) })),
    sources: f.sources,
    ...(f.subjectName ? { subjectName: f.subjectName } : {}),
    ...(f.sides ? { sides: f.sides } : {}),
  }));
}

/** A subject key as people read it: the name without its type ('PER:', 'noun:'). */
const subjectText = (k: string | null): string => (k === null ? '—' : k.replace(/^[A-Za-z]+:/, ''));

/** The fact's figure with its unit; a fact without one shows its first report's statement. */
function valueText(f: ReconciledFact): string {
  const r = f.reports[0] as (ReconciledFact['reports'][number] & { min?: number; max?: number }) | undefined;
  const v = f.value !== null ? String(f.value) : r && typeof r.value !== 'string' ? statement({ value: r.value, qualifier: r.qualifier, min: r.min, max: r.max }) : '—';
  if (f.kind === 'place') return `${f.unit} ${v}`; // the relation first: off زوارة
  return f.unit && f.kind !== 'quote' ? `${v} ${f.unit}` : v;
}

export function eventText(e: StoryEvent, s: (style: Style, x: string) => string): string {
  const lines = [s('bold', 'event')];
  lines.push(`  kind: ${e.kind?.value ?? 'unknown'}`);
  lines.push(`  place: ${e.place?.value.name ?? 'unknown'}`);
  lines.push(`  date: ${e.date ? `${e.date.value.value} ${s('dim', `(${e.date.value.precision})`)}` : 'unknown'}`);
  if (e.participants.length) lines.push(`  participants: ${e.participants.map((p) => `${p.name} (${p.role})`).join(' ، ')}`);
  return lines.join('\n') + '\n';
}

export function factsText(facts: readonly ReconciledFact[], s: (style: Style, x: string) => string): string {
  if (facts.length === 0) return `${s('bold', 'facts')} ${s('dim', '(none found)')}\n`;
  const out = [`${s('bold', 'facts')} ${s('dim', '(kind, subject, value, status, sources)')}`];
  for (const f of facts) {
    const status = f.status === 'conflict' ? s('bold', s('red', 'CONFLICT')) : f.status;
    const sources = `${f.sources} source${f.sources === 1 ? '' : 's'}`;
    out.push(`  ${f.kind.padEnd(10)} ${f.subjectName ?? subjectText(f.subject)}  ${valueText(f)}  ${status}  ${s('dim', sources)}`);
    if (f.status !== 'conflict' || !f.sides) continue;
    // Each side with its reports and the sentence they say it in, so a reader can judge.
    for (const side of f.sides) {
      out.push(`      ${s('red', `${side.value}${f.unit && typeof side.value === 'number' ? ` ${f.unit}` : ''}`)}: ${side.docs.join(', ')}`);
      for (const doc of side.docs) {
        const r = f.reports.find((x) => x.doc === doc);
        if (r) out.push(`        ${s('dim', doc)} «${shorten(r.sentence.text, SENTENCE_SHOWN)}»`);
      }
    }
  }
  return out.join('\n') + '\n';
}
