// The behaviour every Store must show, whatever it keeps its data in. A store's own test
// file calls runStoreSuite with a function that opens a fresh, empty store each time.
// Nothing here may depend on one implementation.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { isRasdError, type ErrorCode } from '../errors.js';
import type { Extraction, StoredDoc } from '../types.js';
import type { NewDoc, Store } from './store.js';

function sha(seed: string): string {
  return createHash('sha256').update(seed).digest('hex');
}

/** A 64-hex-character hash that starts with `prefix` (hex) and is filled up with `fill`. */
function craftedHash(prefix: string, fill: string): string {
  return (prefix + fill.repeat(64)).slice(0, 64);
}

function newDoc(over: Partial<NewDoc> = {}): NewDoc {
  const text = over.text ?? 'أعلنت الحكومة خطة جديدة لدعم المزارعين في الموسم المقبل.';
  return {
    hash: sha(text),
    source: 'أخبار/تقرير-١.txt',
    outlet: 'أخبار',
    encoding: 'utf-8',
    raw: `عنوان التقرير\n${text}\n`,
    title: 'عنوان التقرير',
    text,
    captions: [],
    removed: [],
    map: [[0, 14, text.length]],
    sentences: [{ start: 0, end: text.length }],
    keys: 'علن حكوم خطه دعم مزارع موسم',
    ...over,
  };
}

async function rejectsWith(p: Promise<unknown>, code: ErrorCode, message?: RegExp): Promise<void> {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(isRasdError(e), `expected a RasdError, got ${String(e)}`);
    assert.equal(e.code, code);
    if (message) assert.match(e.message, message);
    return true;
  });
}

function withoutTime(d: StoredDoc): Omit<StoredDoc, 'ingestedAt'> {
  const { ingestedAt: _ignored, ...rest } = d;
  return rest;
}

export function runStoreSuite(name: string, open: () => Promise<Store>): void {
  const withStore = (fn: (store: Store) => Promise<void>) => async () => {
    const store = await open();
    try {
      await fn(store);
    } finally {
      await store.close();
    }
  };

  describe(`Store suite: ${name}`, () => {
    test('a new store is empty', withStore(async (store) => {
      assert.deepEqual(await store.listDocuments(), []);
      assert.equal(await store.outletDocCount('أخبار'), 0);
    }));

    test('adding new content returns added with the hash prefix as id', withStore(async (store) => {
      const doc = newDoc();
      const r = await store.addDocument(doc, []);
      assert.equal(r.status, 'added');
      assert.equal(r.id, doc.hash.slice(0, 12));
      assert.equal(r.firstSource, undefined);
      assert.equal(await store.findByHash(doc.hash), r.id);
      assert.equal(await store.findByHash(sha('nothing like it')), null);
    }));

    test('adding the same content again is present, names the first source, and changes nothing', withStore(async (store) => {
      const doc = newDoc();
      const first = await store.addDocument(doc, ['سطر ثابت']);
      const again = await store.addDocument({ ...doc, source: 'نسخة/أخرى.txt', title: 'عنوان آخر' }, ['سطر ثابت']);
      assert.deepEqual(again, { status: 'present', id: first.id, firstSource: doc.source });
      const third = await store.addDocument(doc, []);
      assert.deepEqual(third, again);
      const all = await store.listDocuments();
      assert.equal(all.length, 1);
      assert.equal(all[0]!.source, doc.source);
      assert.equal(all[0]!.title, doc.title);
      assert.deepEqual([...(await store.documentSources())], [[first.id, doc.source]]);
      assert.equal((await store.outletLineCounts(doc.outlet, ['سطر ثابت'])).get('سطر ثابت'), 1);
    }));

    test('every field round-trips, JSON fields included', withStore(async (store) => {
      const doc = newDoc({
        encoding: 'windows-1256',
        captions: ['صورة: المزارعون في الحقل', 'صورة أرشيفية'],
        removed: [
          { line: 'اقرأ أيضا: أسعار القمح', reason: 'read-also', lineNo: 7 },
          { line: 'شارك على فيسبوك', reason: 'follow-share', lineNo: 9 },
        ],
        map: [[0, 14, 20], [20, 40, 5], [25, 50, 30]],
        sentences: [{ start: 0, end: 20 }, { start: 21, end: 55 }],
        keys: 'زرع قمح سعر',
        titleKeys: 'عنو تقرير',
      });
      const { id } = await store.addDocument(doc, []);
      const got = await store.getDocument(id);
      assert.deepEqual(withoutTime(got), { ...doc, id });
      // Without title keys, the stored document has none either.
      const plain = newDoc({ text: 'نص بلا مفاتيح عنوان' });
      const stored = await store.getDocument((await store.addDocument(plain, [])).id);
      assert.deepEqual(withoutTime(stored), { ...plain, id: stored.id });
      assert.equal(typeof got.ingestedAt, 'string');
      assert.match(got.ingestedAt, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
      assert.ok(!Number.isNaN(Date.parse(got.ingestedAt)));
      const [listed] = await store.listDocuments();
      assert.deepEqual(listed, got);
    }));

    test('Arabic text round-trips byte for byte: tashkeel, RLM, ZWNJ, tatweel, decomposed letters', withStore(async (store) => {
      const tricky = [
        'قَالَ الْمُتَحَدِّثُ إِنَّ الِاجْتِمَاعَ سَيُعْقَدُ غَدًا',
        '\u200Fنص يبدأ بعلامة من اليمين إلى اليسار\u200F',
        'مي\u200Cخواهم',
        'الـــمـــؤتـــمـــر',
        'ا\u0653 و آ',
        'أرقام: ٢٠٢٥ و 2025 و ۱۴۰۳',
        'ﻻ ﷲ ﷺ',
        'سطر\r\nسطر\u00A0آخر\t📰',
      ].join('\n');
      const doc = newDoc({
        text: tricky,
        raw: `\u200F${tricky}\r\n`,
        title: 'عُنْوَانٌ\u200F',
        captions: ['تَعْلِيقٌ\u200F'],
        removed: [{ line: '\u200Fاِقْرَأْ أَيْضًا', reason: 'read-also', lineNo: 0 }],
        source: 'مَصْدَر/مِلَفّ.txt',
        outlet: 'مَصْدَر',
      });
      const { id } = await store.addDocument(doc, []);
      const got = await store.getDocument(id);
      for (const field of ['text', 'raw', 'title', 'source', 'outlet'] as const) {
        assert.equal(got[field], doc[field], field);
        assert.ok(Buffer.from(got[field], 'utf8').equals(Buffer.from(doc[field], 'utf8')), field);
      }
      assert.deepEqual(got.captions, doc.captions);
      assert.deepEqual(got.removed, doc.removed);
    }));

    test('listDocuments returns documents in ingest order', withStore(async (store) => {
      const order = ['ff', '00', '88', '11'];
      for (const p of order) {
        await store.addDocument(newDoc({ hash: craftedHash(p, '7'), text: `تقرير رقم ${p}` }), []);
      }
      const all = await store.listDocuments();
      assert.deepEqual(all.map((d) => d.hash.slice(0, 2)), order);
    }));

    test('getDocument by full id and by unique prefix of 4 or more characters', withStore(async (store) => {
      const a = newDoc({ hash: craftedHash('abcd1', '0'), text: 'أول' });
      const b = newDoc({ hash: craftedHash('abcd2', '0'), text: 'ثان' });
      const c = newDoc({ hash: craftedHash('ffee', '9'), text: 'ثالث' });
      for (const d of [a, b, c]) await store.addDocument(d, []);
      assert.equal((await store.getDocument(a.hash.slice(0, 12))).text, 'أول');
      assert.equal((await store.getDocument('abcd1')).text, 'أول');
      assert.equal((await store.getDocument('abcd2')).text, 'ثان');
      assert.equal((await store.getDocument('ffee')).text, 'ثالث');
      await rejectsWith(store.getDocument('abcd'), 'AMBIGUOUS_ID', /abcd1.*abcd2|abcd2.*abcd1/);
      await rejectsWith(store.getDocument('abc'), 'DOC_NOT_FOUND', /4 characters/);
      await rejectsWith(store.getDocument('ff'), 'DOC_NOT_FOUND', /4 characters/);
      await rejectsWith(store.getDocument(''), 'DOC_NOT_FOUND');
      await rejectsWith(store.getDocument('0123'), 'DOC_NOT_FOUND', /0123/);
      await rejectsWith(store.getDocument('abcd3'), 'DOC_NOT_FOUND');
      await rejectsWith(store.getDocument('عربي'), 'DOC_NOT_FOUND');
    }));

    test('an id prefix shared by two different hashes gives the second document a longer id', withStore(async (store) => {
      const first = newDoc({ hash: craftedHash('abcdef123456', 'a'), text: 'الأول' });
      const second = newDoc({ hash: craftedHash('abcdef123456', 'b'), text: 'الثاني' });
      const r1 = await store.addDocument(first, []);
      const r2 = await store.addDocument(second, []);
      assert.equal(r1.id, 'abcdef123456');
      assert.equal(r2.status, 'added');
      assert.notEqual(r2.id, r1.id);
      assert.ok(r2.id.length > 12 && second.hash.startsWith(r2.id), r2.id);
      // The exact id wins over being a prefix of the longer one.
      assert.equal((await store.getDocument(r1.id)).text, 'الأول');
      assert.equal((await store.getDocument(r2.id)).text, 'الثاني');
      await rejectsWith(store.getDocument('abcdef12'), 'AMBIGUOUS_ID');
      assert.equal(await store.findByHash(second.hash), r2.id);
      assert.deepEqual(await store.addDocument(second, []), { status: 'present', id: r2.id, firstSource: second.source });
    }));

    describe('search', () => {
      const corpus: Array<[string, string]> = [
        ['A', 'نفط سعر نفط نفط سوق'],
        ['B', 'نفط سعر سوق بنك خبر'],
        ['C', 'مطر طقس برد ريح ثلج'],
        ['D', 'مدرس طالب امتحان نتيج وزار'],
        ['E', 'كره ملعب فريق هدف مدرب'],
        ['F', 'سعر ذهب فضه معدن تداول'],
        ['G', 'مستشف طبيب دواء مريض علاج'],
        ['H', 'قطار محط سفر ركاب تذكر'],
        ['I', 'كتاب معرض نشر قارئ روايه'],
        ['J', 'زلزال هزه سكان بيت ضرر'],
      ];
      const fill = async (store: Store) => {
        for (const [name, keys] of corpus) {
          await store.addDocument(newDoc({ text: `وثيقة ${name}`, title: name, keys }), []);
        }
      };
      const titles = (hits: Array<{ doc: StoredDoc }>) => hits.map((h) => h.doc.title);
      const descending = (hits: Array<{ score: number }>) => {
        for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1]!.score >= hits[i]!.score, 'scores descend');
      };

      test('finds the documents with the key, more occurrences ranked higher', withStore(async (store) => {
        await fill(store);
        const hits = await store.search(['نفط'], 10);
        assert.deepEqual(titles(hits), ['A', 'B']);
        assert.ok(hits[0]!.score > hits[1]!.score);
        descending(hits);
        assert.deepEqual(titles(await store.search(['نفط'], 1)), ['A']);
      }));

      test('with several keys, only documents carrying all of them', withStore(async (store) => {
        await fill(store);
        const hits = await store.search(['نفط', 'سعر'], 10);
        assert.deepEqual(titles(hits).sort(), ['A', 'B']);
        descending(hits);
        assert.deepEqual(titles(await store.search(['سعر', 'ذهب'], 10)), ['F']);
      }));

      test('when no document has all keys, falls back to documents with any of them', withStore(async (store) => {
        await fill(store);
        const hits = await store.search(['نفط', 'مطر', 'غائب'], 10);
        assert.deepEqual(titles(hits).sort(), ['A', 'B', 'C']);
        assert.ok(titles(hits).indexOf('A') < titles(hits).indexOf('B'));
        descending(hits);
        assert.deepEqual(await store.search(['غائب', 'مفقود'], 10), []);
        assert.deepEqual(await store.search(['غائب'], 10), []);
      }));

      test('title keys weigh more than body keys', withStore(async (store) => {
        await fill(store);
        const inTitle = newDoc({ text: 'في العنوان', title: 'T', titleKeys: 'اعصار', keys: 'مدين سكان انقاذ فرق خيم' });
        const inBody = newDoc({ text: 'في المتن', title: 'U', titleKeys: 'نشره', keys: 'اعصار سكان انقاذ فرق خيم' });
        await store.addDocument(inBody, []);
        await store.addDocument(inTitle, []);
        assert.deepEqual(titles(await store.search(['اعصار'], 10)), ['T', 'U']);
      }));

      test('keys are matched as plain words, never as query syntax', withStore(async (store) => {
        await fill(store);
        await rejectsWith(store.search(['"'], 10), 'BAD_QUERY');
        for (const key of ['نفط"', 'AND', 'OR', 'NOT', 'نفط*', '(نفط', 'NEAR(نفط', '-نفط', 'نفط:سعر', '^نفط', '{title}']) {
          const hits = await store.search([key], 10);
          assert.ok(Array.isArray(hits), key);
        }
        assert.deepEqual(titles(await store.search(['نفط*'], 10)), ['A', 'B']);
        assert.deepEqual(await store.search(['AND'], 10), []);
      }));

      test('a query with no searchable key is BAD_QUERY; a limit of 0 gives nothing', withStore(async (store) => {
        await fill(store);
        await rejectsWith(store.search([], 10), 'BAD_QUERY');
        await rejectsWith(store.search(['', '  '], 10), 'BAD_QUERY');
        assert.deepEqual(await store.search(['نفط'], 0), []);
      }));

      test('an empty store finds nothing', withStore(async (store) => {
        assert.deepEqual(await store.search(['نفط'], 10), []);
      }));
    });

    test('outlet line counts count documents, once per document, and only new ones', withStore(async (store) => {
      const outlet = 'صحيفة الغد';
      await store.addDocument(newDoc({ outlet, text: 'واحد' }), ['حقوق النشر محفوظة', 'تابعونا', 'تابعونا']);
      await store.addDocument(newDoc({ outlet, text: 'اثنان' }), ['حقوق النشر محفوظة']);
      await store.addDocument(newDoc({ outlet: 'صحيفة أخرى', text: 'ثلاثة' }), ['حقوق النشر محفوظة']);
      await store.addDocument(newDoc({ outlet, text: 'واحد' }), ['حقوق النشر محفوظة', 'جديد']); // present
      const counts = await store.outletLineCounts(outlet, ['حقوق النشر محفوظة', 'تابعونا', 'غير موجود', 'جديد']);
      assert.deepEqual(
        [...counts.entries()].sort(),
        [['تابعونا', 1], ['جديد', 0], ['حقوق النشر محفوظة', 2], ['غير موجود', 0]].sort(),
      );
      assert.equal((await store.outletLineCounts('صحيفة أخرى', ['حقوق النشر محفوظة'])).get('حقوق النشر محفوظة'), 1);
      assert.equal((await store.outletLineCounts('لا أحد', ['تابعونا'])).get('تابعونا'), 0);
      assert.equal((await store.outletLineCounts(outlet, [])).size, 0);
      assert.equal(await store.outletDocCount(outlet), 2);
      assert.equal(await store.outletDocCount('صحيفة أخرى'), 1);
      assert.equal(await store.outletDocCount('لا أحد'), 0);
    }));

    test('a large document round-trips', withStore(async (store) => {
      const text = 'جملة طويلة عن الاقتصاد والسياسة. '.repeat(20000);
      const doc = newDoc({ text, raw: text, map: [[0, 0, text.length]] });
      const { id } = await store.addDocument(doc, []);
      assert.equal((await store.getDocument(id)).text, text);
    }));
  
    test('extractions round-trip, and documents stored without one are listed until they get one', withStore(async (store) => {
      const extraction: Extraction = {
        mentions: [{ start: 0, end: 7, text: 'الحكومة', type: 'ORG', via: 'rule' }],
        quantities: [{ start: 10, end: 13, text: 'نحو 5', value: 5, qualifier: 'approx' }],
        dates: [{ start: 20, end: 30, text: 'أمس', value: null, precision: 'day', inferred: false, evidence: 'no reference date' }],
        published: null,
      };
      const a = await store.addDocument(newDoc({ extraction }), []);
      const b = await store.addDocument(newDoc({ text: 'نص آخر عن موسم الحصاد في الشمال.' }), []);
      assert.deepEqual((await store.getDocument(a.id)).extraction, extraction);
      assert.deepEqual(await store.documentsWithoutExtraction(), [b.id]);
      await store.setExtraction(b.id, { ...extraction, mentions: [] });
      assert.deepEqual(await store.documentsWithoutExtraction(), []);
      const sets = await store.listMentions();
      assert.deepEqual(sets.map((m) => [m.id, m.mentions.length]), [[a.id, 1], [b.id, 0]]);
    }));

    test('canonical entities are replaced whole, with per-document mention counts', withStore(async (store) => {
      const mention = (text: string) => ({ start: 0, end: text.length, text, type: 'PER' as const, via: 'model' as const });
      const ex = (...names: string[]): Extraction => ({ mentions: names.map(mention), quantities: [], dates: [], published: null });
      const a = await store.addDocument(newDoc({ extraction: ex('أنتوني بلينكن', 'بلينكن') }), []);
      const b = await store.addDocument(newDoc({ text: 'وصل بلينكين إلى الرياض.', source: 'ب.txt', extraction: ex('بلينكين') }), []);
      const blinken = { id: 'e1', name: 'أنتوني بلينكن', type: 'PER' as const, surfaces: ['أنتوني بلينكن', 'بلينكن', 'بلينكين'] };
      await store.replaceEntities([blinken], [
        { doc: a.id, mention: 0, entity: 'e1' },
        { doc: a.id, mention: 1, entity: 'e1' },
        { doc: b.id, mention: 0, entity: 'e1' },
      ]);
      const listed = await store.listEntities();
      assert.equal(listed.length, 1);
      assert.deepEqual(listed[0]!.surfaces, blinken.surfaces);
      assert.deepEqual(listed[0]!.docs.map((d) => [d.id, d.mentions]), [[a.id, 2], [b.id, 1]]);
      assert.deepEqual(await store.listEntities('LOC'), []);
      assert.deepEqual([...(await store.entityLinks(a.id)).entries()], [[0, 'e1'], [1, 'e1']]);
      assert.deepEqual(await store.entitiesOfDocs([a.id, b.id]), [{ id: 'e1', name: blinken.name, type: 'PER', docs: 2, mentions: 3 }]);
      assert.deepEqual(await store.entitiesOfDocs([b.id]), [{ id: 'e1', name: blinken.name, type: 'PER', docs: 1, mentions: 1 }]);
      assert.deepEqual(await store.entitiesOfDocs([]), []);
      await store.replaceEntities([], []);
      assert.deepEqual(await store.listEntities(), []);
      assert.equal((await store.entityLinks(a.id)).size, 0);
    }));
});
}
