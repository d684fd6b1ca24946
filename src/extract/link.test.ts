// Linking on Arabic written for these tests (none of it comes from ../shared).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType, Mention } from '../types.js';
import { tokenize } from '../text/tokenize.js';
import { findMentions } from './entities.js';
import { linkMentions, type LinkResult } from './link.js';

/** A mention as findMentions would give it, for linking tests that need no text. */
const m = (text: string, type: EntityType, role?: string): Mention => ({ start: 0, end: text.length, text, type, via: 'rule', ...(role ? { role } : {}) });
const docsOf = (...docs: Mention[][]): Array<{ docId: string; mentions: Mention[] }> => docs.map((mentions, i) => ({ docId: `d${i}`, mentions }));

/** The entity id of the first mention with this text. */
function idOf(r: LinkResult, text: string): string {
  for (const d of r.docs) for (const x of d.mentions) if (x.text === text) return x.entity!;
  assert.fail(`no mention '${text}'`);
}
const entity = (r: LinkResult, text: string) => r.entities.find((e) => e.id === idOf(r, text))!;

test('link: spelling variants of a transliterated name meet on the skeleton', () => {
  const r = linkMentions(docsOf([m('أنتوني بلينكن', 'PER')], [m('أنطوني بلينكين', 'PER')], [m('أنتوني بلينكين', 'PER')]));
  assert.equal(r.entities.length, 1);
  assert.equal(r.entities[0]!.surfaces.length, 3);
});

test('link: Arabic names that differ by a vowel letter stay apart', () => {
  const r = linkMentions(docsOf([m('محمد بن سلمان', 'PER')], [m('محمود بن سلمان', 'PER')]));
  assert.equal(r.entities.length, 2);
});

test('link: a family name alone, or particles + family name, joins the full name', () => {
  const r = linkMentions(
    docsOf(
      [m('جوزيب بوريل', 'PER'), m('بوريل', 'PER')],
      [m('بوريل', 'PER')],
      [m('أورسولا فون دير لاين', 'PER')],
      [m('فون دير لاين', 'PER')],
      [m('محمد بن زايد', 'PER'), m('بن زايد', 'PER')],
    ),
  );
  assert.equal(idOf(r, 'بوريل'), idOf(r, 'جوزيب بوريل'));
  assert.equal(idOf(r, 'فون دير لاين'), idOf(r, 'أورسولا فون دير لاين'));
  assert.equal(idOf(r, 'بن زايد'), idOf(r, 'محمد بن زايد'));
  assert.equal(entity(r, 'بوريل').name, 'جوزيب بوريل', 'the full name is canonical, not the more frequent short form');
});

test('link: a family name shared by two full names goes to the one in its document, else stays alone', () => {
  const r = linkMentions(
    docsOf([m('جورج بوش', 'PER')], [m('جيب بوش', 'PER'), m('بوش', 'PER')]),
  );
  assert.equal(idOf(r, 'بوش'), idOf(r, 'جيب بوش'));
  const alone = linkMentions(docsOf([m('جورج بوش', 'PER')], [m('جيب بوش', 'PER')], [m('بوش', 'PER')]));
  assert.equal(alone.entities.length, 3);
});

test('link: gazetteer aliases, quotes and brackets fold to one organization', () => {
  const r = linkMentions(
    docsOf(
      [m('داعش', 'ORG'), m('تنظيم “الدولة”', 'ORG')],
      [m('تنظيم الدولة الإسلامية', 'ORG'), m('"داعش"', 'ORG')],
      [m('تنظيم الدولة', 'ORG'), m('(داعش)', 'ORG'), m('الدولة الإسلامية', 'ORG')],
    ),
  );
  assert.equal(r.entities.length, 1);
  assert.equal(r.entities[0]!.name, 'تنظيم الدولة الإسلامية');
  assert.equal(r.entities[0]!.type, 'ORG');
});

test('link: purpose phrases and affiliations fold to the organization they name', () => {
  const r = linkMentions(
    docsOf(
      [m('التحالف الدولي ضد داعش', 'ORG'), m('التحالف الدولي', 'ORG')],
      [m('التحالف الدولي لهزيمة تنظيم الدولة الإسلامية', 'ORG')],
      [m('للتحالف الدولي ضد تنظيم “الدولة الإسلامية”', 'ORG'), m('التحالف الدولي لمحاربة الإرهاب', 'ORG')],
      [m('مجلس الأمن التابع للأمم المتحدة', 'ORG'), m('مجلس الأمن الدولي', 'ORG'), m('مجلس الأمن', 'ORG')],
    ),
  );
  const coalition = idOf(r, 'التحالف الدولي ضد داعش');
  for (const s of ['التحالف الدولي', 'التحالف الدولي لهزيمة تنظيم الدولة الإسلامية', 'للتحالف الدولي ضد تنظيم “الدولة الإسلامية”', 'التحالف الدولي لمحاربة الإرهاب']) {
    assert.equal(idOf(r, s), coalition, s);
  }
  assert.equal(idOf(r, 'مجلس الأمن'), idOf(r, 'مجلس الأمن التابع للأمم المتحدة'));
  assert.equal(idOf(r, 'مجلس الأمن'), idOf(r, 'مجلس الأمن الدولي'));
  assert.notEqual(idOf(r, 'مجلس الأمن'), coalition);
});

test('link: an organization named by its first words joins the one longer name in its document', () => {
  const r = linkMentions(docsOf([m('هيئة الطاقة الذرية العربية', 'ORG'), m('هيئة الطاقة الذرية', 'ORG')], [m('هيئة الطاقة الذرية', 'ORG')]));
  assert.equal(r.entities.length, 1);
  // Two longer names extend it: it stays on its own.
  const two = linkMentions(docsOf([m('هيئة الطاقة الذرية العربية', 'ORG'), m('هيئة الطاقة الذرية الأوروبية', 'ORG'), m('هيئة الطاقة الذرية', 'ORG')]));
  assert.equal(two.entities.length, 3);
});

test('link: country variants are one entity with the gazetteer name', () => {
  const r = linkMentions(docsOf([m('توجو', 'LOC')], [m('توغو', 'LOC'), m('أميركا', 'LOC')], [m('الولايات المتحدة الأمريكية', 'LOC'), m('بسوريا', 'LOC'), m('سورية', 'LOC')]));
  assert.equal(idOf(r, 'توجو'), idOf(r, 'توغو'));
  assert.equal(entity(r, 'توجو').name, 'توغو');
  assert.deepEqual(entity(r, 'توجو').surfaces.sort(), ['توجو', 'توغو']);
  assert.equal(idOf(r, 'أميركا'), idOf(r, 'الولايات المتحدة الأمريكية'));
  assert.equal(idOf(r, 'بسوريا'), idOf(r, 'سورية'));
});

test('link: a site word does not split a place from its bare name', () => {
  const r = linkMentions(docsOf([m('مخيم الزعتري', 'LOC')], [m('الزعتري', 'LOC')]));
  assert.equal(r.entities.length, 1);
  assert.equal(r.entities[0]!.name, 'مخيم الزعتري');
});

test('link: a near-miss spelling joins when context agrees, and only then', () => {
  const context = [m('الأردن', 'LOC'), m('المفوضية السامية للأمم المتحدة لشؤون اللاجئين', 'ORG')];
  const r = linkMentions(docsOf([m('مخيم الزعتري', 'LOC'), ...context], [m('مخيم الزعطري', 'LOC'), ...context]));
  assert.equal(idOf(r, 'مخيم الزعطري'), idOf(r, 'مخيم الزعتري'), 'ط/ت fold: the same key');
  const typo = linkMentions(docsOf([m('مخيم الزعتري', 'LOC'), m('الزعتري', 'LOC'), ...context], [m('مخيم الزعتوي', 'LOC'), ...context]));
  assert.equal(idOf(typo, 'مخيم الزعتوي'), idOf(typo, 'مخيم الزعتري'), 'one letter off, same head word');
  const bare = linkMentions(docsOf([m('الزعتري', 'LOC'), ...context], [m('مخيم الزعتوي', 'LOC'), ...context]));
  assert.equal(idOf(bare, 'مخيم الزعتوي'), idOf(bare, 'الزعتري'), 'one letter off, shared co-occurring entities');
  const noContext = linkMentions(docsOf([m('الزعتري', 'LOC')], [m('مخيم الزعتوي', 'LOC')]));
  assert.equal(noContext.entities.length, 2, 'no shared head word, no shared context');
  const sameDoc = linkMentions(docsOf([m('الزعتري', 'LOC'), m('الزعتوي', 'LOC'), ...context]));
  assert.equal(sameDoc.entities.length, 4, 'two spellings in one document are two places');
  const off = linkMentions(docsOf([m('الزعتري', 'LOC'), ...context], [m('مخيم الزعتوي', 'LOC'), ...context]), { nearMiss: false });
  assert.notEqual(idOf(off, 'مخيم الزعتوي'), idOf(off, 'الزعتري'));
});

test('link: ids are deterministic and do not depend on the order of documents', () => {
  const a = [m('جوزيب بوريل', 'PER'), m('الأردن', 'LOC')];
  const b = [m('بوريل', 'PER'), m('داعش', 'ORG')];
  const r1 = linkMentions(docsOf(a, b));
  const r2 = linkMentions(docsOf(a, b));
  const r3 = linkMentions([{ docId: 'd1', mentions: b }, { docId: 'd0', mentions: a }]);
  assert.deepEqual(r1.entities, r2.entities);
  assert.deepEqual(new Set(r1.entities.map((e) => e.id)), new Set(r3.entities.map((e) => e.id)));
  for (const e of r1.entities) assert.match(e.id, /^[0-9a-f]{12}$/u);
});

test('link: mentions keep their order, each gets its entity, roles attach to the person', () => {
  const text = 'وقال وزير الخارجية الإسباني خوسيه ألباريس إن الحل قريب. وأضاف ألباريس أن مدريد مستعدة.';
  const mentions = findMentions(text, tokenize(text));
  const r = linkMentions([{ docId: 'x', mentions }]);
  const out = r.docs[0]!.mentions;
  assert.equal(out.length, mentions.length);
  out.forEach((x, i) => {
    assert.equal(x.text, mentions[i]!.text);
    assert.ok(x.entity);
  });
  const person = idOf(r, 'ألباريس');
  assert.equal(person, idOf(r, 'خوسيه ألباريس'));
  assert.deepEqual(r.roles[person], ['وزير الخارجية الإسباني']);
  assert.equal(mentions[0]!.entity, undefined, 'the input is not changed');
});

test('link: the canonical name is the most frequent full surface', () => {
  const r = linkMentions(docsOf([m('أنتوني بلينكن', 'PER')], [m('أنتوني بلينكن', 'PER')], [m('أنطوني بلينكين', 'PER'), m('بلينكين', 'PER'), m('بلينكين', 'PER'), m('بلينكين', 'PER')]));
  assert.equal(r.entities.length, 1);
  assert.equal(r.entities[0]!.name, 'أنتوني بلينكن');
  assert.equal(r.entities[0]!.surfaces[0], 'بلينكين', 'surfaces by frequency');
});

test('link: an alias or acronym with a ref is keyed by the full name it stands for', () => {
  const full = 'المجلس الوطني للتنمية المستدامة';
  const r = linkMentions(
    docsOf(
      [m(full, 'ORG'), { ...m('NCSD', 'ORG'), ref: full }, { ...m('المجلس', 'ORG'), ref: full }, { ...m('المجلس', 'ORG'), ref: full }],
      [m('للمجلس الوطني للتنمية المستدامة', 'ORG'), m('للمجلس الوطني للتنمية المستدامة', 'ORG')],
      [{ ...m('المجلس', 'ORG'), ref: 'المجلس الأعلى للقضاء' }, m('المجلس الأعلى للقضاء', 'ORG')],
    ),
  );
  assert.equal(idOf(r, 'NCSD'), idOf(r, full));
  assert.equal(idOf(r, 'للمجلس الوطني للتنمية المستدامة'), idOf(r, full));
  const council = r.docs[0]!.mentions[2]!.entity;
  assert.equal(council, idOf(r, full));
  assert.notEqual(r.docs[2]!.mentions[0]!.entity, council, 'the same word in another document names another council');
  assert.equal(entity(r, 'NCSD').name, full, 'named by its full name, not the alias, and without لل');
});

test('link: first words join the longest name even when a middle-length one extends them too', () => {
  const r = linkMentions(
    docsOf([m('الشبكة العربية للمياه والبيئة', 'ORG'), m('الشبكة العربية للمياه', 'ORG'), m('الشبكة العربية', 'ORG')], [m('الشبكة العربية', 'ORG')]),
  );
  assert.equal(r.entities.length, 1);
});

test('link: a homograph place name keys by its reading; an undecided one follows its context, else the default', () => {
  const amman = (text: string): Mention => ({ ...m(text, 'LOC'), sense: 'LOC:city:عمان' });
  const ctx = [m('ليبيا', 'LOC'), m('تشاد', 'LOC'), m('الاتحاد الأوروبي', 'ORG')];
  const r = linkMentions(
    docsOf(
      [amman('عمان'), ...ctx],
      [m('عمّان', 'LOC'), ...ctx],
      [m('عمان', 'LOC'), ...ctx], // nothing in its document tells: its context is Amman's
      [m('عمان', 'LOC'), m('اليابان', 'LOC')], // no shared context: the default reading, Oman
      [{ ...m('عمان', 'LOC'), sense: 'LOC:OM' }, m('سلطنة عمان', 'LOC')],
    ),
  );
  const a = r.docs[0]!.mentions[0]!.entity;
  assert.equal(r.docs[1]!.mentions[0]!.entity, a, 'the shadda spelling is Amman');
  assert.equal(r.docs[2]!.mentions[0]!.entity, a);
  const o = r.docs[4]!.mentions[0]!.entity;
  assert.notEqual(o, a);
  assert.equal(r.docs[4]!.mentions[1]!.entity, o);
  assert.equal(r.docs[3]!.mentions[0]!.entity, o);
  assert.equal(r.entities.find((e) => e.id === a)!.name, 'عمّان');
  assert.equal(r.entities.find((e) => e.id === o)!.name, 'عُمان');
});
