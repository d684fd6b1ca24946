// What the event reconciliation reads of a story: each report with its features and lead,
// the sentences that recall some other event (kept out of this event's evidence), and the
// reports of other stories that recall this one through a 'mention' edge.
import type { Store } from '../store/store.js';
import type { DateMention, Mention, StoredDoc } from '../types.js';
import type { Evidence } from './types.js';
import { entityFeature, leadEnd, type StoryDoc } from '../cluster/story-features.js';
import { datesCompatible } from '../cluster/story-dates.js';
import { sentenceAt } from './event-words.js';

export interface EventDoc {
  id: string;
  doc: StoredDoc;
  features: StoryDoc;
  /** End of the lead for dates (first paragraph or three sentences) and for places (three sentences). */
  lead: number;
  placeLead: number;
  /** Starts of the sentences that name another event's date (StoryDoc.recalls). */
  recallSentences: Set<number>;
}

/** A sentence of another story's report that recalls this story's event. */
export interface RecallEvidence {
  doc: StoredDoc;
  date: string;
  mention: DateMention;
  sentence: { start: number; end: number; text: string };
}

export const mentionsOf = (d: StoredDoc): Mention[] => d.extraction?.mentions ?? [];

/** Evidence for a span of a document. */
export function evidenceAt(d: StoredDoc, start: number, end: number): Evidence {
  return { doc: d.id, text: d.text.slice(start, end), start, end, sentence: sentenceAt(d.text, d.sentences, start) };
}

/** Sentence starts holding a date of `recalls` that cannot be the report's own event's. */
function recallStarts(d: StoredDoc, f: StoryDoc): Set<number> {
  const out = new Set<number>();
  const recalled = new Set((f.recalls ?? []).map((r) => r.date));
  for (const m of d.extraction?.dates ?? []) {
    if (m.value === null || !recalled.has(m.value) || datesCompatible(m.value, f.eventDate)) continue;
    out.add(sentenceAt(d.text, d.sentences, m.start).start);
  }
  return out;
}

export async function loadEventDocs(store: Store, ids: readonly string[]): Promise<EventDoc[]> {
  const features = await store.stories.storyFeatures(ids);
  const out: EventDoc[] = [];
  for (const id of ids) {
    const doc = await store.getDocument(id);
    const f = features.get(id)?.doc;
    if (!f) continue;
    out.push({
      id,
      doc,
      features: f,
      lead: leadEnd(doc.text, doc.sentences, true),
      placeLead: leadEnd(doc.text, doc.sentences, false),
      recallSentences: recallStarts(doc, f),
    });
  }
  return out;
}

/**
 * Reports of other stories, linked by a 'mention' edge, whose recalled sentences name this
 * event: the sentence names the story's scene (or, without one, two of its entities), and
 * its date can be the story's (any date when the story has none of its own).
 */
export async function loadRecalls(store: Store, members: ReadonlySet<string>, scene: string | null, entities: ReadonlySet<string>, ownDates: readonly string[]): Promise<RecallEvidence[]> {
  const edges = (await store.stories.storyEdges([...members])).filter((e) => e.relation === 'mention' && members.has(e.a) !== members.has(e.b));
  const others = [...new Set(edges.map((e) => (members.has(e.a) ? e.b : e.a)))].sort();
  if (others.length === 0) return [];
  const features = await store.stories.storyFeatures(others);
  const out: RecallEvidence[] = [];
  for (const id of others) {
    const f = features.get(id)?.doc;
    if (!f?.recalls) continue;
    const doc = await store.getDocument(id);
    for (const r of f.recalls) {
      const names = scene !== null ? r.entities.includes(scene) : r.entities.filter((e) => entities.has(e)).length >= 2;
      if (!names || !ownDates.every((d) => datesCompatible(d, r.date))) continue;
      for (const m of doc.extraction?.dates ?? []) {
        if (m.value !== r.date) continue;
        const sentence = sentenceAt(doc.text, doc.sentences, m.start);
        const inside = mentionsOf(doc).filter((x) => x.start >= sentence.start && x.end <= sentence.end).map(entityFeature);
        if (scene !== null && !inside.includes(scene)) continue;
        out.push({ doc, date: r.date, mention: m, sentence });
        break;
      }
    }
  }
  return out;
}
