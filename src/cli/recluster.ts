// `rasd recluster`: forgets every story and places every document again. The stories do not
// depend on ingest order (src/cluster/engine.ts), so this changes nothing unless the
// clustering rules changed since the documents were placed.
import type { Command } from './command.js';
import { withStore, printJson } from './command.js';
import { ProgressBar } from './progress.js';
import { recluster as reclusterStore } from '../cluster/place.js';

export const recluster: Command = {
  name: 'recluster',
  summary:
    'Rebuild every story from the stored documents (after the clustering rules change). ' +
    'The result does not depend on the order documents were ingested in.',
  usage: 'rasd recluster [--db FILE] [--json]',
  options: { json: { type: 'boolean' } },
  async run(values, _positionals, io) {
    const bar = new ProgressBar(io.err, io.errTty && !values['json']);
    return withStore(values, io.env, false, async (store) => {
      const report = await reclusterStore(store, { onProgress: (done, total) => bar.update(done, total, 0) });
      bar.finish();
      if (values['json']) {
        printJson(io, report);
        return 0;
      }
      io.out(
        `placed ${report.placed} document${report.placed === 1 ? '' : 's'} in ${report.stories} stor${report.stories === 1 ? 'y' : 'ies'} ` +
          `(${report.joined} joined an existing story, ${report.copies} copy pair${report.copies === 1 ? '' : 's'})\n`,
      );
      return 0;
    });
  },
};
