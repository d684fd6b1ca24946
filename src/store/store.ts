// The one interface every store implements. The embedded SQLite store is the default;
// a PostgreSQL store for teams will implement the same interface and run the same
// shared test suite (store.suite.ts). Methods are async so that both can fit.
import type { Entity, EntitySummary, EntityType, Extraction, StoredDoc } from '../types.js';
import type { StoryStore } from './story-store.js';

export type NewDoc = Omit<StoredDoc, 'id' | 'ingestedAt'>;

export interface AddResult {
  status: 'added' | 'present';
  id: string;
  /** For 'present': the source under which the content was first ingested. */
  firstSource?: string;
}

export interface SearchHit {
  doc: StoredDoc;
  /** Higher is better. */
  score: number;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /**
   * Adds one document in one transaction, together with the outlet-line keys it
   * contributes to its outlet's profile. Content already present adds nothing.
   */
  addDocument(doc: NewDoc, outletLineKeys: readonly string[]): Promise<AddResult>;
  /** The id of the document with this content hash, or null. */
  findByHash(hash: string): Promise<string | null>;
  /** All documents, oldest first. */
  listDocuments(): Promise<StoredDoc[]>;
  /** Every document's id → source, without loading the documents. */
  documentSources(): Promise<Map<string, string>>;
  /** By full id or a unique prefix of at least 4 characters; throws DOC_NOT_FOUND or AMBIGUOUS_ID. */
  getDocument(idOrPrefix: string): Promise<StoredDoc>;
  /** Documents whose index keys contain all of `keys` (stemmed match keys), best first. */
  search(keys: readonly string[], limit: number): Promise<SearchHit[]>;
  /** How many documents of an outlet carry each outlet-line key. */
  outletLineCounts(outlet: string, keys: readonly string[]): Promise<Map<string, number>>;
  /** Number of documents stored under one outlet. */
  outletDocCount(outlet: string): Promise<number>;
  /** Sets the extraction of a document stored before extraction existed. */
  setExtraction(id: string, extraction: Extraction): Promise<void>;
  /** Ids of the documents that have no extraction yet, in ingest order. */
  documentsWithoutExtraction(): Promise<string[]>;
  /** Every document's id, source and mentions, in ingest order: the input of entity linking. */
  listMentions(): Promise<MentionSet[]>;
  /** Replaces all canonical entities and mention links, in one transaction. */
  replaceEntities(entities: readonly Entity[], links: readonly EntityLink[]): Promise<void>;
  /** Canonical entities, most mentioned first, with per-document mention counts. */
  listEntities(type?: EntityType): Promise<EntitySummary[]>;
  /** The entities these documents mention: how many of the documents and how many times. */
  entitiesOfDocs(ids: readonly string[]): Promise<Array<{ id: string; name: string; type: EntityType; docs: number; mentions: number }>>;
  /** For one document: mention index → entity id. */
  entityLinks(docId: string): Promise<Map<number, string>>;
  /** Story clustering's tables (story-store.ts). */
  readonly stories: StoryStore;
  close(): Promise<void>;
}

export interface MentionSet {
  id: string;
  source: string;
  /** The body's mentions, then the title's: index i is the i-th of that concatenation. */
  mentions: Extraction['mentions'];
}

export interface EntityLink {
  doc: string;
  /** The mention's index in the document's extraction. */
  mention: number;
  entity: string;
}
