// Entity finding on Arabic written for these tests (none of it comes from ../shared).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BioTag, Mention } from '../types.js';
import { tokenize } from '../text/tokenize.js';
import { cleanPage } from '../ingest/clean.js';
import { findMentions } from './entities.js';

const find = (text: string, tags?: (words: string[]) => BioTag[]): Mention[] => {
  const tokens = tokenize(text);
  return findMentions(text, tokens, tags ? tags(tokens.map((t) => t.text)) : undefined);
};
const show = (ms: readonly Mention[]): string[] => ms.map((m) => `${m.type}:${m.text}`);
const one = (ms: readonly Mention[], text: string): Mention => {
  const m = ms.find((x) => x.text === text);
  assert.ok(m, `no mention '${text}' in ${show(ms).join(' | ')}`);
  return m;
};

test('entities: every mention is a slice of the text at its offsets', () => {
  const text = 'وأكد وزير الخارجية العماني بدر البوسعيدي من مسقط أن بلاده تدعم جهود الأمم المتحدة.';
  const ms = find(text);
  assert.ok(ms.length >= 3);
  for (const m of ms) assert.equal(text.slice(m.start, m.end), m.text);
  for (let i = 1; i < ms.length; i++) assert.ok(ms[i - 1]!.end <= ms[i]!.start, 'sorted, no overlap');
});

test('rule: title + nationality + name gives the person and the role', () => {
  const ms = find('وصل وزير الدفاع البريطاني جيمس كليفرلي إلى عمّان مساء الأحد.');
  const p = one(ms, 'جيمس كليفرلي');
  assert.equal(p.type, 'PER');
  assert.equal(p.via, 'rule');
  assert.equal(p.role, 'وزير الدفاع البريطاني');
});

test('rule: a comma may stand between the role and the name', () => {
  const ms = find('وقال وزير المالية الألماني، كريستيان ليندنر، إن الميزانية لن تتغير.');
  assert.equal(one(ms, 'كريستيان ليندنر').role, 'وزير المالية الألماني');
});

test('rule: stacked titles form one role, and a بن chain is one name', () => {
  const ms = find('واستقبل ولي العهد الأردني الأمير حسين بن عبد الله وفدا برلمانيا.');
  const p = one(ms, 'حسين بن عبد الله');
  assert.equal(p.role, 'ولي العهد الأردني الأمير');
});

test('rule: a role after the name, set off by commas, attaches to it', () => {
  const ms = find('والتقى الوفد فهد العتيبي، وزير الصناعة السعودي، في الرياض.');
  assert.equal(one(ms, 'فهد العتيبي').role, 'وزير الصناعة السعودي');
  one(ms, 'الرياض');
});

test('rule: an unknown single name after a title with nationality needs a clause boundary', () => {
  assert.equal(one(find('وصرح وزير الخارجية الفنلندي هافيستو، بأن الحوار مستمر.'), 'هافيستو').type, 'PER');
  // Without the nationality, a word after a title is not taken for a name.
  assert.deepEqual(show(find('وقال الوزير يرافقه وفد كبير.')), []);
});

test('rule: a king named by title and given name keeps the verb after it out of the name', () => {
  const ms = find('وكان الملك فهد وضع حجر الأساس للمبنى.');
  assert.equal(one(ms, 'فهد').role, 'الملك');
});

test('lexicon: a given name and name tokens, without a title', () => {
  const ms = find('وشاركت في الجلسة كاثرين أشتون إلى جانب ممثلي الدول.');
  assert.equal(one(ms, 'كاثرين أشتون').via, 'lexicon');
});

test('lexicon: a name wrapped across a line break is one mention', () => {
  const text = 'وأجرى محمد بن\nراشد اتصالا هاتفيا بالرئيس.';
  const m = one(find(text), 'محمد بن\nراشد');
  assert.equal(m.type, 'PER');
  assert.equal(text.slice(m.start, m.end), 'محمد بن\nراشد');
});

test('lexicon: a father\'s name and a nisba extend an Arabic name', () => {
  one(find('وأوضح سالم عوض المهري أن الطرق مقطوعة.'), 'سالم عوض المهري');
});

test('lexicon: given names that are everyday words, and على, do not start names', () => {
  assert.deepEqual(show(find('وعبر عن أمل كبير في نجاح المفاوضات.')), []);
  assert.deepEqual(show(find('واتفق الطرفان على خطة جديدة.')), []);
});

test('one sense per discourse: a full name found once is found again, and so is its short form', () => {
  const ms = find('وقال وزير الخارجية الإسباني خوسيه ألباريس إن الحل قريب. وأضاف ألباريس أن بلاده مستعدة.');
  const short = one(ms, 'ألباريس');
  assert.equal(short.type, 'PER');
  assert.equal(short.via, 'rule');
  const ms2 = find('وقالت رئيسة المفوضية الأوروبية أورسولا فون دير لاين إن الدعم مستمر. وأكدت فون دير لاين التزامها.');
  one(ms2, 'أورسولا فون دير لاين');
  one(ms2, 'فون دير لاين');
});

test('rule: organization word + quoted name, and + known name with its alias in brackets', () => {
  one(find('وأعلن تنظيم “أنصار الفجر” مسؤوليته عن الهجوم.'), 'تنظيم “أنصار الفجر”');
  const ms = find('وتبنى تنظيم الدولة (داعش) الهجوم على الحاجز.');
  assert.deepEqual(show(ms), ['ORG:تنظيم الدولة', 'ORG:داعش']);
});

test('rule: an organization and its purpose are one name', () => {
  one(find('وانضم الأردن إلى اللجنة الدولية لمكافحة التصحر العام الماضي.'), 'اللجنة الدولية لمكافحة التصحر');
  one(find('وقال التحالف الدولي ضد تنظيم “الدولة الإسلامية” إن الغارات توقفت.'), 'التحالف الدولي ضد تنظيم “الدولة الإسلامية”');
  // An armed group with ضد is an action, not a name.
  assert.deepEqual(show(find('وشنت القوات الحكومية ضد المسلحين حملة واسعة.')), []);
});

test('rule: an organization with its parent after التابع', () => {
  const ms = find('ودعا مجلس الأمن التابع للأمم المتحدة إلى وقف القتال.');
  assert.deepEqual(show(ms), ['ORG:مجلس الأمن التابع للأمم المتحدة']);
});

test('rule: forces + place + adjective, the ethnic adjective left out', () => {
  const ms = find('واشتبكت قوات كردستان الديمقراطية الكردية مع المسلحين.');
  assert.deepEqual(show(ms), ['ORG:قوات كردستان الديمقراطية']);
});

test('rule: agencies, ministries; common nouns after weak words are no names', () => {
  one(find('بحسب ما نقلته وكالة رويترز عن مصدر مطلع.'), 'وكالة رويترز');
  one(find('وأعلنت وزارة الداخلية الأردنية أمس توقيف شخصين.'), 'وزارة الداخلية الأردنية');
  assert.deepEqual(show(find('وتوجه الناخبون إلى صندوق الاقتراع صباحا.')), []);
  assert.deepEqual(show(find('وقالت منظمة حقوقية إن الوضع سيئ.')), []);
});

test('rule: sites keep their word; a dual word gives two sites', () => {
  const ms = find('ووصلت القافلة إلى مخيم الزعتري قرب الحدود.');
  assert.equal(one(ms, 'مخيم الزعتري').type, 'LOC');
  const dual = find('ويقيم اللاجئون في مخيمي الأزرق والزعتري منذ سنوات.');
  assert.deepEqual(show(dual), ['LOC:الأزرق', 'LOC:الزعتري']);
  one(find('ونقل المعتقلون إلى سجن “الحائر” جنوب العاصمة.'), 'سجن “الحائر”');
  assert.deepEqual(show(find('وجمعت الأدلة من ساحة المعركة.')), []);
});

test('rule: a place after a word for a kind of place', () => {
  assert.deepEqual(show(find('وسقطت قذيفة على بلدة الطيبة ليلا.')), ['LOC:الطيبة']);
  assert.deepEqual(show(find('وعقد الاجتماع في العاصمة اللبنانية، بيروت.')), ['LOC:بيروت']);
});

test('lexicon: a place name that is also a word needs a place context', () => {
  assert.deepEqual(show(find('وقدمت الحكومة دعم مالي للمزارعين.')), []);
  assert.deepEqual(show(find('وعاد الجنود من مالي أمس.')), ['LOC:مالي']);
  assert.deepEqual(show(find('وانتشرت القوات في شمال مالي.')), ['LOC:مالي']);
});

test('lexicon: السعودية after a definite noun is the adjective', () => {
  assert.deepEqual(show(find('وقالت الوزارة السعودية إن القرار نهائي.')), []);
  assert.deepEqual(show(find('وسافر الوفد إلى السعودية أمس.')), ['LOC:السعودية']);
});

test('spans: a proclitic is left out when the rest is the name; لل keeps the word', () => {
  const text = 'وتنقل بين طهران وبغداد ثم عاد للكويت.';
  const ms = find(text);
  const b = one(ms, 'بغداد');
  assert.equal(text.slice(b.start - 1, b.end), 'وبغداد');
  one(ms, 'للكويت');
});

test('precedence: a rule beats the lexicon inside it', () => {
  const ms = find('وقالت قوات كردستان الديمقراطية إنها صدت الهجوم.');
  assert.deepEqual(show(ms), ['ORG:قوات كردستان الديمقراطية']);
});

test('model: BIO tags with ANERcorp names; the lexicon wins overlaps; model-only spans stay', () => {
  const text = 'وقال المتحدث جون كيربي إن بغداد وافقت على مشروع نهر الفرات.';
  // word order: و قال المتحدث جون كيربي إن بغداد وافقت على مشروع نهر الفرات .
  const tags = (words: string[]): BioTag[] =>
    words.map((w) =>
      w === 'جون' ? 'B-PERS' : w === 'كيربي' ? 'I-PERS' : w === 'بغداد' ? 'B-ORG' : w === 'نهر' ? 'B-LOC' : w === 'الفرات' ? 'I-LOC' : 'O',
    );
  const ms = find(text, tags);
  const kirby = one(ms, 'جون كيربي');
  assert.equal(kirby.type, 'PER');
  assert.equal(one(ms, 'بغداد').type, 'LOC', 'the lexicon city beats the model ORG');
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
