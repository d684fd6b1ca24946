// Arabic reports written by the rasd team for the story tests (none of it comes from
// ../shared): one invented event told four times (a wire report, a reprint of it under
// another headline without its last paragraph, two outlets' own accounts of the same day),
// a follow-up a month later that recalls the event's date, and an unrelated report.
//
// File paths are relative to a corpus directory: the outlet is the directory.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const WIRE_BODY = [
  'صحار، 9 سبتمبر 2025 (الأنباء) - دشن وزير النقل العماني سالم بن ناصر الحارثي اليوم الثلاثاء أول خط للقطارات في السلطنة، يربط ميناء صحار بمدينة البريمي على مسافة 145 كيلومترا، بكلفة بلغت 870 مليون دولار.',
  '',
  'وقال الحارثي في كلمة خلال حفل التدشين إن القطار سينقل في عامه الأول نحو مليوني طن من البضائع، إضافة إلى رحلتين يوميتين للركاب بين المدينتين.',
  '',
  'وأوضح الرئيس التنفيذي لشركة قطارات عمان خالد بن سيف البوسعيدي أن أعمال المد استغرقت أربع سنوات، وشارك فيها أكثر من ثلاثة آلاف عامل ومهندس.',
  '',
  'وأضاف البوسعيدي أن القاطرات الست التي تسلمتها الشركة تعمل بالديزل، وأن دراسة تجري لتشغيل قاطرات كهربائية في المرحلة الثانية.',
];

/** The wire's own report. */
export const RAIL_WIRE = [
  'وكالة الأنباء العربية',
  'سلطنة عمان تدشن أول خط للقطارات بين ميناء صحار ومدينة البريمي',
  'تاريخ النشر: 9 سبتمبر 2025',
  '',
  ...WIRE_BODY,
  '',
  'ومن المنتظر أن يمتد الخط لاحقا إلى الحدود مع الإمارات ليتصل بشبكة قطار الاتحاد، وفق ما أعلنته الشركة في بيان.',
].join('\n');

/** Another site's reprint, a day later: a livelier headline, the wire's body without its last paragraph. */
export const RAIL_REPRINT = [
  'بالصور.. القطار يصل إلى البريمي لأول مرة في تاريخ السلطنة',
  'نشر في 10 سبتمبر 2025',
  '',
  ...WIRE_BODY,
].join('\n');

/** A second outlet's own account of the same day. */
export const RAIL_OWN_A = [
  'قطار صحار – البريمي ينطلق رسميا بعد أربع سنوات من الأشغال',
  '',
  'انطلقت يوم الثلاثاء 9 سبتمبر 2025 الرحلة الأولى لقطار الشحن بين ميناء صحار ومدينة البريمي، في حفل رعاه وزير النقل سالم بن ناصر الحارثي بحضور عدد من المسؤولين.',
  'ويبلغ طول الخط الجديد 145 كيلومترا، وقدرت كلفة إنشائه بنحو 870 مليون دولار، وهو أول خط للقطارات في سلطنة عمان.',
  'وتتوقع شركة قطارات عمان أن ينقل الخط قرابة مليوني طن من البضائع في عامه الأول، فضلا عن رحلات يومية للركاب.',
  'وقال خالد بن سيف البوسعيدي، الرئيس التنفيذي للشركة، إن المشروع يعزز مكانة ميناء صحار منفذا لتجارة المنطقة.',
].join('\n');

/** A third outlet: the traders' angle, same day, same people and places. */
export const RAIL_OWN_B = [
  'تجار البريمي يستقبلون أول قطار قادم من ميناء صحار',
  '',
  'استقبل تجار ومواطنون في مدينة البريمي يوم الثلاثاء 9 سبتمبر 2025 أول قطار يصل إلى المدينة من ميناء صحار، بعد أن دشن وزير النقل سالم بن ناصر الحارثي خط القطارات الذي يربط بينهما.',
  'ويرى أصحاب شركات النقل أن القطار سيخفض كلفة شحن البضائع من الميناء، إذ يقطع مسافة 145 كيلومترا في أقل من ساعتين.',
  'وبلغت كلفة الخط 870 مليون دولار بحسب شركة قطارات عمان، التي قالت إنه سينقل مليوني طن من البضائع في عامه الأول.',
  'وقال تاجر مواد البناء سعيد الكلباني إن شاحناته كانت تقضي يوما كاملا على الطريق بين صحار والبريمي.',
].join('\n');

/** A month later: another event (the first figures), recalling the launch's date. */
export const RAIL_FOLLOWUP = [
  'قطار صحار – البريمي ينقل 180 ألف طن من البضائع في أسابيعه الستة الأولى',
  '',
  'أعلنت شركة قطارات عمان يوم الاثنين 20 أكتوبر 2025 أن خط القطارات بين ميناء صحار ومدينة البريمي نقل 180 ألف طن من البضائع منذ تدشينه في 9 سبتمبر 2025.',
  'وقال الرئيس التنفيذي للشركة خالد بن سيف البوسعيدي إن عدد ركاب الرحلات اليومية تجاوز 12 ألف راكب، وإن الشركة تدرس إضافة رحلة ثالثة.',
  'وكان وزير النقل سالم بن ناصر الحارثي قد دشن الخط الذي يبلغ طوله 145 كيلومترا، وبلغت كلفته 870 مليون دولار.',
].join('\n');

/** An unrelated event elsewhere, months earlier. */
export const BOOK_FAIR = [
  'معرض الدار البيضاء للكتاب يفتح أبوابه بمشاركة 700 دار نشر',
  '',
  'افتتح وزير الثقافة المغربي يوم الخميس 8 مايو 2025 الدورة الجديدة من المعرض الدولي للنشر والكتاب في الدار البيضاء، بمشاركة 700 دار نشر من 50 بلدا.',
  'وتحل تونس ضيف شرف على الدورة، التي تستمر عشرة أيام وتتضمن ندوات وأمسيات شعرية ولقاءات مع الكتاب.',
  'وقال مدير المعرض إن المنظمين يتوقعون أكثر من 300 ألف زائر، وإن أسعار الكتب المدرسية ستخفض بنسبة 20 في المئة.',
].join('\n');

/** The corpus as files: path relative to the corpus directory → page. */
export const STORY_FILES: Readonly<Record<string, string>> = {
  'wikalat-al-anba/rail-launch.txt': RAIL_WIRE,
  'sada-al-balad/rail-photos.txt': RAIL_REPRINT,
  'al-wasat/rail-start.txt': RAIL_OWN_A,
  'nabd-al-khaleej/rail-traders.txt': RAIL_OWN_B,
  'nabd-al-khaleej/rail-figures.txt': RAIL_FOLLOWUP,
  'al-wasat/book-fair.txt': BOOK_FAIR,
};

/** The stories a reader makes of STORY_FILES. */
export const STORY_GOLD: Readonly<Record<string, string[]>> = {
  'rail-launch': ['wikalat-al-anba/rail-launch.txt', 'sada-al-balad/rail-photos.txt', 'al-wasat/rail-start.txt', 'nabd-al-khaleej/rail-traders.txt'],
  'rail-figures': ['nabd-al-khaleej/rail-figures.txt'],
  'book-fair': ['al-wasat/book-fair.txt'],
};

/** Writes the files (relative path → page) under `dir`; returns the absolute path of each, by relative path. */
export function writeStoryCorpus(dir: string, files: Readonly<Record<string, string>> = STORY_FILES): Map<string, string> {
  const out = new Map<string, string>();
  for (const [rel, page] of Object.entries(files)) {
    const file = join(dir, rel);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, page);
    out.set(rel, file);
  }
  return out;
}
