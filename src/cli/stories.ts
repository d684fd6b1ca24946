// `rasd stories`: every story, largest first. The JSON array is a contract outside checks
// rely on: [{id, title, size, firstDate, lastDate, documents: [{id, source}]}].
import type { Command } from './command.js';
import { withStore, printJson, positiveInt } from './command.js';
import { styler, colourOn } from './format.js';
import { storySummaries } from '../cluster/story-detail.js';

/** A story's event-date span for people: one date, a range, or unknown. */
export function dateSpan(first: string | null, last: string | null): string {
  if (first === null || last === null) return 'date unknown';
  return first === last ? first : `${first} – ${last}`;
}

export const reports = (n: number): string => `${n} report${n === 1 ? '' : 's'}`;

export const stories: Command = {
  name: 'stories',
  summary:
    'List the stories: reports of one event grouped across outlets, largest first, ' +
    'each with its central report\'s title, its event dates and its documents.',
  usage: 'rasd stories [--db FILE] [--json] [--limit N]',
  options: { json: { type: 'boolean' }, limit: { type: 'string', short: 'n' } },
  async run(values, _positionals, io) {
    const limit = positiveInt(values, 'limit', Number.MAX_SAFE_INTEGER);
    return withStore(values, io.env, false, async (store) => {
      const all = await storySummaries(store);
      const shown = all.slice(0, limit);
      if (values['json']) {
        printJson(io, shown);
        return 0;
      }
      const s = styler(colourOn(io.outTty, io.env));
      for (const st of shown) {
        // The Arabic title alone on its line, so a bidi terminal lays it out right to left.
        io.out(`${s('bold', st.title || '(no title)')}\n`);
        io.out(`  ${s('dim', `${st.id}  ${reports(st.size)}  ${dateSpan(st.firstDate, st.lastDate)}`)}\n`);
        for (const d of st.documents) io.out(`    ${s('dim', d.id)}  ${d.source}\n`);
      }
      const more = shown.length < all.length ? ` (${shown.length} shown)` : '';
      io.out(`${all.length} stor${all.length === 1 ? 'y' : 'ies'}${more}\n`);
      // Reports left unplaced (an interrupted ingest, or an upgrade that started the stories
      // again): say so, or an empty list would read as "no stories".
      const pending = (await store.stories.storyPending()).length;
      if (pending > 0) io.out(`${s('dim', `${reports(pending)} not in a story yet: the next rasd ingest, or rasd recluster, places ${pending === 1 ? 'it' : 'them'}`)}\n`);
      return 0;
    });
  },
};
