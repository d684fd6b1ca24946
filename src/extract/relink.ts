// After each ingest batch: give every document an extraction (documents stored by an older
// rasd get theirs now), then rebuild the canonical entities from all mentions. Linking is
// linear in the number of mentions in the store; entity ids are derived from entity keys,
// so a rebuild keeps the ids users have seen.
import type { Store, EntityLink } from '../store/store.js';
import { extractDocument } from './component.js';
import { linkMentions } from './link.js';

export interface RelinkReport {
  extracted: number;
  entities: number;
  mentions: number;
}

export async function relinkEntities(store: Store): Promise<RelinkReport> {
  const missing = await store.documentsWithoutExtraction();
  for (const id of missing) {
    const d = await store.getDocument(id);
    await store.setExtraction(id, extractDocument(d.title, d.text, d.removed));
  }
  const sets = await store.listMentions();
  const linked = linkMentions(sets.map((s) => ({ docId: s.id, mentions: s.mentions })));
  const links: EntityLink[] = [];
  for (const doc of linked.docs) {
    doc.mentions.forEach((m, i) => {
      if (m.entity) links.push({ doc: doc.docId, mention: i, entity: m.entity });
    });
  }
  await store.replaceEntities(linked.entities, links);
  return { extracted: missing.length, entities: linked.entities.length, mentions: links.length };
}
