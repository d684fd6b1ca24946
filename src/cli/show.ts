import type { Command } from './command.js';
import { withStore, printJson } from './command.js';
import { docJson } from './docs.js';
import { styler, colourOn } from './format.js';
import { RasdError } from '../errors.js';
import type { Extraction, Mention, StoredDoc } from '../types.js';

/** The extraction with each mention's canonical entity id filled in from the store's links. */
export function extractionJson(d: StoredDoc, links: ReadonlyMap<number, string>) {
  const ex: Extraction = d.extraction ?? { mentions: [], quantities: [], dates: [], published: null };
  const mention = (m: Mention, i: number) => ({
    start: m.start,
    end: m.end,
    text: m.text,
    type: m.type,
    entity: links.get(i) ?? m.entity ?? null,
    via: m.via,
    ...(m.role ? { role: m.role } : {}),
  });
  const body = ex.mentions.length;
  return {
    mentions: ex.mentions.map(mention),
    /** Offsets into `title`. */
    titleMentions: (ex.titleMentions ?? []).map((m, j) => mention(m, body + j)),
    quantities: ex.quantities,
    dates: ex.dates,
    published: ex.published,
  };
}

export const show: Command = {
  name: 'show',
  summary:
    'Show one document: title, captions, clean body, the chrome lines removed with their reasons, ' +
    'and what extraction found (entities, quantities, dates, publication date).',
  usage: 'rasd show ID [--db FILE] [--json]   (ID: the full id or its first 4+ characters)',
  options: { json: { type: 'boolean' } },
  async run(values, positionals, io) {
    if (positionals.length !== 1) throw new RasdError('USAGE', `name exactly one document id\nusage: ${this.usage}`);
    return withStore(values, io.env, false, async (store) => {
      const d = await store.getDocument(positionals[0]!);
      const ex = extractionJson(d, await store.entityLinks(d.id));
      if (values['json']) {
        printJson(io, {
          ...docJson(d),
          sentences: d.sentences.map((s) => ({ start: s.start, end: s.end })),
          ...ex,
          map: d.map,
        });
        return 0;
      }
      const s = styler(colourOn(io.outTty, io.env));
      io.out(`${s('dim', `${d.id}  ${d.outlet}  ${d.source}  (${d.encoding}, ingested ${d.ingestedAt})`)}\n\n`);
      io.out(`${s('bold', d.title || '(no title)')}\n`);
      for (const c of d.captions) io.out(`${s('dim', `[صورة] ${c}`)}\n`);
      io.out('\n' + d.text + '\n\n');
      io.out(s('dim', `${d.sentences.length} sentences, ${d.text.length} characters`) + '\n');
      const pub = ex.published;
      io.out(`\n${s('bold', 'published:')} ${pub ? `${pub.date} (${pub.precision}; ${pub.evidence})` : 'unknown'}\n`);
      if (ex.mentions.length) {
        io.out(`${s('bold', `entities (${ex.mentions.length} mentions):`)}\n`);
        const seen = new Map<string, { type: string; n: number }>();
        for (const m of ex.mentions) {
          const key = `${m.text.replace(/\s+/g, ' ')}\u0000${m.type}`;
          const e = seen.get(key) ?? { type: m.type, n: 0 };
          e.n++;
          seen.set(key, e);
        }
        for (const [key, e] of seen) io.out(`  ${e.type.padEnd(4)} ${key.split('\u0000')[0]}${e.n > 1 ? s('dim', ` ×${e.n}`) : ''}\n`);
      }
      if (ex.quantities.length) {
        io.out(`${s('bold', 'quantities:')}\n`);
        for (const q of ex.quantities) {
          const v = q.value !== undefined ? String(q.value) : `${q.min ?? '…'}–${q.max ?? '…'}`;
          io.out(`  ${q.text.replace(/\s+/g, ' ')}  ${s('dim', `= ${v}${q.unit ? ' ' + q.unit : ''}${q.qualifier ? ` (${q.qualifier})` : ''}`)}\n`);
        }
      }
      if (ex.dates.length) {
        io.out(`${s('bold', 'dates (as written → resolved):')}\n`);
        for (const dt of ex.dates) {
          const v = dt.value ?? 'unresolved';
          io.out(`  ${dt.text.replace(/\s+/g, ' ')}  → ${v}${s('dim', ` (${dt.precision}${dt.inferred ? ', inferred' : ''}; ${dt.evidence})`)}\n`);
        }
      }
      if (d.removed.length) {
        io.out(`\n${s('bold', `removed as site chrome (${d.removed.length}):`)}\n`);
        for (const r of d.removed) io.out(`  ${s('dim', `line ${r.lineNo + 1}, ${r.reason}:`)} ${r.line}\n`);
      }
      return 0;
    });
  },
};
