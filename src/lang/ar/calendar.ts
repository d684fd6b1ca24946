// Calendar words of Arabic news, as plain tables: month names in every naming an outlet
// may use, weekdays, Hijri months, ordinal day words, relative words and seasons. Entries
// are written in ordinary spelling; the date extractor (src/extract/date-parse.ts) folds
// them with normalizeForMatch on load, so hamza seats, alef forms, ta marbuta/ha and
// alef maqsura/ya variants need no entry of their own (أبريل = إبريل = ابريل).

/** Gregorian months, [name, month number]. Multi-word names are written with one space. */
export const GREGORIAN_MONTHS: readonly (readonly [name: string, month: number])[] = [
  // Egypt, Sudan, the Gulf (and most pan-Arab outlets)
  ['يناير', 1], ['فبراير', 2], ['مارس', 3], ['أبريل', 4], ['إبريل', 4], ['مايو', 5], ['يونيو', 6],
  ['يونية', 6], ['يوليو', 7], ['يوليه', 7], ['يولية', 7], ['أغسطس', 8], ['اغسطس', 8], ['سبتمبر', 9],
  ['أكتوبر', 10], ['أوكتوبر', 10], ['نوفمبر', 11], ['ديسمبر', 12],
  // Levant and Iraq (Syriac names)
  ['كانون الثاني', 1], ['كانون ثاني', 1], ['شباط', 2], ['آذار', 3], ['نيسان', 4], ['أيار', 5],
  ['حزيران', 6], ['تموز', 7], ['آب', 8], ['أيلول', 9], ['تشرين الأول', 10], ['تشرين أول', 10],
  ['تشرين الثاني', 11], ['تشرين ثاني', 11], ['كانون الأول', 12], ['كانون أول', 12],
  // Algeria and Tunisia (French-derived)
  ['جانفي', 1], ['فيفري', 2], ['أفريل', 4], ['ماي', 5], ['جوان', 6], ['جويلية', 7], ['جويلييه', 7],
  ['أوت', 8],
  // Morocco (its own French/Spanish-derived forms; يناير to أبريل as in the East)
  ['يوليوز', 7], ['غشت', 8], ['شتنبر', 9], ['نونبر', 11], ['دجنبر', 12],
];

/** Hijri months, [name, month number]. */
export const HIJRI_MONTHS: readonly (readonly [name: string, month: number])[] = [
  ['محرم', 1], ['صفر', 2], ['ربيع الأول', 3], ['ربيع أول', 3], ['ربيع الآخر', 4], ['ربيع الثاني', 4],
  ['ربيع ثاني', 4], ['جمادى الأولى', 5], ['جمادى الأول', 5], ['جمادى الآخرة', 6], ['جمادى الآخر', 6],
  ['جمادى الثانية', 6], ['رجب', 7], ['شعبان', 8], ['رمضان', 9], ['شوال', 10], ['ذو القعدة', 11],
  ['ذي القعدة', 11], ['ذا القعدة', 11], ['ذو الحجة', 12], ['ذي الحجة', 12], ['ذا الحجة', 12],
];

/**
 * Month names that are also everyday words or personal names (مارس "he practised", آب
 * "father", صفر "zero", رمضان and شعبان as names, نيسان the car maker). These count as a
 * month only with a day number before them, a year or a relative word after them, or
 * the word شهر before them.
 */
export const AMBIGUOUS_MONTHS: readonly string[] = [
  'مارس', 'ماي', 'آب', 'نيسان', 'تموز', 'جوان', 'محرم', 'صفر', 'رجب', 'شعبان', 'رمضان',
];

/** Weekdays, [name, index] with Sunday = 0 as in JavaScript. */
export const WEEKDAYS: readonly (readonly [name: string, day: number])[] = [
  ['الأحد', 0], ['الاثنين', 1], ['الإثنين', 1], ['الأثنين', 1], ['الثلاثاء', 2], ['الأربعاء', 3],
  ['الخميس', 4], ['الجمعة', 5], ['السبت', 6],
];

/**
 * Weekday names that are also other words: الاثنين "the two", الجمعة in صلاة الجمعة, الأحد
 * in الأحد عشر. They are weekdays unless a word of the lists below stands right before or
 * after them (not when يوم or اليوم precedes them).
 */
export const AMBIGUOUS_WEEKDAYS: readonly string[] = ['الاثنين', 'الإثنين', 'الجمعة', 'الأحد'];
export const WEEKDAY_BLOCKERS_BEFORE: readonly string[] = ['بين', 'كلا', 'كلتا', 'صلاة', 'خطبة', 'خطب', 'إمام', 'هذين'];
export const WEEKDAY_BLOCKERS_AFTER: readonly string[] = ['عشر', 'معا', 'معاً', 'منهما', 'منهم', 'كليهما'];

/** The word day (يوم الخميس, يوم 8 يونيو). */
export const DAY_WORDS: readonly string[] = ['يوم'];

/** The word month, before a month name (شهر رمضان, شهر مارس). */
export const MONTH_WORDS: readonly string[] = ['شهر'];

/** Words for "year" that may stand before a year number (عام 2014, سنة 2020, العام 2019). */
export const YEAR_WORDS: readonly string[] = ['عام', 'العام', 'سنة', 'السنة'];

/**
 * Day ordinals, written as they stand before من and a month (الخامس من يونيو, الحادي عشر
 * من سبتمبر, الثاني والعشرين من أيار). The masculine forms: the noun understood is يوم.
 */
export const DAY_ORDINALS: readonly (readonly [words: string, day: number])[] = [
  ['الأول', 1], ['الثاني', 2], ['الثالث', 3], ['الرابع', 4], ['الخامس', 5], ['السادس', 6],
  ['السابع', 7], ['الثامن', 8], ['التاسع', 9], ['العاشر', 10], ['الحادي عشر', 11],
  ['الثاني عشر', 12], ['الثالث عشر', 13], ['الرابع عشر', 14], ['الخامس عشر', 15],
  ['السادس عشر', 16], ['السابع عشر', 17], ['الثامن عشر', 18], ['التاسع عشر', 19],
  ['العشرين', 20], ['الحادي والعشرين', 21], ['الثاني والعشرين', 22], ['الثالث والعشرين', 23],
  ['الرابع والعشرين', 24], ['الخامس والعشرين', 25], ['السادس والعشرين', 26],
  ['السابع والعشرين', 27], ['الثامن والعشرين', 28], ['التاسع والعشرين', 29], ['الثلاثين', 30],
  ['الحادي والثلاثين', 31],
];

/** Words for the first day of a month that take the month directly (غرة رمضان, غرة جانفي). */
export const FIRST_DAY_WORDS: readonly string[] = ['غرة', 'فاتح'];

/**
 * Words before a day and month with no year that make the date the name of an event or a
 * movement (قوى 14 آذار, ثورة 25 يناير, أحداث الحادي عشر من سبتمبر): its year is the
 * event's, not the report's, so it is not taken from the reference.
 */
export const EVENT_NAME_HEADS: readonly string[] = [
  'قوى', 'قوي', 'تحالف', 'حركة', 'تيار', 'ثورة', 'انتفاضة', 'أحداث', 'اعتداءات', 'هجمات', 'حرب',
  'مجزرة', 'ذكرى', 'جمعة',
];

/** Words naming a day relative to the report's date, [words, offset in days]. */
export const DAY_OFFSETS: readonly (readonly [words: string, offset: number])[] = [
  ['اليوم', 0], ['أمس', -1], ['الأمس', -1], ['البارحة', -1], ['أول أمس', -2], ['أول من أمس', -2],
  ['أمس الأول', -2], ['غدا', 1], ['غداً', 1], ['غد', 1], ['بعد غد', 2],
];

/**
 * Day words that are a date only after a part of the day or يوم, or before a weekday
 * (صباح غد, يوم غد الاثنين), since alone they also mean "the future" (نحو غد أفضل).
 */
export const CUED_DAY_OFFSETS: readonly string[] = ['غد'];
export const DAY_PART_WORDS: readonly string[] = [
  'يوم', 'صباح', 'مساء', 'ظهر', 'عصر', 'ليل', 'ليلة', 'فجر', 'منتصف', 'حتى', 'نهار',
];

/** Words before اليوم that make it "that day" of a story, not the report's day. */
export const TODAY_BLOCKERS_BEFORE: readonly string[] = ['هذا', 'ذلك', 'ذاك', 'نفس', 'ذات', 'تلك', 'هذه'];

/** Units a relative word may follow: الشهر الماضي, العام المقبل, الأسبوع الماضي. */
export const RELATIVE_UNITS: readonly (readonly [word: string, unit: 'week' | 'month' | 'year'])[] = [
  ['الأسبوع', 'week'], ['الشهر', 'month'], ['العام', 'year'], ['السنة', 'year'],
];

export type Relation = 'past' | 'next' | 'current';

/** Relative words after a unit, month, weekday or season: كانون الثاني الماضي, الخميس المقبل. */
export const RELATIVE_WORDS: readonly (readonly [word: string, rel: Relation])[] = [
  ['الماضي', 'past'], ['الماضية', 'past'], ['المنصرم', 'past'], ['المنصرمة', 'past'],
  ['الفائت', 'past'], ['الفائتة', 'past'], ['السابق', 'past'], ['السابقة', 'past'],
  ['الماضيين', 'past'], ['الماضيتين', 'past'],
  ['المقبل', 'next'], ['المقبلة', 'next'], ['المقبلين', 'next'], ['القادم', 'next'], ['القادمة', 'next'],
  ['الحالي', 'current'], ['الحالية', 'current'], ['الجاري', 'current'], ['الجارية', 'current'],
  ['الراهن', 'current'], ['الراهنة', 'current'],
];

/**
 * Nouns that take العام as the adjective "general" (الأمين العام, المدعي العام, الرأي
 * العام): after one of them, العام الحالي / السابق is "the current / former general ...",
 * not a year.
 */
export const GENERAL_NOUNS: readonly string[] = [
  'الأمين', 'المدعي', 'النائب', 'المدير', 'الرأي', 'القطاع', 'الأمن', 'المراقب', 'المفتش', 'المنسق',
  'المرشد', 'القائد', 'الإضراب', 'النظام', 'الشأن', 'المال', 'الدين', 'الإنفاق', 'الصالح', 'العفو',
  'المؤتمر', 'الاتحاد', 'المستشار', 'القنصل', 'الادعاء', 'الإطار', 'الطابع', 'التعليم', 'النفع',
  'الموظف', 'الحق', 'الوضع', 'المشهد', 'المزاج', 'الذوق', 'الاكتتاب', 'المحامي', 'الطريق',
];

/** Demonstratives that make a unit the current one: هذا العام, هذه السنة, هذا الشهر. */
export const THIS_WORDS: readonly string[] = ['هذا', 'هذه'];

/**
 * Seasons: [definite form, construct form, index] with spring = 0 .. winter = 3. The
 * construct form takes a year (خريف عام 2021, صيف 2020); the definite one a relative word
 * (الصيف الماضي). A bare season (الربيع العربي) is not a date.
 */
export const SEASONS: readonly (readonly [definite: string, construct: string, index: number])[] = [
  ['الربيع', 'ربيع', 0], ['الصيف', 'صيف', 1], ['الخريف', 'خريف', 2], ['الشتاء', 'شتاء', 3],
];

/** First month of each season, by index (northern hemisphere; winter opens in December). */
export const SEASON_START_MONTH: readonly number[] = [3, 6, 9, 12];

/** Era words after a year: هـ marks a Hijri year, م a Gregorian one. */
export const HIJRI_ERA_WORDS: readonly string[] = ['هـ', 'ه', 'هجري', 'هجرية', 'للهجرة'];
export const GREGORIAN_ERA_WORDS: readonly string[] = ['م', 'ميلادي', 'ميلادية', 'للميلاد'];

/** Markers after a year that put it before the Common Era (1500 ق.م): not a date of the news. */
export const BCE_MARKERS: readonly string[] = ['ق.م', 'ق م', 'قبل الميلاد'];

/** The partitive من between a day and its month (11 من أيار) or a month and its year. */
export const OF_WORDS: readonly string[] = ['من'];

/** Linkers between two writings of one date (الخميس الموافق 8 يونيو). */
export const EQUIVALENCE_WORDS: readonly string[] = ['الموافق', 'الموافقة'];

/** Words after which a bare four-digit number is a year (في 2019, منذ 2014, بحلول 2030). */
export const YEAR_PREPOSITIONS: readonly string[] = [
  'في', 'منذ', 'حتى', 'بحلول', 'قبل', 'بعد', 'خلال', 'مطلع', 'أوائل', 'منتصف', 'أواخر', 'نهاية',
  'بداية', 'طيلة', 'طوال', 'عن',
];

/**
 * Words that introduce a month named with no day, year or relative word (في يونيو, منذ
 * آذار, من أبريل إلى يونيو). Without one a lone month name is more often part of a name
 * (لويجي دي مايو) than a date.
 */
export const MONTH_PREPOSITIONS: readonly string[] = [...YEAR_PREPOSITIONS, 'من', 'إلى', 'مع', 'أول', 'آخر'];

/** Year numbers taken as Gregorian years: after a year word or a month. */
export const GREGORIAN_YEAR_MIN = 1000;
export const GREGORIAN_YEAR_MAX = 2100;
/** A bare number after a preposition is a year only in this narrower range. */
export const BARE_YEAR_MIN = 1900;
/** Hijri years: after a Hijri month, or with هـ. */
export const HIJRI_YEAR_MIN = 1300;
export const HIJRI_YEAR_MAX = 1600;

/**
 * Words before a full date that make it the bound of another period (منذ 8 يونيو 2023,
 * حتى 30 يونيو), not the day the report speaks from.
 */
export const PERIOD_BOUND_WORDS: readonly string[] = ['منذ', 'حتى', 'قبل', 'بعد', 'بين', 'مطلع', 'نهاية'];
