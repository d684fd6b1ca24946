// `npm run bench -- --stage reconcile`: reconciliation throughput on 100,000 generated reports.
// Stories get a skewed size (many single reports, a few of 50+); each story has its own pool
// of facts (money with givers, counts with nouns, percentages, quotes), and each report states
// some of them, sometimes rounded (نحو), as a bound, with a planted wrong figure, or as a copy
// of another report. reconcileFacts then runs story by story, so the figure is stories/s and
// fact mentions/s, with the time per mention printed by story size to show it stays flat.
// Extraction and event reading are measured by the ingest and extract stages.
import type { FactKind, FactMention } from '../src/reconcile/types.js';
import { reconcileFacts } from '../src/reconcile/reconcile.js';

/** mulberry32: a seeded generator, so every run reconciles the same stories. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SENTENCE = 'وأعلنت الوزارة في بيان أن الحصيلة بلغت الرقم المذكور حتى مساء اليوم.';
const UNITS: ReadonlyArray<readonly [FactKind, string | null]> = [['money', 'USD'], ['count', 'قتيل'], ['count', 'جريح'], ['count', 'دولة'], ['percent', 'percent'], ['quote', null]];

interface PoolFact {
  kind: FactKind;
  unit: string | null;
  subject: string | null;
  value: number;
}

/** The reports of one story, as fact mentions. */
function storyMentions(r: () => number, story: number, size: number): FactMention[] {
  const pool: PoolFact[] = [];
  const facts = 3 + Math.floor(r() * 10);
  for (let f = 0; f < facts; f++) {
    const [kind, unit] = UNITS[Math.floor(r() * UNITS.length)]!;
    pool.push({ kind, unit, subject: r() < 0.6 ? `ORG:جهة ${story}-${f}` : null, value: Math.round(10 + r() * 1e6) });
  }
  const out: FactMention[] = [];
  for (let d = 0; d < size; d++) {
    const doc = `s${story}d${d}`;
    for (const p of pool) {
      if (r() < 0.4) continue;
      let value = p.value;
      let qualifier: FactMention['qualifier'];
      const roll = r();
      if (roll < 0.1) [value, qualifier] = [Math.round(value / 1000) * 1000, 'approx'];
      else if (roll < 0.15) [value, qualifier] = [Math.floor(value * 0.9), 'more than'];
      else if (roll < 0.18) value = Math.round(value * 1.3); // a planted wrong figure
      out.push({
        doc,
        text: String(value),
        start: 30,
        end: 30 + String(value).length,
        sentence: { start: 0, end: SENTENCE.length, text: SENTENCE },
        kind: p.kind,
        value: p.kind === 'quote' ? null : value,
        ...(qualifier ? { qualifier } : {}),
        unit: p.unit,
        subject: p.kind === 'quote' ? `PER:متحدث ${story}` : p.subject,
        subjectText: null,
        ...(p.kind === 'quote' ? { object: `نص التصريح ${p.value % 7}`, verb: 'قال' } : {}),
      });
    }
  }
  return out;
}

/** A skewed story size: half single reports, most under 10, a few of 50 and more. */
function storySize(r: () => number): number {
  const x = r();
  if (x < 0.5) return 1;
  if (x < 0.9) return 2 + Math.floor(r() * 8);
  if (x < 0.99) return 10 + Math.floor(r() * 40);
  return 50 + Math.floor(r() * 150);
}

export function stageReconcile(docs: number, seed: number, peakMb: () => number): void {
  const r = rng(seed);
  let placed = 0;
  let stories = 0;
  let mentions = 0;
  let conflicts = 0;
  let seconds = 0;
  const bySize = new Map<string, { mentions: number; seconds: number }>();
  while (placed < docs) {
    const size = Math.min(storySize(r), docs - placed);
    const ms = storyMentions(r, stories, size);
    const copyOf = (doc: string): string | null => (doc.endsWith('d1') && size > 2 ? doc.replace(/d1$/u, 'd0') : null);
    const t0 = performance.now();
    const facts = reconcileFacts(ms, copyOf);
    const dt = (performance.now() - t0) / 1000;
    seconds += dt;
    for (const f of facts) if (f.status === 'conflict') conflicts++;
    const band = size === 1 ? '1' : size < 10 ? '2-9' : size < 50 ? '10-49' : '50+';
    const b = bySize.get(band) ?? { mentions: 0, seconds: 0 };
    b.mentions += ms.length;
    b.seconds += dt;
    bySize.set(band, b);
    placed += size;
    stories++;
    mentions += ms.length;
  }
  const perMention = ['1', '2-9', '10-49', '50+']
    .filter((k) => bySize.has(k))
    .map((k) => `${k} reports ${((bySize.get(k)!.seconds / bySize.get(k)!.mentions) * 1e6).toFixed(1)} µs`)
    .join(', ');
  console.log(
    `${'reconcile'.padEnd(22)} ${docs} reports  ${stories} stories  ${(stories / seconds).toFixed(0).padStart(6)} stories/s  ` +
      `${(mentions / seconds).toFixed(0)} mentions/s  ${conflicts} conflicts  peak RSS ${peakMb().toFixed(0)} MB\n` +
      `${''.padEnd(22)} time per mention by story size: ${perMention}`,
  );
}
