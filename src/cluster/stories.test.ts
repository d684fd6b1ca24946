import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexKeys } from '../text/stem.js';
import type { StoryDoc } from './story-features.js';
import { StoryIndex, clusterStories, datesCompatible, relateDocs } from './stories.js';

const BASE =
  'عقد وزراء خارجية دول التحالف الدولي ضد تنظيم داعش اجتماعهم الوزاري وبحث الوزراء سبل هزيمة التنظيم ' +
  'ودعم الاستقرار في العراق وسوريا وأكد البيان الختامي التزام التحالف بمواصلة الجهود ومنع عودة التنظيم ' +
  'وتمويل برامج إعادة الإعمار في المناطق المحررة';

function doc(id: string, text: string, o: Partial<StoryDoc> = {}): StoryDoc {
  return {
    id,
    keys: indexKeys(text),
    titleKeys: [],
    entities: ['coalition', 'isis', 'blinken'],
    places: [],
    eventDate: null,
    published: null,
    ...o,
  };
}

const rome = doc('rome-a', `${BASE} في روما بإيطاليا برئاسة دي مايو`, { eventDate: '2021-06-28', places: ['rome', 'italy'], entities: ['coalition', 'isis', 'blinken', 'dimaio'] });
const rome2 = doc('rome-b', `${BASE} في العاصمة الإيطالية روما`, { eventDate: '2021-06-29', places: ['rome'], entities: ['coalition', 'isis', 'dimaio'] });
const marrakech = doc('marrakech-a', `${BASE} في مراكش المغربية برئاسة بوريطة وذكر البيان اجتماع روما`, {
  eventDate: '2022-05-11',
  places: ['marrakech'],
  entities: ['coalition', 'isis', 'blinken', 'bourita'],
  dates: ['2021-06', '2022-05-11'],
});
const riyadh = doc('riyadh-a', `${BASE} في الرياض برئاسة فيصل بن فرحان`, { eventDate: '2023-06-08', places: ['riyadh', 'saudi'], entities: ['coalition', 'isis', 'blinken', 'faisal'] });
const riyadh2 = doc('riyadh-b', `${BASE} في العاصمة السعودية الرياض`, { eventDate: '2023-06-09', places: ['riyadh'], entities: ['coalition', 'isis', 'faisal'] });
/** No date: joins Riyadh by its scene, and must not bridge Riyadh and Marrakech. */
const riyadhUndated = doc('riyadh-c', `${BASE} في الرياض وبوريطة`, { places: ['riyadh'], entities: ['coalition', 'isis', 'faisal', 'bourita'] });
/** No date and no place: a story of its own. */
const vague = doc('vague', BASE);
const quake = doc('quake', 'ضرب زلزال بقوة 5.4 درجات ولاية سطيف وخلف 12 قتيلا و320 جريحا وانهيار منازل في عين ولمان', {
  eventDate: '2023-06-08',
  places: ['setif'],
  entities: ['craag', 'setif'],
});
const ALL = [rome, rome2, marrakech, riyadh, riyadh2, riyadhUndated, vague, quake];

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  let s = seed;
  const rnd = (): number => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

test('dates: a few days apart are compatible, further apart or another year are not', () => {
  assert.ok(datesCompatible('2025-03-16', '2025-03-17'));
  assert.ok(datesCompatible('2025-03-16', '2025-03-19'));
  assert.ok(!datesCompatible('2025-03-16', '2025-03-20'));
  assert.ok(!datesCompatible('2024-11-19', '2025-11-18'));
  assert.ok(datesCompatible('2025-03', '2025-03-31'));
  assert.ok(datesCompatible('2025-03', '2025-04-02'));
  assert.ok(!datesCompatible('2025-03', '2025-05-01'));
  assert.ok(datesCompatible(null, '2025-05-01'));
  assert.ok(!datesCompatible('2024-12-31', '2025-01-01'));
});

test('meetings of one coalition in different years are different stories, whatever their wording', () => {
  const r = relateDocs(rome, riyadh);
  assert.ok(r.cosine > 0.8, `cosine ${r.cosine}`);
  assert.equal(r.relation, null);
  assert.equal(relateDocs(riyadh, riyadh2).relation, 'same');
  const stories = clusterStories(ALL);
  assert.deepEqual(
    stories.map((s) => s.docs),
    [['marrakech-a'], ['quake'], ['riyadh-a', 'riyadh-b', 'riyadh-c'], ['rome-a', 'rome-b'], ['vague']],
  );
});

test('a report that recalls an earlier event is linked to it as a mention, not merged', () => {
  assert.equal(relateDocs(marrakech, rome).relation, 'mention');
  const stories = clusterStories(ALL);
  const m = stories.find((s) => s.id === 'marrakech-a')!;
  assert.deepEqual(m.mentions, ['rome-a']);
  assert.deepEqual(stories.find((s) => s.id === 'rome-a')!.mentions, ['marrakech-a']);
  assert.deepEqual(stories.find((s) => s.id === 'riyadh-a')!.mentions, []);
});

test('the same partition whatever the ingest order', () => {
  const want = JSON.stringify(clusterStories(ALL));
  for (let seed = 1; seed <= 5; seed++) {
    const index = new StoryIndex();
    for (const d of shuffled(ALL, seed)) index.add(d);
    assert.equal(JSON.stringify(index.stories()), want, `order ${seed}`);
  }
});

test('add tells which story the document joined', () => {
  const index = new StoryIndex();
  assert.deepEqual(index.add(riyadh2), { story: 'riyadh-b', joined: [], mentions: [] });
  assert.deepEqual(index.add(quake), { story: 'quake', joined: [], mentions: [] });
  const r = index.add(riyadh);
  assert.equal(r.story, 'riyadh-a');
  assert.deepEqual(r.joined, ['riyadh-b']);
  const u = index.add(riyadhUndated);
  assert.equal(u.story, 'riyadh-a');
  assert.deepEqual(u.joined, ['riyadh-a']);
  // Adding the same id again changes nothing.
  assert.deepEqual(index.add(riyadh), { story: 'riyadh-a', joined: [], mentions: [] });
  assert.equal(index.size, 4);
  assert.equal(index.storyOf('quake'), 'quake');
  assert.equal(index.storyOf('nope'), undefined);
});

test('documents that share no anchor are never compared', () => {
  const a = doc('a', 'افتتاح معرض الكتاب في جدة بمشاركة دور نشر', { eventDate: '2025-12-11', entities: [] });
  const b = doc('b', 'حصاد الزيتون في صفاقس يبدأ مطلع الشهر', { eventDate: '2025-12-11', entities: [] });
  assert.deepEqual(clusterStories([a, b]).map((s) => s.docs), [['a'], ['b']]);
});

test('an undated report joins one dated story and never bridges two', () => {
  const both = doc('both', `${BASE} في الرياض ومراكش`, { places: ['riyadh', 'marrakech'], entities: ['coalition', 'isis', 'faisal', 'bourita'] });
  assert.equal(relateDocs(both, riyadh).relation, 'same');
  assert.equal(relateDocs(both, marrakech).relation, 'same');
  const docs = [riyadh, riyadh2, marrakech, both];
  const want = clusterStories(docs).map((s) => s.docs);
  assert.equal(want.length, 2);
  assert.ok(want.some((d) => d.includes('marrakech-a') && !d.includes('riyadh-a')));
  for (let seed = 1; seed <= 5; seed++) {
    const index = new StoryIndex();
    for (const d of shuffled(docs, seed)) index.add(d);
    assert.deepEqual(index.stories().map((s) => s.docs), want);
  }
});

test('an undated report whose lead gives the day and month without a year is compared as dated', () => {
  // Its lead place (a dateline of the outlet's city) is not the scene, so the undated rule
  // alone would keep it apart; the month-day next to Riyadh's date makes the pair dated.
  const london = doc('riyadh-london', `${BASE} في الرياض`, { places: ['london'], entities: ['coalition', 'isis', 'faisal'], monthDays: ['--06-08'] });
  assert.equal(relateDocs(london, riyadh).relation, 'same');
  assert.equal(relateDocs(london, { ...riyadh, eventDate: '2023-06-20' }).relation, null, 'twelve days apart: another event');
  assert.equal(relateDocs({ ...london, monthDays: undefined }, riyadh).relation, null, 'without the month-day the scenes disagree');
  // A month-day far from the other's date keeps two reports apart however alike they are.
  const otherDay = doc('rome-undated', `${BASE} في العاصمة الإيطالية روما`, { places: ['rome'], entities: ['coalition', 'isis', 'dimaio'], monthDays: ['--09-14'] });
  assert.equal(relateDocs(otherDay, rome2).relation, null);
  assert.equal(relateDocs({ ...otherDay, monthDays: ['--06-28'] }, rome2).relation, 'same');
  // Without two shared entities a report with no event date links to nothing, month-day or not.
  assert.equal(relateDocs({ ...london, entities: ['faisal'] }, riyadh).relation, null);
});

test('a dated report recalling an undated report\'s event (its scene and a participant, another date) is a mention, not a merge', () => {
  const recalled = { date: '2021-06', entities: ['blinken', 'dimaio', 'rome'] };
  const marrakechRecalling = { ...marrakech, recalls: [recalled] };
  const romeUndated = doc('rome-undated', `${BASE} في روما بإيطاليا برئاسة دي مايو`, { places: ['rome', 'italy'], entities: ['coalition', 'isis', 'dimaio'] });
  assert.equal(relateDocs(marrakechRecalling, romeUndated).relation, 'mention');
  assert.equal(relateDocs(romeUndated, marrakechRecalling).relation, 'mention');
  // Without the recalled sentence, or when it names the scene alone, nothing links them.
  assert.notEqual(relateDocs(marrakech, romeUndated).relation, 'mention');
  assert.notEqual(relateDocs({ ...marrakech, recalls: [{ date: '2021-06', entities: ['rome'] }] }, romeUndated).relation, 'mention');
  // A report of the same scene is not "recalled": same-scene reports are judged as one event or not.
  const sameScene = doc('marrakech-undated', `${BASE} في مراكش المغربية`, { places: ['marrakech'], entities: ['coalition', 'isis', 'bourita'] });
  assert.notEqual(relateDocs({ ...marrakech, recalls: [{ date: '2021-06', entities: ['bourita', 'marrakech'] }] }, sameScene).relation, 'mention');
  // In the index: two stories, linked.
  const index = new StoryIndex();
  index.add(marrakechRecalling);
  const placed = index.add(romeUndated);
  assert.deepEqual(placed.mentions, ['marrakech-a']);
  assert.equal(index.stories().length, 2);
});
