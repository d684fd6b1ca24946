// Gold check of event reconciliation on the real seed pages: the five seeds ingested into a
// temporary store, each gold event's story found through the gold `stories` map (an event's
// reported_by may list a report of another story that only recalls it), and its scene,
// date, chairs and the weekday conflict compared with the gold. The pages live in
// ../shared beside the checkout and are read at run time; without them the test skips.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openSqliteStore } from '../src/store/sqlite.js';
import { ingestPaths } from '../src/ingest/ingest.js';
import { storyEvent } from '../src/reconcile/event.js';
import { entityFeature } from '../src/cluster/story-features.js';
import { normalizeForMatch } from '../src/text/normalize.js';
import { SHARED, SEEDS, GOLD } from './paths.js';

interface GoldEvent {
  id: string;
  type: string;
  place: string;
  date: string;
  chairs: string[];
}

interface Gold {
  events: GoldEvent[];
  stories: Record<string, string[]>;
  conflicts: Array<{ event: string; slot: string; values: Record<string, string[]> }>;
}

/** The gold's Rome date is a day no Rome report gives; the reports and their recall give its month. */
const MONTH_ONLY = new Set(['rome-2021']);

if (!existsSync(SEEDS) || !existsSync(GOLD)) {
  test('seeds: story events match the gold', (t) => {
    t.skip(`../shared is absent (looked in ${SHARED}): the seed event check needs it`);
  });
} else {
  const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as Gold;
  const dir = mkdtempSync(path.join(tmpdir(), 'rasd-seeds-events-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const store = openSqliteStore(path.join(dir, 'seeds.db'));
  after(() => store.close());
  const ready = ingestPaths([SEEDS], store).then(async () => {
    const byFile = new Map<string, string>();
    for (const d of await store.listDocuments()) byFile.set(path.basename(d.source), d.id);
    return byFile;
  });

  /** The story holding an event's own reports (gold `stories`), and its event. */
  async function eventOf(id: string) {
    const byFile = await ready;
    const files = gold.stories[id];
    assert.ok(files && files.length > 0, `no gold story for ${id}`);
    const doc = byFile.get(files[0]!)!;
    const story = (await store.stories.storyMembership([doc])).get(doc)!.story;
    for (const f of files) assert.equal((await store.stories.storyMembership([byFile.get(f)!])).get(byFile.get(f)!)!.story, story, `${f} in the story of ${id}`);
    return { byFile, ...(await storyEvent(store, story)) };
  }

  for (const g of gold.events) {
    test(`seeds event ${g.id}: kind, place, date and chairs`, async () => {
      const { event } = await eventOf(g.id);
      assert.equal(event.kind?.value, g.type);
      assert.ok(event.place, 'a place');
      assert.equal(normalizeForMatch(event.place.value.name), normalizeForMatch(g.place));
      assert.ok(event.date, 'a date');
      if (MONTH_ONLY.has(g.id)) {
        assert.equal(event.date.value.value, g.date.slice(0, 7));
        assert.equal(event.date.value.precision, 'month');
      } else {
        assert.deepEqual(event.date.value, { value: g.date, precision: 'day' });
      }
      const chairs = new Set(event.participants.filter((p) => p.role === 'chair').map((p) => p.key));
      for (const c of g.chairs) {
        const key = entityFeature({ type: 'PER', text: c, start: 0, end: c.length, via: 'rule' });
        assert.ok(chairs.has(key), `${c} (${key}) among the chairs: ${[...chairs].join(', ')}`);
      }
      assert.equal(chairs.size, g.chairs.length, 'no other chairs');
    });
  }

  for (const c of gold.conflicts.filter((x) => x.slot === 'weekday')) {
    test(`seeds event ${c.event}: the weekday conflict`, async () => {
      const { byFile, eventFacts } = await eventOf(c.event);
      const f = eventFacts.find((x) => x.kind === 'weekday');
      assert.equal(f?.status, 'conflict');
      const want = Object.entries(c.values)
        .map(([value, files]) => ({ value, docs: files.map((x) => byFile.get(x)!).sort() }))
        .sort((a, b) => b.docs.length - a.docs.length);
      assert.deepEqual(f.sides, want);
      const date = eventFacts.find((x) => x.kind === 'date');
      assert.notEqual(date?.status, 'conflict', 'the one explicit date is not in conflict');
    });
  }
}
