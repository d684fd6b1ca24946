// `ingest`: files and directories in, documents in the store out. One file at a time,
// one transaction per file, so memory stays flat and an interrupted batch leaves every
// file either fully in or fully out.
import type { Doc, Rejection } from '../types.js';
import type { Store } from '../store/store.js';
import { ingestPipeline, type IngestContext } from './components.js';
import { walkPaths, readDocFile } from './walk.js';
import { decodeBytes } from './decode.js';
import { outletLineKeys } from './clean.js';
import { isRasdError } from '../errors.js';
import { relinkEntities, type RelinkReport } from '../extract/relink.js';
import { placePending, type ClusterReport } from '../cluster/place.js';

/** How many pages of each outlet in a batch are read up front to learn the outlet's chrome. */
export const OUTLET_SAMPLE_SIZE = 40;

export interface IngestReport {
  added: Array<{ source: string; id: string }>;
  present: Array<{ source: string; id: string; firstSource?: string }>;
  rejected: Rejection[];
  /** Files below the given directories that were not read because their names are not reports'. */
  skipped: string[];
  files: number;
  bytes: number;
  /** The entity linking that follows the batch. */
  entities?: RelinkReport;
  /** The story placement that follows it (documents of this batch and any left unplaced before). */
  stories?: ClusterReport;
}

export interface IngestProgress {
  done: number;
  total: number;
  bytes: number;
}

export interface IngestOptions {
  onProgress?: (p: IngestProgress) => void;
  /**
   * Run extraction, entity linking and story placement (default true). When false, documents are stored
   * without extraction and the next ingest that extracts fills them in; the benchmark
   * uses it to measure the storage path alone.
   */
  extract?: boolean;
  /**
   * Place the new documents in stories (default true; needs extraction). When false, the
   * next ingest (or `rasd recluster`) places them; the benchmark uses it to time placement
   * apart.
   */
  stories?: boolean;
}

interface OutletSample {
  docs: number;
  counts: Map<string, number>;
  /** The files the sample read, so that a sampled page is not counted twice. */
  paths: Set<string>;
}

/**
 * Reads the first pages of each outlet of the batch and counts their candidate chrome
 * lines, so that the first page of a new outlet is cleaned with the same knowledge as
 * its last one: the result does not depend on the order of the batch.
 */
function sampleOutlets(files: ReadonlyArray<{ path: string; outlet: string }>): Map<string, OutletSample> {
  const samples = new Map<string, OutletSample>();
  for (const f of files) {
    let sample = samples.get(f.outlet);
    if (!sample) samples.set(f.outlet, (sample = { docs: 0, counts: new Map(), paths: new Set() }));
    if (sample.docs >= OUTLET_SAMPLE_SIZE) continue;
    try {
      const { text } = decodeBytes(readDocFile(f.path).bytes, f.path);
      sample.docs++;
      sample.paths.add(f.path);
      for (const key of outletLineKeys(text)) sample.counts.set(key, (sample.counts.get(key) ?? 0) + 1);
    } catch {
      // A file that cannot be read is reported once, by the main pass.
    }
  }
  return samples;
}

/**
 * How many pages of the outlet carry each of this page's lines, this page included.
 * The store and the sample may hold the same other page, so the larger of their counts is
 * taken (a lower bound of the distinct pages); this page itself is counted exactly once.
 */
async function outletContext(
  store: Store,
  file: { path: string; outlet: string },
  keys: readonly string[],
  sample: OutletSample | undefined,
): Promise<IngestContext> {
  const stored = await store.outletLineCounts(file.outlet, keys);
  const storedDocs = await store.outletDocCount(file.outlet);
  const self = sample?.paths.has(file.path) ? 1 : 0;
  const counts = new Map<string, number>();
  for (const k of keys) {
    const inSample = (sample?.counts.get(k) ?? 0) - self;
    counts.set(k, Math.max(stored.get(k) ?? 0, inSample) + 1);
  }
  return { outletLines: counts, outletDocs: Math.max(storedDocs, (sample?.docs ?? 0) - self) + 1 };
}

export async function ingestPaths(paths: readonly string[], store: Store, options: IngestOptions = {}): Promise<IngestReport> {
  const { files, rejections, skipped } = walkPaths(paths);
  const report: IngestReport = { added: [], present: [], rejected: [...rejections], skipped, files: files.length, bytes: 0 };
  const samples = sampleOutlets(files);
  const pipeline = ingestPipeline();
  const extract = options.extract !== false;
  let done = 0;
  for (const file of files) {
    try {
      const { bytes } = readDocFile(file.path);
      report.bytes += bytes.length;
      let doc: Doc = { source: file.path, outlet: file.outlet, bytes };
      doc = pipeline.run(doc, {}, 'decode', 'decode');
      const known = await store.findByHash(doc.hash!);
      if (known) {
        const existing = await store.getDocument(known);
        report.present.push({ source: file.path, id: known, firstSource: existing.source });
      } else {
        const lineKeys = outletLineKeys(doc.raw!);
        const context = await outletContext(store, file, lineKeys, samples.get(file.outlet));
        doc = pipeline.run(doc, context, 'clean', extract ? undefined : 'index');
        const result = await store.addDocument(
          {
            hash: doc.hash!,
            source: doc.source,
            outlet: doc.outlet,
            encoding: doc.encoding!,
            raw: doc.raw!,
            title: doc.title!,
            text: doc.text!,
            captions: doc.captions!,
            removed: doc.removed!,
            map: doc.map!,
            sentences: doc.sentences!,
            keys: doc.keys!,
            titleKeys: doc.titleKeys!,
            ...(doc.extraction ? { extraction: doc.extraction } : {}),
          },
          lineKeys,
        );
        if (result.status === 'added') report.added.push({ source: file.path, id: result.id });
        else report.present.push({ source: file.path, id: result.id, firstSource: result.firstSource });
      }
    } catch (e) {
      if (isRasdError(e) && e.code === 'STORE') throw e;
      if (isRasdError(e)) report.rejected.push({ source: file.path, code: e.code, reason: e.message });
      else report.rejected.push({ source: file.path, code: 'INTERNAL', reason: `${file.path}: ${(e as Error).message}` });
    }
    done++;
    options.onProgress?.({ done, total: files.length, bytes: report.bytes });
  }
  if (extract) {
    report.entities = await relinkEntities(store);
    if (options.stories !== false) report.stories = await placePending(store);
  }
  return report;
}
