// Entity finding on Arabic written for these tests (none of it comes from ../shared): the
// rules and the lexicon. The statistical tagger's part and homographs are in
// entities-model.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, one, show } from './entities-test-helpers.js';

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

test('rule: an institution and its adjectives, with its field after it', () => {
  const ms = find('وأصدر المعهد الوطني للإحصاء تقريره السنوي. وقال المعهد إن البطالة تراجعت.');
  one(ms, 'المعهد الوطني للإحصاء');
  const alias = one(ms, 'المعهد');
  assert.equal(alias.type, 'ORG');
  assert.equal(alias.ref, 'المعهد الوطني للإحصاء');
  one(find('ودعت مفوضية الأمم المتحدة لشؤون اللاجئين إلى التمويل.'), 'مفوضية الأمم المتحدة لشؤون اللاجئين');
  one(find('وحذر المركز الوطني للأرصاد والإنذار المبكر من العواصف.'), 'المركز الوطني للأرصاد والإنذار المبكر');
  // The field ends where the name does: the object after it is not part of it.
  one(find('ودعا الديوان الوطني للحماية المدنية المواطنين إلى الحذر.'), 'الديوان الوطني للحماية المدنية');
  // A bare institution word with an adjective that describes is no name.
  assert.deepEqual(show(find('وأغلق المكتب الفرعي أبوابه أمس.')), []);
  assert.deepEqual(show(find('وقالت المفوضية الأوروبية إن القرار نهائي.')), []);
});

test('rule: an acronym in brackets or after المعروف باسم is the organization, and so is its first word', () => {
  const ms = find(
    'وأعلن المجلس الوطني للتنمية المستدامة (NCSD) خطته. وقال المجلس إن التمويل متوفر، وإن NCSD ستنشر تقريرا.',
  );
  const full = 'المجلس الوطني للتنمية المستدامة';
  one(ms, full);
  for (const m of ms.filter((x) => x.text !== full)) {
    assert.equal(m.type, 'ORG');
    assert.equal(m.ref, full, m.text);
  }
  assert.equal(ms.filter((x) => x.text === 'NCSD').length, 2);
  const named = find('وقدمت الهيئة العامة للاستثمار، المعروفة اختصارا بـ"GIA"، حوافز جديدة.');
  assert.equal(one(named, 'GIA').ref, 'الهيئة العامة للاستثمار');
});

test('rule: an institution named after a person is no person', () => {
  const ms = find('وتخرج في جامعة الملك فهد عدد من المهندسين.');
  assert.deepEqual(show(ms), ['ORG:جامعة الملك فهد']);
});

test('rule: a plural or dual word for places announces a list of places', () => {
  assert.deepEqual(show(find('وامتدت الحرائق إلى بلدات كسب وصلنفة والحفة، وفق الدفاع المدني.')), ['LOC:كسب', 'LOC:صلنفة', 'LOC:الحفة']);
  assert.deepEqual(show(find('ووزعت المساعدات في مدينتي زليتن وترهونة أمس.')), ['LOC:زليتن', 'LOC:ترهونة']);
  // Definite common nouns alone are no list of names.
  assert.deepEqual(show(find('وزار مديريات الوادي والصحراء.')), []);
  // What follows the last comma is the next clause.
  assert.deepEqual(show(find('وشملت ولايات زليتن وترهونة، تحسبا للعاصفة.')), ['LOC:زليتن', 'LOC:ترهونة']);
});

test('one sense per discourse: a place a rule found is a place where it recurs', () => {
  const ms = find('وتضررت مدينتي زليتن وترهونة من الأمطار. وعاد الهدوء إلى زليتن مساء.');
  assert.equal(ms.filter((m) => m.text === 'زليتن' && m.type === 'LOC').length, 2);
});

test('rule: a natural feature named after a known place is a place of its own', () => {
  assert.deepEqual(show(find('وتساقطت الثلوج على جبل لبنان.')), ['LOC:جبل لبنان']);
});

test('lexicon: an ambiguous place joined by و to a place is a place', () => {
  assert.deepEqual(show(find('وتنقل الوفد بين الخرطوم وجوبا.')), ['LOC:الخرطوم', 'LOC:جوبا']);
  assert.deepEqual(show(find('وقالت جوبا إنها ترحب.')), []);
});

test('quotes: a place inside a short quoted name of something else is no mention', () => {
  assert.deepEqual(show(find('ووقع الطرفان "اتفاق الرياض" قبل عام.')), []);
  assert.deepEqual(show(find('ووصل الوفد إلى "الرياض" صباحا.')), ['LOC:الرياض']);
});

test('rule: a role joined by و, and a role of the other gender after a nationality', () => {
  const ms = find('وترأس الجلسة إلى جانب الوزيرة الإسبانية وزير الداخلية والتنمية المحلية المغربي عبد الوافي لفتيت.');
  assert.equal(one(ms, 'عبد الوافي لفتيت').role, 'وزير الداخلية والتنمية المحلية المغربي');
});

test('lexicon: another spelling of a listed foreign given name opens a name', () => {
  const ms = find('وقال يورجن شميت إن الاتفاق صامد.');
  assert.equal(one(ms, 'يورجن شميت').type, 'PER');
});

