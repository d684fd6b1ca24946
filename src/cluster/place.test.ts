import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../store/sqlite.js';
import type { NewDoc, Store } from '../store/store.js';
import { indexKeys } from '../text/stem.js';
import type { EntityType, Extraction, Mention } from '../types.js';
import { inBatches, PLACE_BATCH, PLACE_BATCH_MS, placePending, recluster } from './place.js';
import { BUSY_TIMEOUT_MS } from '../store/sqlite.js';
import { clusterStories } from './stories.js';
import { storyDocFromStored } from './story-features.js';

const root = mkdtempSync(join(tmpdir(), 'rasd-place-'));
after(() => rmSync(root, { recursive: true, force: true }));

interface Spec {
  title: string;
  text: string;
  date: string | null;
  entities: Array<[string, EntityType]>;
}

const STRIKE_A1 =
  'أضرب عمال ميناء العقبة عن العمل صباح الاثنين احتجاجا على تأخر صرف رواتبهم، وتوقفت عمليات تفريغ السفن في الأرصفة الجنوبية. ' +
  'وطالب العمال إدارة ميناء العقبة بدفع المستحقات المتأخرة منذ ثلاثة أشهر.';

const SPECS: Record<string, Spec> = {
  a1: { title: 'إضراب عمال ميناء العقبة', text: STRIKE_A1, date: '2024-08-05', entities: [['العقبة', 'LOC'], ['ميناء العقبة', 'ORG']] },
  a2: {
    title: 'الإضراب في ميناء العقبة يدخل يومه الثاني',
    text: 'تواصل إضراب عمال ميناء العقبة لليوم الثاني، وتكدست الحاويات على الأرصفة الجنوبية بعد توقف تفريغ السفن. وقالت إدارة ميناء العقبة إنها ستدفع رواتب العمال المتأخرة خلال أيام.',
    date: '2024-08-06',
    entities: [['العقبة', 'LOC'], ['ميناء العقبة', 'ORG']],
  },
  a3: {
    title: 'عمال العقبة يواصلون الإضراب',
    text: 'في العقبة يواصل عمال ميناء العقبة الإضراب عن العمل للمطالبة بصرف رواتبهم المتأخرة، فيما تنتظر السفن في الأرصفة الجنوبية تفريغ حمولتها.',
    date: null,
    entities: [['العقبة', 'LOC'], ['ميناء العقبة', 'ORG']],
  },
  a4: {
    title: 'عمال ميناء العقبة يضربون',
    text: `${STRIKE_A1} وأكد ممثل العمال أن الإضراب مستمر.`,
    date: null,
    entities: [['العقبة', 'LOC'], ['ميناء العقبة', 'ORG']],
  },
  b1: {
    title: 'حريق في غابات ريف اللاذقية',
    text: 'اندلع حريق واسع في غابات ريف اللاذقية مساء الأحد، وعملت فرق الإطفاء على إخماد النيران التي امتدت إلى الأراضي الزراعية. وأفاد الدفاع المدني بإجلاء سكان قريتين.',
    date: '2024-08-04',
    entities: [['اللاذقية', 'LOC'], ['الدفاع المدني', 'ORG']],
  },
  b2: {
    title: 'السيطرة على حريق غابات اللاذقية',
    text: 'تمكنت فرق الإطفاء والدفاع المدني من السيطرة على حريق غابات ريف اللاذقية بعد يومين من اندلاعه، وقدرت المساحة المحترقة بمئات الهكتارات من الغابات والأراضي الزراعية.',
    date: '2024-08-06',
    entities: [['اللاذقية', 'LOC'], ['الدفاع المدني', 'ORG']],
  },
  c1: {
    title: 'مكتبة عامة جديدة في تونس',
    text: 'افتتحت بلدية تونس مكتبة عامة جديدة في حي باب سويقة بالعاصمة تونس، تضم آلاف الكتب وقاعة مطالعة مخصصة للأطفال.',
    date: null,
    entities: [['بلدية تونس', 'ORG'], ['باب سويقة', 'LOC'], ['تونس', 'LOC']],
  },
  c2: {
    title: 'المكتبة الجديدة تفتح أبوابها',
    text: 'المكتبة العامة الجديدة في حي باب سويقة بالعاصمة تونس تفتح أبوابها للقراء، مع قاعة مطالعة للأطفال وآلاف الكتب.',
    date: null,
    entities: [['باب سويقة', 'LOC'], ['تونس', 'LOC']],
  },
  d1: {
    title: 'الذهب يرتفع في مصر',
    text: 'ارتفعت أسعار الذهب في محلات الصاغة بالقاهرة مع زيادة الطلب قبل موسم الأعراس، وسجل عيار واحد وعشرين مستوى قياسيا.',
    date: '2024-08-05',
    entities: [['القاهرة', 'LOC']],
  },
};

/** The extraction of a spec: each entity at its first occurrence (body, then title), the dateline's day. */
function extraction(s: Spec): Extraction {
  const mentions: Mention[] = [];
  for (const [text, type] of s.entities) {
    const start = s.text.indexOf(text);
    assert.ok(start >= 0, text);
    mentions.push({ start, end: start + text.length, text, type, via: 'rule' });
  }
  const published = s.date ? { date: s.date, precision: 'day' as const, evidence: 'dateline' } : null;
  return { mentions, quantities: [], dates: [], published };
}

function newDoc(name: string, withExtraction = true): NewDoc {
  const s = SPECS[name]!;
  return {
    hash: createHash('sha256').update(s.text).digest('hex'),
    source: `وكالة/${name}.txt`,
    outlet: 'وكالة',
    encoding: 'utf-8',
    raw: `${s.title}\n${s.text}\n`,
    title: s.title,
    text: s.text,
    captions: [],
    removed: [],
    map: [[0, s.title.length + 1, s.text.length]],
    sentences: [{ start: 0, end: s.text.length }],
    keys: indexKeys(s.text).join(' '),
    titleKeys: indexKeys(s.title).join(' '),
    ...(withExtraction ? { extraction: extraction(s) } : {}),
  };
}

/** Every story with its members' names, largest first. */
async function stories(store: Store, nameOf: Map<string, string>): Promise<string[]> {
  const out: string[] = [];
  for (const r of await store.stories.listStories()) {
    const docs = (await store.stories.storyDocs(r.id)).map((m) => nameOf.get(m.doc)!);
    out.push(`${r.size}: ${docs.sort().join(' ')} (${nameOf.get(r.central)})`);
  }
  return out;
}

/** The store, recording the documents it is asked to place, in order. */
function recording(store: Store): { store: Store; placed: string[] } {
  const placed: string[] = [];
  const stories = new Proxy(store.stories, {
    get(target, prop) {
      const v: unknown = Reflect.get(target, prop, target);
      if (prop !== 'commitStoryDoc' || typeof v !== 'function') return typeof v === 'function' ? v.bind(target) : v;
      return (c: { doc: string }) => (placed.push(c.doc), v.call(target, c));
    },
  });
  return { store: new Proxy(store, { get: (t, p) => (p === 'stories' ? stories : (Reflect.get(t, p, t) as unknown)) }), placed };
}

test('placing after each ingest batch, and reclustering everything, give the reference stories', async () => {
  const store = openSqliteStore(join(root, 'place.db'));
  try {
    const nameOf = new Map<string, string>();
    const add = async (name: string, withExtraction = true): Promise<string> => {
      const { id, status } = await store.addDocument(newDoc(name, withExtraction), []);
      assert.equal(status, 'added');
      nameOf.set(id, name);
      return id;
    };
    for (const n of ['b1', 'a2', 'c1', 'd1']) await add(n);
    assert.deepEqual(await placePending(store), { placed: 4, joined: 0, copies: 0, stories: 4 });
    for (const n of ['a1', 'c2']) await add(n);
    const a3 = await add('a3', false);
    // a3 has no extraction yet: it waits.
    assert.deepEqual(await placePending(store), { placed: 2, joined: 2, copies: 0, stories: 4 });
    assert.equal((await store.stories.storyMembership([a3])).size, 0);
    for (const n of ['a4', 'b2']) await add(n);
    const progress: Array<[number, number]> = [];
    const third = await placePending(store, { onProgress: (done, total) => progress.push([done, total]) });
    assert.deepEqual(third, { placed: 2, joined: 2, copies: 1, stories: 4 });
    assert.deepEqual(progress, [[1, 2], [2, 2]]);
    await store.setExtraction(a3, extraction(SPECS.a3!));
    assert.deepEqual(await placePending(store), { placed: 1, joined: 1, copies: 0, stories: 4 });
    assert.deepEqual(await placePending(store), { placed: 0, joined: 0, copies: 0, stories: 4 });

    const incremental = await stories(store, nameOf);
    assert.deepEqual(
      incremental.map((s) => s.replace(/ \(.*\)$/u, '')),
      ['4: a1 a2 a3 a4', '2: b1 b2', '2: c1 c2', '1: d1'],
    );
    const reference = clusterStories((await store.listDocuments()).map((d) => storyDocFromStored(d)));
    assert.deepEqual(
      reference.map((s) => s.docs.map((d) => nameOf.get(d)!).sort().join(' ')).sort(),
      ['a1 a2 a3 a4', 'b1 b2', 'c1 c2', 'd1'],
    );
    const copies = await store.stories.copyPairs([...nameOf.keys()]);
    assert.deepEqual(copies.map((c) => [nameOf.get(c.doc), nameOf.get(c.of)]), [['a4', 'a1']]);

    // Ingest order: b1 a2 c1 d1 a1 c2 a3 a4 b2; five of them join a story placed before.
    const spy = recording(store);
    assert.deepEqual(await recluster(spy.store), { placed: 9, joined: 5, copies: 1, stories: 4 });
    assert.deepEqual(spy.placed.map((d) => nameOf.get(d)), ['b1', 'a2', 'c1', 'd1', 'a1', 'c2', 'a3', 'a4', 'b2']);
    assert.deepEqual(await stories(store, nameOf), incremental);
    assert.equal((await store.listDocuments()).length, 9);

    // A limited run places the first pending documents in ingest order; the next places the rest.
    await store.stories.clearStories();
    assert.equal((await placePending(store, { limit: 3 })).placed, 3);
    assert.deepEqual((await store.stories.storyPending()).map((d) => nameOf.get(d)), ['d1', 'a1', 'c2', 'a3', 'a4', 'b2']);
    assert.equal((await placePending(store)).placed, 6);
    assert.deepEqual(await stories(store, nameOf), incremental);
  } finally {
    await store.close();
  }
});

test('batches close at their document count or their time, whichever comes first, and only committed batches are reported', async () => {
  let clock = 0;
  const batches: number[][] = [];
  const engine = {
    async batch<T>(fn: () => Promise<T>): Promise<T> {
      batches.push([]);
      return fn();
    },
  };
  const done: number[] = [];
  // Documents take 1 ms, except 10 and 11 which take 4 ms each: a 5 ms batch holding them closes early.
  const place = async (i: number): Promise<void> => {
    batches.at(-1)!.push(i);
    clock += i === 10 || i === 11 ? 4 : 1;
  };
  await inBatches(engine, 16, place, (to) => done.push(to), { docs: 4, ms: 5, now: () => clock });
  assert.deepEqual(batches, [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10], [11, 12], [13, 14, 15]]);
  assert.deepEqual(done, [4, 8, 11, 13, 16]);

  // A batch that fails is not reported done and the error reaches the caller.
  batches.length = 0;
  done.length = 0;
  const failing = async (i: number): Promise<void> => {
    batches.at(-1)!.push(i);
    if (i === 5) throw new Error('document 5 is broken');
  };
  await assert.rejects(inBatches(engine, 9, failing, (to) => done.push(to), { docs: 4, ms: 1000, now: () => clock }), /document 5 is broken/);
  assert.deepEqual(batches, [[0, 1, 2, 3], [4, 5]]);
  assert.deepEqual(done, [4]);
  // The real bounds: the write lock is held well under the busy timeout.
  assert.ok(PLACE_BATCH_MS < BUSY_TIMEOUT_MS && PLACE_BATCH >= 256);
});
