// `rasd story ID`: one story in full: its dates, places, main entities, every report with
// its similarity to the story, which reports copy which, and the stories it is linked to
// by a report recalling another event; then the event the reports tell (kind, place, date,
// participants) and the facts they state, with whether they agree.
import type { Command } from './command.js';
import { withStore, printJson } from './command.js';
import { styler, colourOn } from './format.js';
import { RasdError } from '../errors.js';
import { storyDetail, type StoryEntity } from '../cluster/story-detail.js';
import { MAX_UNDATED_EVENTS } from '../cluster/story-placement.js';
import { dateSpan, reports } from './stories.js';
import { storyReport } from '../reconcile/story-report.js';
import { eventJson, eventText, factsJson, factsText } from './story-facts.js';

/** Report pairs printed per linked story (the JSON lists them all). */
const VIA_SHOWN = 3;

const entityList = (xs: readonly StoryEntity[]): string => xs.map((e) => `${e.name} (${e.docs})`).join(' ، ');

export const story: Command = {
  name: 'story',
  summary:
    'Show one story: title, event dates, places, main entities, its reports with their similarity ' +
    'to the story and which copy which, the stories its reports recall, the event (kind, place, ' +
    'date, participants) and the facts the reports state, with conflicts between them.',
  usage: 'rasd story ID [--db FILE] [--json]   (ID: the story id or the id of one of its reports, or their first 4+ characters)',
  options: { json: { type: 'boolean' } },
  async run(values, positionals, io) {
    if (positionals.length !== 1) throw new RasdError('USAGE', `name exactly one story id\nusage: ${this.usage}`);
    return withStore(values, io.env, false, async (store) => {
      const st = await storyDetail(store, positionals[0]!);
      const { event, facts } = await storyReport(store, st.id, undefined, st);
      if (values['json']) {
        printJson(io, { ...st, event: eventJson(event), facts: factsJson(facts) });
        return 0;
      }
      const s = styler(colourOn(io.outTty, io.env));
      io.out(`${s('bold', st.title || '(no title)')}\n`);
      io.out(`${s('dim', `${st.id}  ${reports(st.size)}  ${dateSpan(st.dates.first, st.dates.last)}`)}\n\n`);
      if (st.places.length) io.out(`${s('bold', 'places:')} ${entityList(st.places)}\n`);
      if (st.entities.length) io.out(`${s('bold', 'entities:')} ${entityList(st.entities)}\n`);
      io.out(`\n${s('bold', 'reports')} ${s('dim', '(similarity to the story)')}\n`);
      for (const d of st.documents) {
        const central = d.id === st.central ? s('dim', '  (central)') : '';
        io.out(`  ${d.similarity.toFixed(2)}  ${d.id}  ${s('dim', d.outlet)}  ${d.source}${central}\n`);
        io.out(`        ${d.title || '(no title)'}\n`);
        const dates = `event ${d.eventDate ?? 'unknown'}, published ${d.published ?? 'unknown'}`;
        io.out(`        ${s('dim', dates)}\n`);
        if (d.copyOf) {
          const c = d.copyOf;
          io.out(`        ${s('dim', `copy of ${c.id} (jaccard ${c.jaccard.toFixed(2)}, containment ${c.containment.toFixed(2)})`)}\n`);
        }
        if (d.copies.length) io.out(`        ${s('dim', `copied by ${d.copies.join(', ')}`)}\n`);
        if (d.unattributed) io.out(`        ${s('dim', `undated, and matches more than ${MAX_UNDATED_EVENTS} events: attributed to none`)}\n`);
      }
      if (st.mentions.length) {
        io.out(`\n${s('bold', 'linked stories')} ${s('dim', '(a report recalls the other event)')}\n`);
        for (const m of st.mentions) {
          io.out(`  ${m.story}  ${m.title}\n`);
          // A few pairs say why; a story recalled by every report of another would list them all.
          const pairs = m.via.slice(0, VIA_SHOWN).map((v) => `${v.doc} ↔ ${v.other}`);
          const more = m.via.length > VIA_SHOWN ? ` and ${m.via.length - VIA_SHOWN} more pairs` : '';
          io.out(`        ${s('dim', `via ${pairs.join(', ')}${more}`)}\n`);
        }
      }
      io.out(`\n${eventText(event, s)}\n${factsText(facts, s)}`);
      return 0;
    });
  },
};
