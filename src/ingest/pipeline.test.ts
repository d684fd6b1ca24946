import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Pipeline, type Component } from './pipeline.js';
import { ingestPipeline, contentHash } from './components.js';
import { PAGE_DESALINATION } from '../testing/pages.js';

const upper: Component = { name: 'upper', reads: ['raw'], writes: ['text'], run: (d) => ({ ...d, text: d.raw!.toUpperCase() }) };
const load: Component = { name: 'load', reads: ['bytes'], writes: ['raw'], run: (d) => ({ ...d, raw: d.bytes!.toString() }) };

test('a component that reads a field no earlier component writes is refused at construction', () => {
  assert.throws(() => new Pipeline([upper, load]), /'upper' reads 'raw'/);
  assert.doesNotThrow(() => new Pipeline([load, upper]));
});

test('run() can start and stop at named components', () => {
  const p = new Pipeline([load, upper]);
  const d1 = p.run({ source: 's', outlet: 'o', bytes: Buffer.from('abc') }, undefined, 'load', 'load');
  assert.equal(d1.raw, 'abc');
  assert.equal(d1.text, undefined);
  assert.equal(p.run(d1, undefined, 'upper').text, 'ABC');
});

test('the ingest pipeline fills every field the store needs', () => {
  const doc = ingestPipeline().run({ source: 'x.txt', outlet: 'o', bytes: Buffer.from(PAGE_DESALINATION) }, {});
  for (const f of ['encoding', 'raw', 'hash', 'title', 'text', 'captions', 'removed', 'map', 'sentences', 'keys', 'titleKeys'] as const) {
    assert.notEqual(doc[f], undefined, f);
  }
  assert.equal(doc.encoding, 'utf-8');
  assert.ok(doc.keys!.split(' ').includes('جبيل'));
});

test('the content hash ignores line-ending style and trailing space, and nothing else', () => {
  assert.equal(contentHash('سطر\r\nسطر\n'), contentHash('سطر\nسطر'));
  assert.notEqual(contentHash('سطر\nسطر'), contentHash('سطر سطر'));
});
