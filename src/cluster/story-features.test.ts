import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DateMention, Extraction, Mention, StoredDoc } from '../types.js';
import { entityFeature, estimateEventDate, storyDocFromStored } from './story-features.js';

const date = (start: number, value: string | null, precision: DateMention['precision']): DateMention => ({
  start,
  end: start + 5,
  text: 'x',
  value,
  precision,
  inferred: false,
  evidence: '',
});
const mention = (start: number, text: string, type: Mention['type'], entity?: string): Mention => ({
  start,
  end: start + text.length,
  text,
  type,
  via: 'rule',
  ...(entity ? { entity } : {}),
});

test('event date: the publication day first', () => {
  const x: Pick<Extraction, 'dates' | 'published'> = { dates: [date(0, '2025-03-16', 'day')], published: { date: '2025-03-17', precision: 'day', evidence: '' } };
  assert.equal(estimateEventDate(x, 100), '2025-03-17');
});

test('event date: else the most frequent day of the lead, then its month, then the publication month', () => {
  const dates = [date(0, '2025-03-16', 'day'), date(10, '2025-03-16', 'day'), date(20, '2025-03-17', 'day'), date(500, '2024-01-01', 'day'), date(600, '2024-01-01', 'day'), date(700, '2024-01-01', 'day')];
  assert.equal(estimateEventDate({ dates, published: null }, 100), '2025-03-16');
  assert.equal(estimateEventDate({ dates: [date(0, '2025-03', 'month'), date(5, '2025', 'year'), date(7, null, 'day')], published: null }, 100), '2025-03');
  assert.equal(estimateEventDate({ dates: [], published: { date: '2025-04', precision: 'month', evidence: '' } }, 100), '2025-04');
  assert.equal(estimateEventDate({ dates: [date(0, '2025', 'year')], published: { date: '2025', precision: 'year', evidence: '' } }, 100), null);
  assert.equal(estimateEventDate(null, 100), null);
});

test('storyDocFromStored: keys, entities, lead places in order, dates', () => {
  const text = 'ضرب زلزال سطيف مساء الأحد. وقالت السلطات في عين ولمان إن الحصيلة 12 قتيلا. وأضافت أن الفرق تعمل. وفي الجزائر العاصمة اجتمع المجلس.';
  const at = (s: string): number => text.indexOf(s);
  const d: StoredDoc = {
    id: 'd1',
    hash: 'h',
    source: 's.txt',
    outlet: 'o',
    encoding: 'utf-8',
    raw: text,
    title: 'زلزال',
    text,
    captions: [],
    removed: [],
    map: [],
    sentences: [],
    keys: 'زلزال سطيف  قتيل',
    titleKeys: 'زلزال',
    extraction: {
      mentions: [mention(at('عين ولمان'), 'عين ولمان', 'LOC', 'e-ain'), mention(at('سطيف'), 'سطيف', 'LOC', 'e-setif'), mention(at('الجزائر'), 'الجزائر', 'LOC', 'e-dz'), mention(at('السلطات'), 'السلطات', 'ORG')],
      quantities: [],
      dates: [date(at('مساء'), '2025-03-16', 'day'), date(at('الحصيلة'), '2025-03', 'month'), date(at('اجتمع'), '2025', 'year')],
      published: null,
    },
    ingestedAt: '2025-03-17T00:00:00Z',
  };
  const s = storyDocFromStored(d);
  assert.deepEqual(s.keys, ['زلزال', 'سطيف', 'قتيل']);
  assert.deepEqual(s.titleKeys, ['زلزال']);
  // Entity features are linking keys of the mentions themselves (never the store's ids).
  assert.deepEqual(s.entities, ['LOC:DZ', 'LOC:n:ستيف', 'LOC:n:عين ولمان', 'ORG:السلطات']);
  assert.deepEqual(s.places, ['LOC:n:ستيف', 'LOC:n:عين ولمان']); // الجزائر is in the fourth sentence
  assert.equal(s.eventDate, '2025-03-16');
  assert.equal(s.published, null);
  assert.deepEqual(s.dates, ['2025-03', '2025-03-16']);
  assert.deepEqual(storyDocFromStored(d, ['x', 'y']).entities, ['x', 'y']);
});

test('entity features: spelling variants of one name give one feature, other names another', () => {
  const feature = (text: string, type: 'PER' | 'LOC'): string => entityFeature(mention(0, text, type));
  assert.equal(feature('أنتوني بلينكن', 'PER'), feature('أنطوني بلينكين', 'PER'));
  assert.equal(feature('توجو', 'LOC'), feature('توغو', 'LOC'));
  assert.notEqual(feature('أنتوني بلينكن', 'PER'), feature('أنتوني غوتيريش', 'PER'));
});
