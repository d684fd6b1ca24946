// What stands around a number in Arabic news, as plain tables: currencies, percent
// markers, counted nouns, qualifier phrases, range words, and the cues that say a number is
// a date, a year, a reference or a phone number rather than a quantity. The extractor
// (src/extract/quantities.ts) folds every entry with normalizeForMatch and splits it into
// tokens on load; phrases are matched token by token through a trie, longest first.
import type { Qualifier } from '../../types.js';

/**
 * Currency names after a number (or after its scale word: 148 مليون دولار), with their
 * ISO 4217 code. A name that does not fix the currency on its own (دينار، ليرة) maps to
 * itself; the longer phrase that names the country wins (دينار كويتي → KWD).
 */
export const CURRENCIES: readonly (readonly [phrase: string, code: string])[] = [
  ['دولار', 'USD'], ['دولارا', 'USD'], ['دولارات', 'USD'],
  ['دولار أمريكي', 'USD'], ['دولار أميركي', 'USD'], ['دولارا أمريكيا', 'USD'], ['دولارا أميركيا', 'USD'],
  ['دولار كندي', 'CAD'], ['دولار أسترالي', 'AUD'],
  ['يورو', 'EUR'], ['أورو', 'EUR'], ['يوروهات', 'EUR'],
  ['ريال', 'SAR'], ['ريالا', 'SAR'], ['ريالات', 'SAR'],
  ['ريال سعودي', 'SAR'], ['ريالا سعوديا', 'SAR'], ['ريالات سعودية', 'SAR'],
  ['ريال قطري', 'QAR'], ['ريالا قطريا', 'QAR'], ['ريالات قطرية', 'QAR'],
  ['ريال عماني', 'OMR'], ['ريالا عمانيا', 'OMR'], ['ريالات عمانية', 'OMR'],
  ['ريال يمني', 'YER'], ['ريالا يمنيا', 'YER'],
  ['ريال إيراني', 'IRR'], ['ريالا إيرانيا', 'IRR'],
  ['جنيه', 'EGP'], ['جنيها', 'EGP'], ['جنيهات', 'EGP'],
  ['جنيه مصري', 'EGP'], ['جنيها مصريا', 'EGP'], ['جنيهات مصرية', 'EGP'],
  ['جنيه إسترليني', 'GBP'], ['جنيها إسترلينيا', 'GBP'], ['جنيهات إسترلينية', 'GBP'],
  ['جنيه استرليني', 'GBP'], ['جنيها استرلينيا', 'GBP'], ['جنيهات استرلينية', 'GBP'],
  ['جنيه سوداني', 'SDG'], ['جنيها سودانيا', 'SDG'],
  ['درهم', 'AED'], ['درهما', 'AED'], ['دراهم', 'AED'],
  ['درهم إماراتي', 'AED'], ['درهما إماراتيا', 'AED'],
  ['درهم مغربي', 'MAD'], ['درهما مغربيا', 'MAD'], ['دراهم مغربية', 'MAD'],
  ['دينار', 'دينار'], ['دينارا', 'دينار'], ['دنانير', 'دينار'],
  ['دينار كويتي', 'KWD'], ['دينارا كويتيا', 'KWD'], ['دنانير كويتية', 'KWD'],
  ['دينار أردني', 'JOD'], ['دينارا أردنيا', 'JOD'], ['دنانير أردنية', 'JOD'],
  ['دينار عراقي', 'IQD'], ['دينارا عراقيا', 'IQD'], ['دنانير عراقية', 'IQD'],
  ['دينار تونسي', 'TND'], ['دينارا تونسيا', 'TND'], ['دنانير تونسية', 'TND'],
  ['دينار جزائري', 'DZD'], ['دينارا جزائريا', 'DZD'], ['دنانير جزائرية', 'DZD'],
  ['دينار ليبي', 'LYD'], ['دينارا ليبيا', 'LYD'], ['دنانير ليبية', 'LYD'],
  ['دينار بحريني', 'BHD'], ['دينارا بحرينيا', 'BHD'],
  ['ليرة', 'ليرة'], ['ليرات', 'ليرة'],
  ['ليرة تركية', 'TRY'], ['ليرات تركية', 'TRY'],
  ['ليرة سورية', 'SYP'], ['ليرات سورية', 'SYP'],
  ['ليرة لبنانية', 'LBP'], ['ليرات لبنانية', 'LBP'],
  ['يوان', 'CNY'], ['روبل', 'RUB'], ['روبلات', 'RUB'], ['ين ياباني', 'JPY'],
  ['فرنك سويسري', 'CHF'], ['شيكل', 'ILS'], ['شيكلا', 'ILS'], ['شواكل', 'ILS'],
];

/** Currency signs written before or after the digits ($100، 100$). */
export const CURRENCY_SIGNS: readonly (readonly [sign: string, code: string])[] = [
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
];

/** Percent after a number (68٪، 68%، 68 بالمئة، 68 في المائة). ٪ folds to %. */
export const PERCENT_AFTER: readonly string[] = [
  '%', 'بالمئة', 'بالمائة', 'بالمية', 'في المئة', 'في المائة', 'في المية',
];

/** Percent written before the digits, as right-to-left typing sometimes leaves it (٪68). */
export const PERCENT_BEFORE: readonly string[] = ['%'];

/**
 * Counted nouns: the noun right after a number says what was counted. Each entry is the
 * lemma (its stem is the quantity's unit) and the forms a count takes: singular after
 * 100/1000 (ألف مقاتل), accusative after 11–99 (ثلاثين وزيرا), plural after 3–10 (ثماني
 * دول), dual forms rarely follow a number and are left out. A phrase (دولة عضو) is kept
 * whole as the noun.
 */
export const COUNTED_NOUNS: readonly (readonly [lemma: string, forms: readonly string[]])[] = [
  ['مقاتل', ['مقاتل', 'مقاتلا', 'مقاتلين', 'مقاتلون']],
  ['دولة', [
    'دولة', 'دول', 'دولة عضو', 'دولة عضوا', 'دول أعضاء', 'دول عضو', 'دولة مانحة', 'دول مانحة',
    'دولة مشاركة', 'دول مشاركة',
  ]],
  ['بلد', ['بلد', 'بلدا', 'بلدان']],
  ['وزير', ['وزير', 'وزيرا', 'وزراء']],
  ['عضو', ['عضو', 'عضوا', 'أعضاء']],
  ['شخص', ['شخص', 'شخصا', 'أشخاص']],
  ['قتيل', ['قتيل', 'قتيلا', 'قتلى']],
  ['مصاب', ['مصاب', 'مصابا', 'مصابين']],
  ['جريح', ['جريح', 'جريحا', 'جرحى']],
  ['درجة', ['درجة', 'درجات']],
  ['لاجئ', ['لاجئ', 'لاجئا', 'لاجئين', 'لاجئون']],
  ['نازح', ['نازح', 'نازحا', 'نازحين', 'نازحون']],
  ['مهاجر', ['مهاجر', 'مهاجرا', 'مهاجرين', 'مهاجرون']],
  ['مدني', ['مدني', 'مدنيا', 'مدنيين', 'مدنيون']],
  ['جندي', ['جندي', 'جنديا', 'جنود']],
  ['عنصر', ['عنصر', 'عنصرا', 'عناصر']],
  ['مسلح', ['مسلح', 'مسلحا', 'مسلحين', 'مسلحون']],
  ['معتقل', ['معتقل', 'معتقلا', 'معتقلين']],
  ['سجين', ['سجين', 'سجينا', 'سجناء']],
  ['أسير', ['أسير', 'أسيرا', 'أسرى']],
  ['طفل', ['طفل', 'طفلا', 'أطفال']],
  ['امرأة', ['امرأة', 'نساء']],
  ['ضحية', ['ضحية', 'ضحايا']],
  ['عائلة', ['عائلة', 'عائلات']],
  ['أسرة', ['أسرة', 'أسر']],
  ['منزل', ['منزل', 'منزلا', 'منازل']],
  ['قرية', ['قرية', 'قرى']],
  ['مدينة', ['مدينة', 'مدن']],
  ['طن', ['طن', 'طنا', 'أطنان']],
  ['شاحنة', ['شاحنة', 'شاحنات']],
  ['طائرة', ['طائرة', 'طائرات']],
  ['صاروخ', ['صاروخ', 'صاروخا', 'صواريخ']],
  ['غارة', ['غارة', 'غارات']],
  ['هجوم', ['هجوم', 'هجوما', 'هجمات']],
  ['موظف', ['موظف', 'موظفا', 'موظفين']],
  ['عامل', ['عامل', 'عاملا', 'عمال']],
  ['طالب', ['طالب', 'طالبا', 'طلاب']],
  ['مقعد', ['مقعد', 'مقعدا', 'مقاعد']],
  ['صوت', ['صوت', 'صوتا', 'أصوات']],
  ['حالة', ['حالة', 'حالات']],
  ['إصابة', ['إصابة', 'إصابات']],
  ['وفاة', ['وفاة', 'وفيات']],
  ['برميل', ['برميل', 'برميلا', 'براميل']],
  ['منظمة', ['منظمة', 'منظمات']],
  ['طبيب', ['طبيب', 'طبيبا', 'أطباء']],
  ['مرشح', ['مرشح', 'مرشحا', 'مرشحين']],
  ['قاصر', ['قاصر', 'قاصرا', 'قاصرين', 'قصر']],
  ['حريق', ['حريق', 'حريقا', 'حرائق']],
  ['موقع', ['موقع', 'موقعا', 'مواقع']],
  ['بند', ['بند', 'بندا', 'بنود']],
  ['مشروع', ['مشروع', 'مشروعا', 'مشاريع']],
  ['مستشفى', ['مستشفى', 'مستشفيات']],
  ['مدرسة', ['مدرسة', 'مدارس']],
  ['سيارة', ['سيارة', 'سيارات']],
  ['قارب', ['قارب', 'قاربا', 'قوارب']],
  ['سفينة', ['سفينة', 'سفن']],
  ['جثة', ['جثة', 'جثث']],
  ['خيمة', ['خيمة', 'خيام']],
  ['تصريح', ['تصريح', 'تصريحا', 'تصاريح']],
  ['كيلومتر', ['كيلومتر', 'كيلومترا', 'كيلومترات', 'كلم', 'كم']],
  ['مليمتر', ['مليمتر', 'مليمترا', 'مليمترات', 'ملم']],
  ['لتر', ['لتر', 'لترا', 'لترات']],
  ['كيلوغرام', ['كيلوغرام', 'كيلوغراما', 'كيلوغرامات', 'كلغ', 'كغ', 'كيلوجرام']],
  ['متر', ['متر', 'مترا', 'أمتار']],
  ['هكتار', ['هكتار', 'هكتارا', 'هكتارات']],
  ['ميغاواط', ['ميغاواط', 'ميجاوات', 'ميغاوات']],
  ['عام', ['عام', 'عاما', 'أعوام']],
  ['سنة', ['سنة', 'سنوات']],
  ['شهر', ['شهر', 'شهرا', 'أشهر', 'شهور']],
  ['أسبوع', ['أسبوع', 'أسبوعا', 'أسابيع']],
  ['يوم', ['يوم', 'يوما', 'أيام']],
  ['ساعة', ['ساعة', 'ساعات']],
];

/**
 * Accusative adverbs that may follow a number with the ending ًا and are not what was
 * counted (50 شخصا تقريبًا is counted by the table; 300 تقريبًا، 20 يوميًا count nothing).
 * Adverbs of the nisba form (يوميًا، سنويًا، رسميًا) are recognized by their ending.
 */
export const NOT_COUNTED_ACCUSATIVES: readonly string[] = [
  'تقريبا', 'أيضا', 'مجددا', 'مؤخرا', 'سابقا', 'لاحقا', 'تباعا', 'فورا', 'جدا', 'أخيرا', 'معا',
  'أولا', 'ثانيا', 'ثالثا', 'إضافة', 'فصاعدا', 'فأكثر', 'إجمالا', 'تماما', 'حاليا', 'بدلا',
];

/** Qualifier phrases written before the number; the first word may carry a clitic (بأكثر من، وبنحو). */
export const QUALIFIERS_BEFORE: readonly (readonly [phrase: string, qualifier: Qualifier])[] = [
  ['نحو', 'approx'], ['حوالي', 'approx'], ['حوالى', 'approx'], ['قرابة', 'approx'],
  ['زهاء', 'approx'], ['ما يقرب من', 'approx'], ['يقرب من', 'approx'], ['ما يقارب', 'approx'],
  ['يقارب', 'approx'], ['ما يناهز', 'approx'], ['يناهز', 'approx'], ['تقريبا', 'approx'],
  ['في حدود', 'approx'], ['بحدود', 'approx'],
  ['أكثر من', 'more than'], ['ما يزيد على', 'more than'], ['ما يزيد عن', 'more than'],
  ['يزيد على', 'more than'], ['يزيد عن', 'more than'], ['تزيد على', 'more than'], ['تزيد عن', 'more than'],
  ['أزيد من', 'more than'], ['ما يربو على', 'more than'], ['يربو على', 'more than'],
  ['يتجاوز', 'more than'], ['تتجاوز', 'more than'], ['ما يتجاوز', 'more than'],
  ['يتخطى', 'more than'], ['تتخطى', 'more than'], ['ما يتخطى', 'more than'],
  ['يفوق', 'more than'], ['تفوق', 'more than'], ['ما يفوق', 'more than'],
  ['أقل من', 'less than'], ['ما دون', 'less than'], ['ما يقل عن', 'less than'], ['أدنى من', 'less than'],
  ['يقل عن', 'less than'], ['تقل عن', 'less than'],
  ['على الأقل', 'at least'], ['ما لا يقل عن', 'at least'], ['لا يقل عن', 'at least'], ['لا تقل عن', 'at least'],
  ['لا يتجاوز', 'at most'], ['لا تتجاوز', 'at most'], ['لا يزيد على', 'at most'], ['لا يزيد عن', 'at most'],
  ['لا تزيد على', 'at most'], ['لا تزيد عن', 'at most'], ['على الأكثر', 'at most'],
  ['حتى', 'up to'], ['ما يصل إلى', 'up to'], ['يصل إلى', 'up to'], ['تصل إلى', 'up to'],
];

/** Qualifier phrases written after the quantity (50 شخصا تقريبا، 10 قتلى على الأقل). */
export const QUALIFIERS_AFTER: readonly (readonly [phrase: string, qualifier: Qualifier])[] = [
  ['تقريبا', 'approx'],
  ['على الأقل', 'at least'], ['كحد أدنى', 'at least'], ['بحد أدنى', 'at least'],
  ['على الأكثر', 'at most'], ['كحد أقصى', 'at most'], ['بحد أقصى', 'at most'],
];

/** Words that open a range, and the words that may join its two ends after each. */
export const RANGE_OPENERS: readonly (readonly [phrase: string, joiners: readonly string[]])[] = [
  ['ما بين', ['و', 'إلى', '-', '–', '—']],
  ['بين', ['و', 'إلى', '-', '–', '—']],
  ['من', ['إلى', 'حتى', '-', '–', '—']],
];

/** A dash between two numbers with no opener (5000-7000) is a range. */
export const RANGE_DASHES: readonly string[] = ['-', '–', '—'];

/**
 * Verbs and nouns of change: after one of them, من X إلى Y is a change from X to Y (two
 * values), not a range (ارتفع عدد القتلى من 10 إلى 12).
 */
export const CHANGE_WORDS: readonly string[] = [
  'ارتفع', 'ارتفعت', 'يرتفع', 'ترتفع', 'ارتفاع',
  'انخفض', 'انخفضت', 'ينخفض', 'تنخفض', 'انخفاض',
  'زاد', 'زادت', 'زيادة', 'تراجع', 'تراجعت', 'يتراجع', 'تتراجع',
  'قفز', 'قفزت', 'يقفز', 'تقفز', 'هبط', 'هبطت', 'يهبط', 'تهبط', 'هبوط',
  'صعد', 'صعدت', 'رفع', 'رفعت', 'يرفع', 'ترفع', 'خفض', 'خفضت', 'يخفض', 'تخفض',
  'تقلص', 'تقلصت', 'نما', 'نمت', 'نمو', 'تضاعف', 'تضاعفت',
];

/** Words the change cue is looked for among, at most this many tokens before من. */
export const CHANGE_LOOKBACK = 4;

/**
 * Month names (Gregorian as written in Egypt and the Gulf, Levantine, Maghreb, Hijri).
 * A day number before one, or a year after one, is a date, not a quantity. Two-word
 * months are listed by their first word, which is enough next to a number.
 */
export const MONTHS: readonly string[] = [
  'يناير', 'فبراير', 'مارس', 'أبريل', 'إبريل', 'ابريل', 'مايو', 'يونيو', 'يونيه', 'يوليو', 'يوليه',
  'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر',
  'كانون', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين',
  'جانفي', 'فيفري', 'أفريل', 'ماي', 'جوان', 'جويلية', 'أوت',
  'يوليوز', 'غشت', 'شتنبر', 'نونبر', 'دجنبر',
  'محرم', 'صفر', 'ربيع', 'جمادى', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو', 'ذي',
];

/** Between a day and its month (11 من أيار). */
export const DAY_MONTH_LINKS: readonly string[] = ['من'];

/** Words before a four-digit number that make it a year (عام 2014، منذ 2011، في 2020). */
export const YEAR_CUES: readonly string[] = [
  'عام', 'العام', 'عامي', 'سنة', 'السنة', 'سنتي', 'منذ', 'حتى', 'في', 'خلال', 'مطلع', 'أوائل',
  'أواخر', 'أواسط', 'منتصف', 'نهاية', 'بداية', 'ربيع', 'صيف', 'خريف', 'شتاء', 'موسم', 'قبل',
  'بعد', 'بحلول', 'ميزانية', 'انتخابات', 'رؤية', '©',
];

/** Era letters after a year (2023م، 1445هـ). */
export const YEAR_MARKS: readonly string[] = ['م', 'هـ', 'ه'];

/** The range of numbers a year cue can turn into a year. */
export const YEAR_MIN = 1800;
export const YEAR_MAX = 2100;

/** Words before a number that make it a label, not an amount (القرار رقم 2254، المادة 5). */
export const REFERENCE_CUES: readonly string[] = [
  'رقم', 'الرقم', 'قرار', 'القرار', 'المادة', 'مادة', 'البند', 'بند', 'الفقرة', 'فقرة', 'المرسوم',
  'مرسوم', 'القانون', 'قانون', 'الفصل', 'الصفحة', 'صفحة', 'ص', 'الحلقة', 'الآية', 'الطريق',
];

/** Words before a number that make it a clock time (الساعة 10 صباحا). */
export const TIME_CUES: readonly string[] = ['الساعة', 'ساعة', 'تمام'];

/** Words before a number that make it a phone number. */
export const PHONE_CUES: readonly string[] = [
  'هاتف', 'الهاتف', 'جوال', 'الجوال', 'تلفون', 'واتساب', 'واتس', 'فاكس', 'الفاكس', 'موبايل', 'خلوي',
];

/** An integer written with at least this many digits and no grouping is a code or a phone number. */
export const LONG_DIGIT_RUN = 9;

/** Punctuation that joins numbers into a date, a time or a phone number (8/6/2023، 10:30). */
export const NUMBER_JOINERS: readonly string[] = ['/', ':', '-', '–', '—', '.'];

/** Opening marks that may stand between a cue and its number (رقم (2254)، رقم «2254»). */
export const OPENING_MARKS: readonly string[] = ['(', '[', '«', '“', '"', "'", '‘', '„'];
