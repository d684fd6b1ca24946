// The components of the ingest pipeline, in the order they run. Each one is a thin,
// declared wrapper around a pure function of src/text or src/ingest.
import { createHash } from 'node:crypto';
import type { Doc } from '../types.js';
import type { Component } from './pipeline.js';
import { Pipeline } from './pipeline.js';
import { decodeBytes } from './decode.js';
import { cleanPage } from './clean.js';
import { splitSentences } from '../text/sentences.js';
import { indexKeys } from '../text/stem.js';
import { RasdError } from '../errors.js';
import { extract } from '../extract/component.js';

/** What the cleaner may know about the outlet a page comes from. */
export interface IngestContext {
  outletLines?: ReadonlyMap<string, number>;
  outletDocs?: number;
}

/**
 * A document's identity: the decoded text with line ends unified and trailing space
 * dropped, so the same report saved as UTF-8, UTF-16 or windows-1256 is one document.
 */
export function contentHash(text: string): string {
  const canonical = text.replace(/\r\n?/g, '\n').replace(/\s+$/u, '');
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

function need<T>(value: T | undefined, field: string, doc: Doc): T {
  if (value === undefined) throw new Error(`pipeline: ${field} missing on ${doc.source}`);
  return value;
}

export const decode: Component<IngestContext> = {
  name: 'decode',
  reads: ['bytes', 'source'],
  writes: ['encoding', 'raw', 'hash'],
  run(doc) {
    const { encoding, text } = decodeBytes(need(doc.bytes, 'bytes', doc), doc.source);
    return { ...doc, encoding, raw: text, hash: contentHash(text) };
  },
};

export const clean: Component<IngestContext> = {
  name: 'clean',
  reads: ['raw'],
  writes: ['title', 'text', 'captions', 'removed', 'map'],
  run(doc, context) {
    const result = cleanPage(need(doc.raw, 'raw', doc), context);
    if (result.text.trim() === '') throw new RasdError('NO_BODY', doc.source);
    return { ...doc, ...result };
  },
};

export const sentences: Component<IngestContext> = {
  name: 'sentences',
  reads: ['text'],
  writes: ['sentences'],
  run(doc) {
    return { ...doc, sentences: splitSentences(need(doc.text, 'text', doc)) };
  },
};

export const index: Component<IngestContext> = {
  name: 'index',
  reads: ['title', 'text'],
  writes: ['keys', 'titleKeys'],
  run(doc) {
    return {
      ...doc,
      keys: indexKeys(need(doc.text, 'text', doc)).join(' '),
      titleKeys: indexKeys(need(doc.title, 'title', doc)).join(' '),
    };
  },
};

/** decode → clean → sentences → index → extract. */
export function ingestPipeline(): Pipeline<IngestContext> {
  return new Pipeline<IngestContext>([decode, clean, sentences, index, extract]);
}
