// Helpers of the SQLite store's tests (sqlite.test.ts, sqlite-upgrade.test.ts).
import { after } from 'node:test';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NewDoc } from './store.js';

/** A function giving a new store file in a directory of its own, all removed after the tests. */
export function tempFiles(prefix: string): (name?: string) => string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  after(() => rmSync(root, { recursive: true, force: true }));
  return (name = 'store.db') => join(mkdtempSync(join(root, 's-')), name);
}

/** A small cleaned report, number i. */
export function doc(i: number, over: Partial<NewDoc> = {}): NewDoc {
  const text = `تقرير رقم ${i}: ارتفعت أسعار النفط في الأسواق العالمية اليوم.`;
  return {
    hash: createHash('sha256').update(text).digest('hex'),
    source: `وكالة/${i}.txt`,
    outlet: 'وكالة',
    encoding: 'utf-8',
    raw: text,
    title: `تقرير ${i}`,
    text,
    captions: [],
    removed: [],
    map: [[0, 0, text.length]],
    sentences: [{ start: 0, end: text.length }],
    keys: `نفط سعر سوق رقم${i}`,
    ...over,
  };
}
