// `rasd timeline`: the stories as events in date order: when (to its precision), where,
// what kind of event, and how many reports tell it. --entity keeps the events whose reports
// name an entity, by its name or any spelling seen in the corpus.
import type { Command } from './command.js';
import { withStore, printJson } from './command.js';
import { styler, colourOn } from './format.js';
import { RasdError } from '../errors.js';
import type { Store } from '../store/store.js';
import { storyEvent } from '../reconcile/event.js';
import { normalizeForMatch } from '../text/normalize.js';
import { reports } from './stories.js';

export interface TimelineEntry {
  story: string;
  title: string;
  reports: number;
  date: string | null;
  precision: string | null;
  place: string | null;
  kind: string | null;
}

/** The documents that mention an entity called `name` (its canonical name or any surface, normalized). */
async function docsNaming(store: Store, name: string): Promise<Set<string>> {
  const want = normalizeForMatch(name.trim());
  const docs = new Set<string>();
  for (const e of await store.listEntities()) {
    if (![e.name, ...e.surfaces].some((x) => normalizeForMatch(x) === want)) continue;
    for (const d of e.docs) docs.add(d.id);
  }
  return docs;
}

/**
 * Every story's event, earliest first. ISO dates compare as strings, so a month-precise
 * event sorts before the days of its month; undated events come last; ties by story id.
 */
export async function timeline(store: Store, entity?: string): Promise<TimelineEntry[]> {
  const naming = entity === undefined ? null : await docsNaming(store, entity);
  const out: TimelineEntry[] = [];
  for (const r of await store.stories.listStories()) {
    if (naming) {
      const members = await store.stories.storyDocs(r.id);
      if (!members.some((m) => naming.has(m.doc))) continue;
    }
    const { event } = await storyEvent(store, r.id);
    out.push({
      story: r.id,
      title: r.title,
      reports: r.size,
      date: event.date?.value.value ?? null,
      precision: event.date?.value.precision ?? null,
      place: event.place?.value.name ?? null,
      kind: event.kind?.value ?? null,
    });
  }
  const key = (d: string | null): string => d ?? '\u{10FFFF}';
  return out.sort((a, b) => (key(a.date) < key(b.date) ? -1 : key(a.date) > key(b.date) ? 1 : a.story < b.story ? -1 : a.story > b.story ? 1 : 0));
}

export const timelineCommand: Command = {
  name: 'timeline',
  summary:
    'List the events in date order: for each story its date and precision, place, kind of event, ' +
    'id, title and number of reports; --entity keeps the events whose reports name NAME.',
  usage: 'rasd timeline [--entity NAME] [--db FILE] [--json]',
  options: { json: { type: 'boolean' }, entity: { type: 'string', short: 'e' } },
  async run(values, positionals, io) {
    if (positionals.length !== 0) throw new RasdError('USAGE', `timeline takes no arguments\nusage: ${this.usage}`);
    const entity = values['entity'];
    if (entity !== undefined && (typeof entity !== 'string' || entity.trim() === '')) throw new RasdError('USAGE', `--entity needs a name\nusage: ${this.usage}`);
    return withStore(values, io.env, false, async (store) => {
      const events = await timeline(store, entity as string | undefined);
      if (values['json']) {
        printJson(io, events);
        return 0;
      }
      const s = styler(colourOn(io.outTty, io.env));
      for (const e of events) {
        const when = e.date ? `${e.date} ${s('dim', `(${e.precision})`)}` : s('dim', 'date unknown');
        io.out(`${when}  ${e.kind ?? s('dim', 'event')}  ${s('dim', `${e.story}  ${reports(e.reports)}`)}\n`);
        // The Arabic title and place alone on their lines, so a bidi terminal lays them out right to left.
        io.out(`${s('bold', e.title || '(no title)')}\n`);
        io.out(`  ${e.place ?? s('dim', 'place unknown')}\n`);
      }
      io.out(`${events.length} event${events.length === 1 ? '' : 's'}${entity !== undefined ? ` naming ${String(entity)}` : ''}\n`);
      return 0;
    });
  },
};
