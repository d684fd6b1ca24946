// Entity finding on Arabic written for these tests (none of it comes from ../shared): the
// statistical tagger's spans against the rules and the lexicon, homographs, and the clean
// text. The rules and the lexicon alone are in entities.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BioTag } from '../types.js';
import { cleanPage } from '../ingest/clean.js';
import { find, one, show } from './entities-test-helpers.js';

test('model: BIO tags with ANERcorp names; the model type wins a span the lexicon also has; model-only spans stay', () => {
  const text = 'وقال المتحدث جون كيربي إن بغداد وافقت على مشروع نهر الفرات.';
  // word order: و قال المتحدث جون كيربي إن بغداد وافقت على مشروع نهر الفرات .
  const tags = (words: string[]): BioTag[] =>
    words.map((w) =>
      w === 'جون' ? 'B-PERS' : w === 'كيربي' ? 'I-PERS' : w === 'بغداد' ? 'B-ORG' : w === 'نهر' ? 'B-LOC' : w === 'الفرات' ? 'I-LOC' : 'O',
    );
  const ms = find(text, tags);
  const kirby = one(ms, 'جون كيربي');
  assert.equal(kirby.type, 'PER');
  const baghdad = one(ms, 'بغداد');
  assert.equal(baghdad.type, 'ORG', 'for the same span the model type beats the lexicon type');
  assert.equal(baghdad.via, 'lexicon');
  const river = one(ms, 'نهر الفرات');
  assert.equal(river.via, 'model');
  assert.equal(river.type, 'LOC');
  // Tags of another length than the tokens are read as far as they go.
  assert.ok(find(text, () => ['O']).length >= 1);
});

test('model: a title the model put inside a person span is left out of it', () => {
  const text = 'وصرح العقيد رامز الحلبي للصحفيين.';
  const tags = (words: string[]): BioTag[] => words.map((_w, i) => (i === 2 ? 'B-PERS' : i === 3 || i === 4 ? 'I-PERS' : 'O'));
  const p = one(find(text, tags), 'رامز الحلبي');
  assert.equal(p.type, 'PER');
});

test('chrome: names only in removed lines are no entities (findMentions reads the clean text)', () => {
  const page = [
    'آخر الأخبار',
    'رئيس التحرير',
    'كمال الدباغ',
    'سياسة',
    'وزير الخارجية الأردني يزور بغداد لبحث ملف المياه',
    '',
    'وصل وزير الخارجية الأردني أيمن الصفدي إلى بغداد يوم الثلاثاء في زيارة رسمية تستمر يومين، يبحث خلالها ملف المياه والطاقة مع المسؤولين العراقيين.',
    'وقال الصفدي في مؤتمر صحفي إن التعاون بين البلدين يتسع كل عام.',
    '',
    'اقرأ أيضا: نادر القيسي يفوز بجائزة الرواية العربية',
    '',
    'التعليقات',
    'أضف تعليقك',
  ].join('\n');
  const r = cleanPage(page);
  assert.ok(!r.text.includes('كمال الدباغ') && !r.text.includes('نادر القيسي'), 'the cleaner removed the chrome');
  const ms = find(r.text);
  one(ms, 'أيمن الصفدي');
  one(ms, 'الصفدي');
  for (const m of ms) assert.ok(!/الدباغ|القيسي/u.test(m.text), `chrome name became a mention: ${m.text}`);
});

/** Tags for a test: each listed word gets its tag, every other word O. */
const tagWords =
  (m: Record<string, BioTag>) =>
  (words: string[]): BioTag[] =>
    words.map((w) => m[w] ?? 'O');

test('model: a currency or counted noun the tagger marks is no entity', () => {
  const text = 'وتعهدت فرنسا بخمسين مليون يورو، وبريطانيا بعشرين مليون جنيه إسترليني.';
  const ms = find(text, tagWords({ يورو: 'B-MISC', جنيه: 'B-MISC', إسترليني: 'I-MISC', فرنسا: 'B-LOC' }));
  assert.deepEqual(show(ms), ['LOC:فرنسا', 'LOC:بريطانيا']);
  // A span right after a number is what was counted.
  assert.deepEqual(show(find('وشاركت ١٢ منظمة إقليمية ودولية.', tagWords({ منظمة: 'B-ORG', إقليمية: 'I-ORG', ودولية: 'I-ORG' }))), []);
  // A span that only opens on a currency word is not all currency: kept.
  const b = find('وأعلن بنك يورو باسيفيك أرباحه.', tagWords({ يورو: 'B-ORG', باسيفيك: 'I-ORG' }));
  assert.ok(show(b).includes('ORG:يورو باسيفيك'), show(b).join(' | '));
});

test('model: a span carrying tanween is a common word, not a name', () => {
  const ms = find('وقال مسؤول إن الحكومة تدرس جديًّا رفع الأسعار.', tagWords({ تدرس: 'B-MISC', 'جديًّا': 'I-MISC' }));
  assert.deepEqual(show(ms), []);
});

test('homographs: سيول is floods before a genitive or an adjective, and Seoul with place evidence', () => {
  assert.deepEqual(show(find('وجرفت سيول الأمطار عشرات السيارات.')), []);
  assert.deepEqual(show(find('وحذرت الأرصاد من سيول جارفة في الجنوب.')), []);
  // A place preposition, but the document speaks of rain and nothing of Korea.
  const rain = 'وهطلت أمطار غزيرة تسببت في سيول.';
  assert.deepEqual(show(find(rain, tagWords({ سيول: 'B-LOC' }))), []);
  const seoul = find('ووصل الوفد إلى سيول، عاصمة كوريا الجنوبية، مساء أمس.');
  assert.equal(one(seoul, 'سيول').sense, 'LOC:city:سيول');
  assert.deepEqual(show(find('وعقد الاجتماع في سيول أمس.')), ['LOC:سيول']);
  assert.deepEqual(show(find('وافتتحت مدينة سيول معرضا للكتاب.')), ['LOC:سيول']);
});

test('homographs: عمّان with shadda is Amman; عمان reads by the document, or is left open', () => {
  assert.equal(one(find('ووصل الوزير إلى عمّان أمس.'), 'عمّان').sense, 'LOC:city:عمان');
  assert.equal(one(find('وزار الوفد عُمان الأسبوع الماضي.'), 'عُمان').sense, 'LOC:OM');
  assert.equal(one(find('وافتتح في العاصمة الأردنية عمان معرض للكتاب.'), 'عمان').sense, 'LOC:city:عمان');
  const oman = find('وقال وزير الخارجية العماني إن عمان تدعم الحوار.');
  assert.equal(one(oman, 'عمان').sense, 'LOC:OM');
  // The document writes عمّان elsewhere: the unmarked spelling is Amman too.
  const both = find('واستضافت عمّان المؤتمر. وتعد عمان مركزا للمعارض.');
  assert.equal(both.filter((m) => m.type === 'LOC').every((m) => m.sense === 'LOC:city:عمان'), true);
  assert.equal(one(find('وزار الوفد عمان.'), 'عمان').sense, undefined, 'nothing tells');
});

// Tags from a word → tag table (words not in it are O).
const tagsOf =
  (table: Record<string, BioTag>) =>
  (words: string[]): BioTag[] =>
    words.map((w) => table[w] ?? 'O');

test('name run: a common word after a name is not a family name, and is not spread through the text', () => {
  const text = 'سدد المهاجم روبرتو كارلوس داخل المرمى في الدقيقة الأخيرة. وبقي الجمهور داخل الملعب حتى النهاية.';
  const ms = find(text);
  assert.ok(!ms.some((m) => m.text.includes('داخل')), show(ms).join(' | '));
  // An unknown word the tagger reads as no name ends the run too; it is not spread either.
  const text2 = 'وصل فرانكو ميرالدي متأخرا إلى التدريب. وقال المدرب إن ميرالدي سيلعب غدا.';
  const ms2 = find(text2, tagsOf({ فرانكو: 'B-PERS', ميرالدي: 'I-PERS' }));
  const text3 = 'وصل فرانكو متأخرا إلى التدريب. ثم جاء زميله متأخرا أيضا.';
  const ms3 = find(text3, tagsOf({ فرانكو: 'B-PERS' }));
  assert.ok(!ms3.some((m) => m.text.includes('متأخرا')), show(ms3).join(' | '));
  assert.ok(!ms2.some((m) => m.text.includes('متأخرا')), show(ms2).join(' | '));
});

test('title: علي written for the preposition على is no name before a word that follows على', () => {
  for (const text of [
    'وأكدت وزيرة الصحة علي هامش المؤتمر أن الخطة جاهزة.',
    'وشدد الرئيس علي ضرورة الإسراع في التنفيذ.',
    'وحرص السفير علي المشاركة في الحفل.',
  ]) {
    const ms = find(text);
    assert.ok(!ms.some((m) => m.type === 'PER' && m.text.startsWith('علي')), `${text}: ${show(ms).join(' | ')}`);
  }
  // The name stays a name.
  const ms = find('واستقبل الرئيس علي عبدالله وفدا من رجال الأعمال.');
  assert.ok(ms.some((m) => m.type === 'PER' && m.text.startsWith('علي')), show(ms).join(' | '));
});

test('model: an entity span wider than the lexicon places inside it wins (a club named after a city)', () => {
  const text = 'وفاز ريال مدريد على ضيفه بهدفين في الدوري.';
  const ms = find(text, tagsOf({ ريال: 'B-ORG', مدريد: 'I-ORG' }));
  assert.equal(one(ms, 'ريال مدريد').type, 'ORG');
  assert.ok(!ms.some((m) => m.text === 'مدريد'), show(ms).join(' | '));
});

test('model: a person span the tagger reads wider or tighter sets the name boundaries', () => {
  // Wider: the rule's name stops early, the tagger's goes on.
  const text = 'وقال الشيخ عبدالله بن خليفة الهاجري إن الموسم ناجح.';
  const ms = find(text, tagsOf({ عبدالله: 'B-PERS', بن: 'I-PERS', خليفة: 'I-PERS', الهاجري: 'I-PERS' }));
  assert.equal(one(ms, 'عبدالله بن خليفة الهاجري').type, 'PER');
  // But not over a title's place the tagger ran into the name.
  const text2 = 'وقال محافظ حضرموت سالم عوض الكثيري إن الأمطار توقفت.';
  const ms2 = find(text2, tagsOf({ حضرموت: 'B-PERS', سالم: 'I-PERS', عوض: 'I-PERS', الكثيري: 'I-PERS' }));
  assert.equal(one(ms2, 'سالم عوض الكثيري').type, 'PER');
  assert.ok(!ms2.some((m) => m.type === 'PER' && m.text.includes('حضرموت')), show(ms2).join(' | '));
});

test('honorifics are titles, not names: صاحب السمو، معالي، فخامة', () => {
  const text = 'واستقبل صاحب السمو الشيخ حمد بن راشد وفدا رسميا، كما التقى معالي الوزير بالوفد.';
  const ms = find(text, tagsOf({ صاحب: 'B-PERS', السمو: 'I-PERS', معالي: 'B-PERS' }));
  assert.ok(!ms.some((m) => m.text.includes('السمو') || m.text.includes('معالي')), show(ms).join(' | '));
  assert.equal(one(ms, 'حمد بن راشد').type, 'PER');
});

test('model: a given name the tagger leaves out stays in the person when the name lexicon knows it', () => {
  const text = 'وقالت كارين يوهانسون، مديرة البرنامج في المنظمة، إن التمويل تأخر.';
  // The tagger marks only the family name; the given name is in the name lexicon.
  const tags = (words: string[]): BioTag[] => words.map((w) => (w === 'يوهانسون' ? 'B-PERS' : 'O'));
  const ms = find(text, tags);
  assert.equal(one(ms, 'كارين يوهانسون').type, 'PER', show(ms).join(' | '));
});
