// The model (its stages and metadata) and its file format. Kept apart from Stage so the
// on-disk layout can be read in one place; parseModel checks it strictly because a model
// file comes from outside the program.
import { gunzipSync, gzipSync } from 'node:zlib';
import { TAGS } from './conll.js';
import { DEFAULT_FEATURES, type FeatureConfig } from './features.js';
import { Stage } from './stage.js';
import { NT } from './viterbi.js';

/** A model: one stage, or two when the second reads the first's tags across the document. */
export interface Model {
  stages: Stage[];
  meta: Record<string, unknown>;
}

// ---- the model file: gzip of a small binary layout ----
// "RNER" u32 version u32 headerBytes, header (JSON: tags, stages [{features, rows}], meta),
// padding to 4 bytes, then per stage keys (u32 × rows) and weights (f32 × rows × NT).
// Little-endian throughout.

const MAGIC = 0x52454e52; // "RNER" read as little-endian u32
const VERSION = 2;

export function serializeModel(model: Model): Buffer {
  const header = Buffer.from(
    JSON.stringify({
      tags: TAGS,
      stages: model.stages.map((s) => ({ features: s.features, rows: s.rows, oBias: s.oBias })),
      meta: model.meta,
    }),
    'utf8',
  );
  const headPad = (4 - ((12 + header.length) % 4)) % 4;
  let total = 12 + header.length + headPad;
  for (const s of model.stages) total += s.keys.byteLength + s.weights.byteLength;
  const out = Buffer.alloc(total);
  out.writeUInt32LE(MAGIC, 0);
  out.writeUInt32LE(VERSION, 4);
  out.writeUInt32LE(header.length, 8);
  header.copy(out, 12);
  let at = 12 + header.length + headPad;
  for (const s of model.stages) {
    for (const a of [s.keys, s.weights]) {
      Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, at);
      at += a.byteLength;
    }
  }
  return gzipSync(out, { level: 9 });
}

/** Parses a model file's bytes; throws Error with a plain reason when they are not one. */
export function parseModel(bytes: Buffer): Model {
  let raw: Buffer;
  try {
    raw = gunzipSync(bytes);
  } catch {
    throw new Error('not a gzip file');
  }
  if (raw.length < 12 || raw.readUInt32LE(0) !== MAGIC) throw new Error('not a rasd NER model');
  const version = raw.readUInt32LE(4);
  if (version !== VERSION) throw new Error(`model version ${version}, this rasd reads version ${VERSION}`);
  const headLen = raw.readUInt32LE(8);
  const header = JSON.parse(raw.subarray(12, 12 + headLen).toString('utf8')) as {
    tags: string[];
    stages: { features: FeatureConfig; rows: number; oBias?: number }[];
    meta: Record<string, unknown>;
  };
  if (header.tags.join(' ') !== TAGS.join(' ')) throw new Error(`model tags ${header.tags.join(' ')} are not ${TAGS.join(' ')}`);
  let at = 12 + headLen + ((4 - ((12 + headLen) % 4)) % 4);
  const stages: Stage[] = [];
  for (const st of header.stages) {
    const rows = st.rows;
    if (raw.length < at + rows * 4 * (1 + NT)) throw new Error('model file is truncated');
    // Copy into aligned arrays (the gunzip buffer may sit at any offset of a shared pool).
    const keys = new Uint32Array(rows);
    Buffer.from(keys.buffer).set(raw.subarray(at, at + rows * 4));
    at += rows * 4;
    const weights = new Float32Array(rows * NT);
    Buffer.from(weights.buffer).set(raw.subarray(at, at + rows * NT * 4));
    at += rows * NT * 4;
    const stage = new Stage(keys, weights, { ...DEFAULT_FEATURES, ...st.features });
    if (typeof st.oBias === 'number' && st.oBias !== 0) stage.oBias = st.oBias;
    stages.push(stage);
  }
  if (at !== raw.length) throw new Error('model file has trailing bytes');
  if (stages.length < 1 || stages.length > 2) throw new Error(`model has ${stages.length} stages`);
  return { stages, meta: header.meta };
}
