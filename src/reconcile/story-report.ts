// A story's event and facts: every report's statements (extractFacts) reconciled, copies
// counted once (the copy groups of the story detail, so the same original as `rasd story`
// shows), plus the date facts the event was drawn from.
import type { Store } from '../store/store.js';
import type { StoredDoc } from '../types.js';
import { storyDetail, type StoryDetail } from '../cluster/story-detail.js';
import { extractFacts } from './facts.js';
import { storyEvent } from './event.js';
import { reconcileFacts } from './reconcile.js';
import type { FactMention, ReconciledFact, StoryEvent } from './types.js';

export interface StoryReport {
  event: StoryEvent;
  facts: ReconciledFact[];
}

/** The facts of a stored document (none before its extraction exists). */
function factsOfStored(d: StoredDoc): FactMention[] {
  return d.extraction ? extractFacts({ id: d.id, text: d.text, sentences: d.sentences, extraction: d.extraction }) : [];
}

/**
 * The report of one story (by id or prefix, as storyDetail takes it). `extract` is the
 * fact extractor, replaceable in tests; `detail` spares a second read when the caller has it.
 */
export async function storyReport(
  store: Store,
  storyId: string,
  extract: (doc: StoredDoc) => FactMention[] = factsOfStored,
  detail?: StoryDetail,
): Promise<StoryReport> {
  const st = detail ?? (await storyDetail(store, storyId));
  const original = new Map(st.documents.map((d) => [d.id, d.copyOf?.id ?? null]));
  const mentions: FactMention[] = [];
  for (const d of st.documents) for (const m of extract(await store.getDocument(d.id))) mentions.push(m);
  const { event, eventFacts } = await storyEvent(store, st.id);
  const facts: ReconciledFact[] = reconcileFacts(mentions, (doc) => original.get(doc) ?? null);
  return { event, facts: [...facts, ...eventFacts] };
}
