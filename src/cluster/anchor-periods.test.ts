import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ANCHOR_PERIOD_DAYS, anchorQueries, indexKeys, PARTITION_SEP, sharesAnchors } from './anchor-periods.js';
import { MIN_SHARED_ANCHORS } from './stories.js';
import { cosine, docModel, MIN_SHARED_ENTITIES, relate, type DocModel } from './story-relation.js';
import type { StoryDoc } from './story-features.js';

const dayNumber = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const isoOf = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

function doc(over: Partial<StoryDoc>): DocModel {
  return docModel({ id: 'x', keys: ['سفين', 'ميناء', 'حاويه', 'شحن'], titleKeys: [], entities: ['LOC:جده', 'ORG:ميناء'], places: ['LOC:جده'], eventDate: null, published: null, ...over }, {});
}

/** Would `later`, placed after `earlier`, find it through the index and keep it (as the engine does)? */
function finds(later: DocModel, earlier: DocModel): boolean {
  const indexed = new Set(indexKeys(earlier));
  return anchorQueries(later, MIN_SHARED_ANCHORS, MIN_SHARED_ENTITIES).some((q) => {
    const bases = new Set(q.keys.filter((k) => indexed.has(k)).map((k) => k.slice(k.indexOf(PARTITION_SEP) + 1)));
    return bases.size >= q.minShared && sharesAnchors(later, earlier, MIN_SHARED_ANCHORS);
  });
}

test('a dated report is indexed under the period of its day and looks up the periods within the gap', () => {
  const day = dayNumber('2024-03-13');
  const m = doc({ eventDate: '2024-03-13' });
  const period = Math.floor(day / ANCHOR_PERIOD_DAYS);
  const keys = indexKeys(m);
  assert.ok(keys.includes(`P${period}|k:سفين`));
  assert.ok(keys.includes('e:ORG:ميناء'), 'entity anchors stay plain for undated look-ups');
  assert.ok(!keys.includes('k:سفين'), 'word anchors are never plain');
  const [dated, undated] = anchorQueries(m, 3, 2);
  const periods = new Set(dated!.keys.map((k) => k.slice(0, k.indexOf('|'))));
  assert.deepEqual([...periods].sort(), [...new Set([day - 3, day + 3].map((d) => `P${Math.floor(d / ANCHOR_PERIOD_DAYS)}`))].sort());
  assert.deepEqual(undated!.keys.sort(), ['u|e:LOC:جده', 'u|e:ORG:ميناء']);
  assert.equal(undated!.minShared, 2);
});

test('an undated report is indexed and looked up by its entities only', () => {
  const m = doc({});
  assert.deepEqual(indexKeys(m).sort(), ['e:LOC:جده', 'e:ORG:ميناء', 'u|e:LOC:جده', 'u|e:ORG:ميناء']);
  assert.deepEqual(anchorQueries(m, 3, 2), [{ keys: ['e:LOC:جده', 'e:ORG:ميناء'], minShared: 2 }]);
});

test('a month-precision date and recalled dates add their periods', () => {
  const m = doc({ eventDate: '2024-03', dates: ['2023-11-02'] });
  const periods = new Set(indexKeys(m).filter((k) => k.startsWith('P')).map((k) => k.slice(1, k.indexOf('|'))));
  for (const iso of ['2024-03-01', '2024-03-16', '2024-03-31', '2023-11-02']) {
    assert.ok(periods.has(String(Math.floor(dayNumber(iso) / ANCHOR_PERIOD_DAYS))), iso);
  }
  assert.ok(!periods.has(String(Math.floor(dayNumber('2024-04-10') / ANCHOR_PERIOD_DAYS))));
});

test('every pair the decision links is found, whichever of the two is placed second (random pairs)', () => {
  let s = 7;
  const rnd = (): number => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const base = dayNumber('2024-01-01');
  const words = ['سفين', 'ميناء', 'حاويه', 'شحن', 'رصيف', 'قمح', 'نفط', 'سفر', 'بحر', 'ريح'];
  const ents = ['LOC:جده', 'ORG:ميناء', 'PER:سامي', 'ORG:جمارك', 'LOC:ينبع'];
  const random = (): DocModel => {
    const day = base + Math.floor(rnd() * 40);
    const u = rnd();
    const eventDate = u < 0.35 ? null : u < 0.5 ? isoOf(day).slice(0, 7) : isoOf(day);
    return doc({
      keys: words.filter(() => rnd() < 0.6),
      entities: ents.filter(() => rnd() < 0.5),
      places: [pick(['LOC:جده', 'LOC:ينبع'])],
      eventDate,
      dates: rnd() < 0.3 ? [isoOf(day - 20 + Math.floor(rnd() * 5))] : [],
      ...(eventDate === null && rnd() < 0.3 ? { monthDays: [isoOf(day).slice(4)] } : {}),
    });
  };
  let linked = 0;
  for (let i = 0; i < 4000; i++) {
    const a = random();
    const b = random();
    if (relate(a, b, cosine(a, b)) === null || !sharesAnchors(a, b, MIN_SHARED_ANCHORS)) continue;
    linked++;
    assert.ok(finds(a, b) && finds(b, a), `${a.doc.eventDate} ${b.doc.eventDate}`);
  }
  assert.ok(linked > 300, `only ${linked} linked pairs drawn`);
});

test('reports weeks apart, or undated without two shared entities, are not looked up', () => {
  const a = doc({ eventDate: '2024-03-01' });
  assert.equal(finds(doc({ eventDate: '2024-03-20' }), a), false);
  assert.equal(finds(doc({ entities: ['LOC:جده'] }), a), false);
  assert.equal(finds(doc({ eventDate: '2024-03-03' }), a), true);
  assert.equal(finds(doc({}), a), true);
});
