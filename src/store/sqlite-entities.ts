// The SQLite side of extraction: per-document extraction JSON and the canonical entities
// with their mention links. Kept apart from sqlite.ts, which holds documents and search.
import type BetterSqlite3 from 'better-sqlite3';
import type { Entity, EntitySummary, EntityType, Extraction } from '../types.js';
import type { EntityLink, MentionSet } from './store.js';

export function prepareEntityStatements(db: BetterSqlite3.Database) {
  return {
    setExtraction: db.prepare<[string, string]>('UPDATE documents SET extraction = ? WHERE id = ?'),
    withoutExtraction: db.prepare<[], { id: string }>('SELECT id FROM documents WHERE extraction IS NULL ORDER BY seq'),
    // Only the mentions are parsed: quantities and dates are most of an extraction's JSON.
    mentions: db.prepare<[], { id: string; source: string; body: string | null; title: string | null }>(
      `SELECT id, source, json_extract(extraction, '$.mentions') AS body,
              json_extract(extraction, '$.titleMentions') AS title
       FROM documents ORDER BY seq`,
    ),
    clearLinks: db.prepare('DELETE FROM entity_links'),
    clearEntities: db.prepare('DELETE FROM entities'),
    insertEntity: db.prepare<[string, string, string, string]>(
      'INSERT INTO entities (id, name, type, surfaces) VALUES (?, ?, ?, ?)',
    ),
    insertLink: db.prepare<[string, number, string]>('INSERT INTO entity_links (doc_id, mention, entity) VALUES (?, ?, ?)'),
    entityRows: db.prepare<[], { id: string; name: string; type: string; surfaces: string }>('SELECT * FROM entities'),
    entityDocs: db.prepare<[], { entity: string; doc_id: string; source: string; n: number; seq: number }>(
      `SELECT l.entity, l.doc_id, d.source, COUNT(*) AS n, d.seq
       FROM entity_links l JOIN documents d ON d.id = l.doc_id
       GROUP BY l.entity, l.doc_id ORDER BY d.seq`,
    ),
    entitiesOfDocs: db.prepare<[string], { id: string; name: string; type: string; docs: number; mentions: number }>(
      `SELECT e.id, e.name, e.type, COUNT(DISTINCT l.doc_id) AS docs, COUNT(*) AS mentions
       FROM entity_links l JOIN entities e ON e.id = l.entity
       WHERE l.doc_id IN (SELECT value FROM json_each(?))
       GROUP BY e.id`,
    ),
    linksOf: db.prepare<[string], { mention: number; entity: string }>(
      'SELECT mention, entity FROM entity_links WHERE doc_id = ?',
    ),
  };
}

export type EntityStatements = ReturnType<typeof prepareEntityStatements>;

export function parseExtraction(json: string | null): Extraction | null {
  return json === null ? null : (JSON.parse(json) as Extraction);
}

export function listMentionSets(st: EntityStatements): MentionSet[] {
  // Title mentions follow the body's, so a link's mention index is stable: body first.
  const out: MentionSet[] = [];
  for (const r of st.mentions.iterate()) {
    const body = r.body === null ? [] : (JSON.parse(r.body) as Extraction['mentions']);
    const title = r.title === null ? [] : (JSON.parse(r.title) as Extraction['mentions']);
    out.push({ id: r.id, source: r.source, mentions: [...body, ...title] });
  }
  return out;
}

export function replaceEntities(
  db: BetterSqlite3.Database,
  st: EntityStatements,
  entities: readonly Entity[],
  links: readonly EntityLink[],
): void {
  db.transaction(() => {
    st.clearLinks.run();
    st.clearEntities.run();
    for (const e of entities) st.insertEntity.run(e.id, e.name, e.type, JSON.stringify(e.surfaces));
    for (const l of links) st.insertLink.run(l.doc, l.mention, l.entity);
  }).immediate();
}

export function listEntities(st: EntityStatements, type?: EntityType): EntitySummary[] {
  const byId = new Map<string, EntitySummary>();
  for (const r of st.entityRows.all()) {
    if (type && r.type !== type) continue;
    byId.set(r.id, { id: r.id, name: r.name, type: r.type as EntityType, surfaces: JSON.parse(r.surfaces) as string[], docs: [] });
  }
  for (const r of st.entityDocs.all()) byId.get(r.entity)?.docs.push({ id: r.doc_id, source: r.source, mentions: r.n });
  const total = (e: EntitySummary) => e.docs.reduce((a, d) => a + d.mentions, 0);
  return [...byId.values()].sort((a, b) => total(b) - total(a) || b.docs.length - a.docs.length || (a.name < b.name ? -1 : 1));
}
