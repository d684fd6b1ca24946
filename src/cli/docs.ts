import type { Command } from './command.js';
import { withStore, printJson } from './command.js';
import { shorten, styler, colourOn } from './format.js';
import type { StoredDoc } from '../types.js';

/** The public JSON shape of a document (the contract outside checks rely on, plus extras). */
export function docJson(d: StoredDoc) {
  return {
    id: d.id,
    source: d.source,
    title: d.title,
    text: d.text,
    captions: d.captions,
    removed: d.removed.map((r) => ({ line: r.line, reason: r.reason, lineNo: r.lineNo })),
    outlet: d.outlet,
    encoding: d.encoding,
    hash: d.hash,
    ingestedAt: d.ingestedAt,
  };
}

export const docs: Command = {
  name: 'docs',
  summary: 'List the documents in the store.',
  usage: 'rasd docs [--db FILE] [--json]',
  options: { json: { type: 'boolean' } },
  async run(values, _positionals, io) {
    return withStore(values, io.env, false, async (store) => {
      const all = await store.listDocuments();
      if (values['json']) {
        printJson(io, all.map(docJson));
        return 0;
      }
      const s = styler(colourOn(io.outTty, io.env));
      for (const d of all) {
        io.out(`${s('bold', d.id)}  ${s('dim', d.outlet)}  ${d.source}\n    ${shorten(d.title || '(no title)', 90)}\n`);
        io.out(`    ${s('dim', `${d.text.length} chars, ${d.sentences.length} sentences, ${d.removed.length} chrome lines removed`)}\n`);
      }
      io.out(`${all.length} document${all.length === 1 ? '' : 's'}\n`);
      return 0;
    });
  },
};
