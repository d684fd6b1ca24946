import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths } from './ingest.js';
import { openSqliteStore } from '../store/sqlite.js';
import { PAGE_VISIT_A, PAGE_VISIT_B } from '../testing/pages.js';

test('documents stored without extraction get it, and their entities, at the next ingest', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rasd-ingest-'));
  try {
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'a', 'visit.txt'), PAGE_VISIT_A);
    writeFileSync(join(dir, 'b', 'visit.txt'), PAGE_VISIT_B);
    const store = openSqliteStore(join(dir, 'x.db'));
    const first = await ingestPaths([join(dir, 'a')], store, { extract: false });
    assert.equal(first.added.length, 1);
    assert.equal(first.entities, undefined);
    assert.deepEqual(await store.documentsWithoutExtraction(), [first.added[0]!.id]);
    assert.deepEqual(await store.listEntities(), []);

    const second = await ingestPaths([join(dir, 'b')], store);
    assert.equal(second.entities?.extracted, 1, 'the older document was extracted');
    assert.deepEqual(await store.documentsWithoutExtraction(), []);
    const people = await store.listEntities('PER');
    const guterres = people.find((e) => e.surfaces.includes('أنطونيو غوتيريش'));
    assert.ok(guterres && guterres.docs.length === 2, 'linked across the two documents');
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
