import type { Command } from './command.js';
import { withStore, printJson, positiveInt } from './command.js';
import { styler, colourOn, shorten } from './format.js';
import { indexKeys } from '../text/stem.js';
import { makeSnippet, markSnippet } from '../text/snippet.js';
import { RasdError } from '../errors.js';

export const search: Command = {
  name: 'search',
  summary:
    'Search the store. The query is normalized and stemmed like the documents, so الرياض finds بالرياض and ' +
    'أنتوني finds انتوني; documents with all the words rank first, then those with some.',
  usage: 'rasd search QUERY [--db FILE] [--json] [--limit N]',
  options: { json: { type: 'boolean' }, limit: { type: 'string', short: 'n' } },
  async run(values, positionals, io) {
    const query = positionals.join(' ').trim();
    if (!query) throw new RasdError('USAGE', `give a query\nusage: ${this.usage}`);
    const limit = positiveInt(values, 'limit', 10);
    const keys = [...new Set(indexKeys(query))];
    if (keys.length === 0) throw new RasdError('BAD_QUERY', `'${query}'`);
    return withStore(values, io.env, false, async (store) => {
      const hits = await store.search(keys, limit);
      const keySet = new Set(keys);
      const rows = hits.map((h) => {
        const snip = makeSnippet(h.doc.text, keySet);
        return { hit: h, snip };
      });
      if (values['json']) {
        printJson(
          io,
          rows.map(({ hit, snip }) => ({
            id: hit.doc.id,
            source: hit.doc.source,
            title: hit.doc.title,
            score: Number(hit.score.toFixed(4)),
            snippet: snip.text,
            highlights: snip.highlights,
            snippetStart: snip.start,
            snippetEnd: snip.end,
          })),
        );
        return 0;
      }
      const colour = colourOn(io.outTty, io.env);
      const s = styler(colour);
      for (const { hit, snip } of rows) {
        io.out(`${s('bold', hit.doc.id)}  ${hit.doc.source}\n    ${shorten(hit.doc.title || '(no title)', 90)}\n`);
        const marked = colour ? markSnippet(snip, '\x1b[1;33m', '\x1b[22;39m') : markSnippet(snip, '[', ']');
        io.out(`    ${marked}\n`);
      }
      io.out(`${hits.length} result${hits.length === 1 ? '' : 's'}\n`);
      return 0;
    });
  },
};
