import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { hash52 } from '../text/hash.js';
import { cosine, docModel } from './story-relation.js';
import type { StoryDoc } from './story-features.js';

// Two reports of one meeting: many shared stems, each repeated a different number of times,
// so the key weights differ and the order in which a cosine adds its products shows in its
// last bits.
const stems = ['اجتماع', 'وزير', 'تحالف', 'داعش', 'تمويل', 'مراكش', 'الرياض', 'روما', 'خارجية', 'بيان', 'دعم', 'عراق', 'سوري', 'مخيم', 'لاجئ'];
const keysOf = (offset: number): string[] => {
  const keys: string[] = [];
  for (let i = 0; i < 160; i++) {
    const k = `${stems[i % stems.length]}${Math.floor(i / stems.length) + offset}`;
    for (let r = 0; r <= (i * 7 + offset) % 5; r++) keys.push(k);
  }
  return keys;
};
const doc = (id: string, keys: string[]): StoryDoc => ({ id, keys, titleKeys: keys.slice(0, 3), entities: [], places: [], eventDate: null, published: null });
const A = doc('a', keysOf(0));
const B = doc('b', keysOf(3));
// Document frequencies make every key's weight its own.
const dfEntries = [...new Set([...A.keys, ...B.keys])].map((k, i): [string, number] => [k, 1 + ((i * 37) % 101)]);
const opts = { df: new Map(dfEntries), dfDocs: 1000 };

/** The bits of a double, to compare cosines exactly. */
const bits = (x: number): string => Buffer.from(new Float64Array([x]).buffer).toString('hex');

test('a key vector holds each weighted key once, by its 52-bit hash, ascending', () => {
  const m = docModel(A, {});
  const distinct = new Set([...A.keys, ...A.titleKeys]);
  assert.equal(m.ids.length, distinct.size);
  assert.deepEqual([...m.ids], [...distinct].map(hash52).sort((x, y) => x - y));
  for (let i = 1; i < m.ids.length; i++) assert.ok(m.ids[i - 1]! < m.ids[i]!, 'strictly ascending');
  assert.equal(Math.abs(cosine(m, m) - 1) < 1e-12, true);
  const c = cosine(m, docModel(B, {}));
  assert.ok(c > 0.1 && c < 0.9, `the two reports share some keys (cosine ${c})`);
  assert.equal(bits(c), bits(cosine(docModel(B, {}), m)), 'symmetric to the last bit');
});

test('a cosine is the same to the last bit in every process, whatever keys that process met first', () => {
  // A child process first models a report of the same keys in reverse order (a key numbering
  // by first sight would then add the products in another order), then the pair.
  const url = JSON.stringify(new URL('./story-relation.js', import.meta.url).href);
  const reversed = JSON.stringify(doc('r', [...new Set([...B.keys, ...A.keys])].reverse()));
  const code = `
    import { cosine, docModel } from ${url};
    const opts = { df: new Map(${JSON.stringify(dfEntries)}), dfDocs: 1000 };
    docModel(${reversed}, opts);
    const c = cosine(docModel(${JSON.stringify(A)}, opts), docModel(${JSON.stringify(B)}, opts));
    console.log(Buffer.from(new Float64Array([c]).buffer).toString('hex'));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout.trim(), bits(cosine(docModel(A, opts), docModel(B, opts))));
});
