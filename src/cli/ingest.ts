import type { Command } from './command.js';
import { withStore, printJson } from './command.js';
import { ingestPaths } from '../ingest/ingest.js';
import { ProgressBar } from './progress.js';
import { RasdError } from '../errors.js';

/** Batches up to this size list every file; larger ones list rejections and a summary. */
const LIST_EVERY_FILE_UP_TO = 50;

export const ingest: Command = {
  name: 'ingest',
  summary: 'Ingest Arabic news reports (files or directories, walked recursively) into the store.',
  usage: 'rasd ingest PATH... [--db FILE] [--json] [--verbose]',
  options: { json: { type: 'boolean' }, verbose: { type: 'boolean', short: 'v' } },
  async run(values, paths, io) {
    if (paths.length === 0) throw new RasdError('USAGE', `name at least one file or directory\nusage: ${this.usage}`);
    const bar = new ProgressBar(io.err, io.errTty && !values['json']);
    return withStore(values, io.env, true, async (store) => {
      const report = await ingestPaths(paths, store, { onProgress: (p) => bar.update(p.done, p.total, p.bytes) });
      bar.finish();
      if (values['json']) {
        printJson(io, report);
        return 0;
      }
      const listAll = values['verbose'] === true || report.files <= LIST_EVERY_FILE_UP_TO;
      if (listAll) {
        for (const a of report.added) io.out(`added    ${a.id}  ${a.source}\n`);
        for (const p of report.present) {
          const first = p.firstSource && p.firstSource !== p.source ? ` (first ingested as ${p.firstSource})` : '';
          io.out(`present  ${p.id}  ${p.source}${first}\n`);
        }
      }
      for (const r of report.rejected) io.out(`rejected ${r.source}: ${r.reason} [${r.code}]\n`);
      if (report.skipped.length) {
        const shown = report.skipped.slice(0, 5).join(', ') + (report.skipped.length > 5 ? ', …' : '');
        io.out(`skipped  ${report.skipped.length} file(s) that are not .txt reports: ${shown} (name a file to read it anyway)\n`);
      }
      io.out(
        `${report.added.length} added, ${report.present.length} already present, ${report.rejected.length} rejected` +
          (report.rejected.length ? ' (see the reasons above; the rest of the batch was ingested)' : '') +
          '\n',
      );
      if (report.entities) {
        const e = report.entities;
        io.out(`linked ${e.mentions} entity mentions to ${e.entities} entities (rasd entities lists them)\n`);
      }
      return 0;
    });
  },
};
