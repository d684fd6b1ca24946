// reportSites and siteFacts on reports written for this test: a fishing boat that capsized
// off Tabarka (one outlet says Bizerte), a blast near Homs written two ways, and the phrases
// that must not count (an adjective, a country, a sentence recalling another event).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention, StoredDoc } from '../types.js';
import type { StoryDoc } from '../cluster/story-features.js';
import type { EventDoc } from './event-context.js';
import { reportSites, siteFacts } from './event-site.js';

/** An EventDoc of one text whose lead is all of it; `locs` are the LOC mentions the recognizer found. */
function report(id: string, text: string, locs: string[] = [], recall?: string): EventDoc {
  const mentions: Mention[] = locs.map((l) => {
    const start = text.indexOf(l);
    assert.ok(start >= 0, l);
    return { type: 'LOC', text: l, start, end: start + l.length, via: 'model' };
  });
  const doc = { id, text, title: '', sentences: [], extraction: { mentions, quantities: [], dates: [], published: null } } as unknown as StoredDoc;
  const features = { id, keys: [], titleKeys: [], entities: [], places: [], eventDate: null, published: null } as StoryDoc;
  const recallSentences = new Set<number>(recall ? [text.indexOf(recall)] : []);
  return { id, doc, features, lead: text.length, placeLead: text.length, recallSentences };
}

const tabarka = report('a', 'غرق زورق صيد ليل الجمعة قبالة سواحل مدينة طبرقة التونسية، وأنقذ خفر السواحل ثمانية بحارة.', ['طبرقة']);
// The recognizer missed the town: after a head (سواحل) a name-like word is the place. Tashkeel on قُبالة.
const bizerte = report('b', 'انقلب زورق صيد فجر السبت قُبالة سواحل بنزرت شمالي البلاد وعلى متنه تسعة بحارة.');
const reprint = report('c', 'غرق زورق صيد ليل الجمعة قبالة سواحل مدينة طبرقة التونسية، وأنقذ خفر السواحل ثمانية بحارة الأحد.', ['طبرقة']);

test('a site: the relation phrase, heads, and the place named after them, tagged or not', () => {
  assert.deepEqual(reportSites(tabarka).map((s) => [s.relation, s.name, s.evidence.text]), [['off', 'طبرقة', 'قبالة سواحل مدينة طبرقة']]);
  assert.deepEqual(reportSites(bizerte).map((s) => [s.relation, s.name, s.evidence.text]), [['off', 'بنزرت', 'قُبالة سواحل بنزرت']]);
  const s = reportSites(tabarka)[0]!;
  assert.equal(tabarka.doc.text.slice(s.evidence.start, s.evidence.end), s.evidence.text, 'offsets into the text');
});

test('no site from an adjective, a common noun, a country, a place far from the phrase, or a recalled event', () => {
  assert.deepEqual(reportSites(report('d', 'غرق مركب للمهاجرين قبالة السواحل التونسية صباح اليوم.')), []);
  assert.deepEqual(reportSites(report('e', 'انفجرت عبوة قرب الحدود مع الجزائر.', ['الجزائر'])), []);
  assert.deepEqual(reportSites(report('f', 'غرق مركب قبالة سواحل ليبيا فجر اليوم.', ['ليبيا'])), [], 'a country contradicts no town');
  const recalled = 'وكان زورق آخر قد غرق قبالة سواحل صفاقس في مارس الماضي.';
  assert.deepEqual(reportSites(report('g', `انقلب زورق صيد في ميناء طبرقة. ${recalled}`, ['طبرقة', 'صفاقس'], recalled)), []);
});

test('only the first site of a relation counts in a report', () => {
  const two = report('h', 'غرق زورق قبالة سواحل طبرقة، على بعد أميال من المكان الذي غرق فيه زورق قبالة سواحل بنزرت.', ['طبرقة', 'بنزرت']);
  assert.deepEqual(reportSites(two).map((s) => s.name), ['طبرقة']);
});

test('siteFacts: two towns for one relation are a conflict with sides; copies count as one source', () => {
  const [fact] = siteFacts([tabarka, bizerte, reprint], new Map([['c', 'a']]));
  assert.equal(fact!.kind, 'place');
  assert.equal(fact!.status, 'conflict');
  assert.equal(fact!.value, null);
  assert.deepEqual(fact!.sides, [{ value: 'طبرقة', docs: ['a', 'c'] }, { value: 'بنزرت', docs: ['b'] }]);
  assert.equal(fact!.sources, 2, 'the reprint of a is not a second source');
  assert.deepEqual(fact!.reports.map((r) => r.value), ['طبرقة', 'بنزرت', 'طبرقة']);
});

test('siteFacts: one place written two ways is agreed; a country or a phrase without a place adds nothing', () => {
  const homs1 = report('i', 'قتل ثلاثة أشخاص في انفجار سيارة مفخخة قرب مدينة حمص وسط سوريا.', ['حمص', 'سوريا']);
  const homs2 = report('j', 'انفجار سيارة مفخخة بالقرب من حمص يوقع ثلاثة قتلى.', ['حمص']);
  const country = report('k', 'انفجار سيارة مفخخة قرب سوريا.', ['سوريا']);
  const facts = siteFacts([homs1, homs2, country], new Map());
  assert.equal(facts.length, 1);
  assert.deepEqual([facts[0]!.unit, facts[0]!.status, facts[0]!.value, facts[0]!.sources], ['near', 'agreed', 'حمص', 2]);
  assert.deepEqual(siteFacts([report('l', 'غرق مركب قبالة السواحل الليبية.')], new Map()), []);
});
