import type { Command } from './command.js';
import { withStore, printJson } from './command.js';
import { docJson } from './docs.js';
import { styler, colourOn } from './format.js';
import { RasdError } from '../errors.js';

export const show: Command = {
  name: 'show',
  summary: 'Show one document: title, captions, clean body, and the chrome lines removed with their reasons.',
  usage: 'rasd show ID [--db FILE] [--json]   (ID: the full id or its first 4+ characters)',
  options: { json: { type: 'boolean' } },
  async run(values, positionals, io) {
    if (positionals.length !== 1) throw new RasdError('USAGE', `name exactly one document id\nusage: ${this.usage}`);
    return withStore(values, io.env, false, async (store) => {
      const d = await store.getDocument(positionals[0]!);
      if (values['json']) {
        printJson(io, { ...docJson(d), sentences: d.sentences.map((s) => ({ start: s.start, end: s.end })), map: d.map });
        return 0;
      }
      const s = styler(colourOn(io.outTty, io.env));
      io.out(`${s('dim', `${d.id}  ${d.outlet}  ${d.source}  (${d.encoding}, ingested ${d.ingestedAt})`)}\n\n`);
      io.out(`${s('bold', d.title || '(no title)')}\n`);
      for (const c of d.captions) io.out(`${s('dim', `[صورة] ${c}`)}\n`);
      io.out('\n' + d.text + '\n\n');
      io.out(s('dim', `${d.sentences.length} sentences, ${d.text.length} characters`) + '\n');
      if (d.removed.length) {
        io.out(`\n${s('bold', `removed as site chrome (${d.removed.length}):`)}\n`);
        for (const r of d.removed) io.out(`  ${s('dim', `line ${r.lineNo + 1}, ${r.reason}:`)} ${r.line}\n`);
      }
      return 0;
    });
  },
};
