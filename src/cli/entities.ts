import type { Command } from './command.js';
import { withStore, printJson } from './command.js';
import { styler, colourOn } from './format.js';
import { RasdError } from '../errors.js';
import type { EntityType } from '../types.js';

const TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

export const entities: Command = {
  name: 'entities',
  summary:
    'List canonical entities: people, organizations and places, each with every spelling seen ' +
    '(بلينكن / بلينكين, توجو / توغو, داعش / تنظيم الدولة) and how often each document mentions it.',
  usage: 'rasd entities [--db FILE] [--json] [--type PER|ORG|LOC|MISC]',
  options: { json: { type: 'boolean' }, type: { type: 'string', short: 't' } },
  async run(values, _positionals, io) {
    const raw = values['type'];
    let type: EntityType | undefined;
    if (typeof raw === 'string') {
      const t = raw.toUpperCase() as EntityType;
      if (!TYPES.includes(t)) throw new RasdError('USAGE', `--type must be one of ${TYPES.join(', ')}, not '${raw}'`);
      type = t;
    }
    return withStore(values, io.env, false, async (store) => {
      const list = await store.listEntities(type);
      if (values['json']) {
        printJson(io, list);
        return 0;
      }
      const s = styler(colourOn(io.outTty, io.env));
      for (const e of list) {
        const total = e.docs.reduce((a, d) => a + d.mentions, 0);
        io.out(`${s('bold', e.name)}  ${s('dim', `${e.type}  ${e.id}  ${total} mention${total === 1 ? '' : 's'} in ${e.docs.length} document${e.docs.length === 1 ? '' : 's'}`)}\n`);
        const variants = e.surfaces.filter((x) => x !== e.name);
        if (variants.length) io.out(`    ${s('dim', 'also:')} ${variants.join(' ، ')}\n`);
        io.out(`    ${s('dim', e.docs.map((d) => `${d.id}×${d.mentions}`).join('  '))}\n`);
      }
      io.out(`${list.length} entit${list.length === 1 ? 'y' : 'ies'}\n`);
      return 0;
    });
  },
};
