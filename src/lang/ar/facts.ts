// Word tables of fact extraction (src/reconcile/facts.ts): the verbs and nouns that say
// who gives money, who speaks, who joins, and what a bare number counts. Entries are in
// ordinary spelling; the extractor folds them with normalizeForMatch on load (hamza seats,
// ة/ه, ى/ي, tashkeel, shadda) and tries them on a word as written and after one proclitic
// (و ف ل س ب and their pairs), so each form is listed once without its clitics.

/**
 * Giving, pledging and announcing: a verb (past, present, both genders, plural) or its
 * verbal noun. The entity right after it (or right before a verb: "واشنطن ستقدم") is the giver.
 */
export const GIVING_WORDS: readonly string[] = [
  'قدم', 'قدمت', 'قدموا', 'يقدم', 'تقدم', 'يقدمون', 'تقديم',
  'تعهد', 'تعهدت', 'تعهدوا', 'يتعهد', 'تتعهد', 'تعهدات',
  'أعلن', 'أعلنت', 'أعلنوا', 'يعلن', 'تعلن',
  'خصص', 'خصصت', 'يخصص', 'تخصص', 'تخصيص',
  'رصد', 'رصدت', 'يرصد', 'ترصد',
  'منح', 'منحت', 'يمنح', 'تمنح', 'منحة',
  'تبرع', 'تبرعت', 'يتبرع', 'تتبرع',
  'ساهم', 'ساهمت', 'يساهم', 'تساهم', 'مساهمة',
  'أسهم', 'أسهمت', 'يسهم', 'تسهم',
  'وعد', 'وعدت', 'يعد', 'تعد',
  'دفع', 'دفعت', 'يدفع', 'تدفع',
  'موّل', 'مولت', 'يمول', 'تمول', 'تمويل',
  'وفر', 'وفرت', 'يوفر', 'توفر',
];

/** Words that open what money is for or who receives it (the word itself, or any word with the ل proclitic). */
export const PURPOSE_OPENERS: readonly string[] = ['من أجل', 'لصالح', 'لدعم', 'لتمويل', 'إلى'];

/** Words starting with ل that are not "for X": negations, conjunctions, prepositions. */
export const NOT_PURPOSE_L: readonly string[] = ['لا', 'لم', 'لن', 'لكن', 'لكنه', 'لكنها', 'لدى', 'لقد', 'لذلك', 'لأن', 'لان', 'ليس', 'ليست'];

/** Most words the purpose phrase keeps after its opener. */
export const PURPOSE_MAX_WORDS = 6;

/** Reporting verbs: [form, lemma]. A quote or an إن clause after them is the speaker's. */
export const REPORTING_VERBS: readonly (readonly [form: string, lemma: string])[] = [
  ...['قال', 'قالت', 'قالوا', 'يقول', 'تقول'].map((f) => [f, 'قال'] as const),
  ...['أكد', 'أكدت', 'أكدوا', 'يؤكد', 'تؤكد'].map((f) => [f, 'أكد'] as const),
  ...['أوضح', 'أوضحت', 'يوضح', 'توضح'].map((f) => [f, 'أوضح'] as const),
  ...['أضاف', 'أضافت', 'يضيف', 'تضيف'].map((f) => [f, 'أضاف'] as const),
  ...['شدد', 'شددت', 'يشدد', 'تشدد'].map((f) => [f, 'شدد'] as const),
  ...['صرح', 'صرحت', 'يصرح', 'تصرح'].map((f) => [f, 'صرح'] as const),
  ...['اعتبر', 'اعتبرت', 'يعتبر', 'تعتبر'].map((f) => [f, 'اعتبر'] as const),
  ...['أشار', 'أشارت', 'يشير', 'تشير'].map((f) => [f, 'أشار'] as const),
  ...['ذكر', 'ذكرت', 'يذكر', 'تذكر'].map((f) => [f, 'ذكر'] as const),
  ...['أعرب', 'أعربت', 'يعرب', 'تعرب'].map((f) => [f, 'أعرب'] as const),
  ...['حذر', 'حذرت', 'يحذر', 'تحذر'].map((f) => [f, 'حذر'] as const),
];

/** The particles that open indirect speech (قال إن ..., أكد أن ...), with pronoun suffixes. */
/**
 * Nouns that speak for an unnamed body right after a reporting verb (وقال البيان إن،
 * وأضاف المصدر: «...»). The quote's speaker is then the noun itself (subject 'noun:…'), so
 * that two reports quoting "the statement" are compared as one speaker.
 */
export const SPEAKER_NOUNS: readonly string[] = [
  'البيان', 'بيان', 'البلاغ', 'بلاغ', 'المصدر', 'مصدر', 'المصادر', 'مصادر', 'المتحدث', 'متحدث', 'المتحدثة', 'الناطق', 'ناطق',
  'الناطقة', 'المسؤول', 'مسؤول', 'الوزارة', 'الرئاسة', 'الحكومة', 'الجيش', 'الشرطة', 'السلطات', 'الوكالة', 'المنظمة', 'الهيئة',
];

export const SPEECH_PARTICLES: readonly string[] = ['إن', 'أن', 'إنه', 'أنه', 'إنها', 'أنها', 'إنهم', 'أنهم', 'إننا', 'أننا'];

/** Joining: verbs and the verbal noun, with pronoun suffixes that may stay on the noun. */
export const JOIN_WORDS: readonly string[] = [
  'انضم', 'انضمت', 'انضموا', 'ينضم', 'تنضم', 'ينضمون', 'انضمام', 'انضمامها', 'انضمامه', 'انضمامهم',
];

/** Words after a list cue that announce new members: "الأعضاء الجدد: أ وب وج". */
export const NEW_MEMBER_CUES: readonly string[] = ['الجدد', 'الجديدة', 'جدد', 'جديدة'];

/** "عدد" and its forms: the word after it (past adjectives like الإجمالي) is what is counted. */
export const COUNT_WORDS: readonly string[] = ['عدد', 'العدد', 'أعداد'];

/** Adjectives between عدد and the counted noun, skipped (العدد الإجمالي للأعضاء). */
export const COUNT_ADJECTIVES: readonly string[] = ['الإجمالي', 'الكلي', 'الكامل', 'النهائي', 'الرسمي'];

/** Partitives that make a bare number a part of the count before it (بينهم 2000، منهم 300). */
export const PARTITIVES: readonly string[] = ['بينهم', 'بينهن', 'منهم', 'منهن', 'بينها', 'منها'];

/** Percent cues: the noun after نسبة, or the noun before بنسبة, is what the percentage is of. */
export const PERCENT_CUES: readonly string[] = ['نسبة', 'النسبة'];

/** Relative pronouns: "كازاخستان، التي أعادت 600 مقاتل" makes the entity the counter. */
export const RELATIVE_PRONOUNS: readonly string[] = ['التي', 'الذي', 'اللتين', 'الذين', 'اللواتي'];

/** Prepositions: a giver or speaker is not found across one (أعلن في الرياض ...). */
export const PREPOSITIONS: readonly string[] = ['في', 'من', 'إلى', 'على', 'عن', 'مع', 'خلال', 'بعد', 'قبل', 'حول', 'عبر', 'لدى', 'أمام'];

/** How far (in tokens) a giver or speaker may stand from its verb (role words between: وزير الخارجية السعودي الأمير). */
export const ACTOR_WINDOW = 6;

/**
 * Casualty verbs and verbal nouns right before a bare number say what it counts: "وأصيب 320
 * آخرون" and "وإصابة 230 آخرين" count the injured, "مقتل 12" the dead.
 */
export const CASUALTY_WORDS: readonly (readonly [form: string, lemma: string])[] = [
  ['أصيب', 'جريح'], ['أصيبوا', 'جريح'], ['إصابة', 'جريح'], ['جرح', 'جريح'], ['جرح', 'جريح'],
  ['قتل', 'قتيل'], ['مقتل', 'قتيل'], ['مصرع', 'قتيل'], ['وفاة', 'قتيل'], ['توفي', 'قتيل'],
  ['فقد', 'مفقود'], ['فقدان', 'مفقود'], ['نزح', 'نازح'], ['نزوح', 'نازح'],
  ['إنقاذ', 'ناج'], ['أنقذ', 'ناج'], ['أنقذت', 'ناج'], ['المفقودين', 'مفقود'], ['مفقودين', 'مفقود'],
  ['حتفهم', 'قتيل'], ['بجروح', 'جريح'],
];

/**
 * Counted nouns too general to tell facts apart ("58 شخصا" rescued, "41 شخصا" missing): a
 * casualty word within CASUALTY_REACH tokens before the number or after the noun says what
 * they are, and becomes the count's unit.
 */
export const GENERIC_COUNTED: readonly string[] = ['شخص'];
export const CASUALTY_REACH = 4;

/** Counted nouns that name one thing: a count of مصابين and one of جرحى are one fact. */
export const UNIT_SYNONYMS: readonly (readonly [unit: string, same: string])[] = [['مصاب', 'جريح']];

/**
 * What a sum of money is (a loan, a grant, a pledge): the noun among the few words before
 * the amount ("قرضاً للأردن بقيمة 205 ملايين دولار"), as [form, lemma]. Two reports giving
 * one story's loan different amounts contradict each other even when only one names the
 * lender.
 */
export const MONEY_THINGS: readonly (readonly [form: string, lemma: string])[] = [
  ['قرض', 'قرض'], ['قرضا', 'قرض'], ['القرض', 'قرض'], ['منحة', 'منحة'], ['المنحة', 'منحة'],
  ['صفقة', 'صفقة'], ['الصفقة', 'صفقة'], ['ميزانية', 'ميزانية'], ['الميزانية', 'ميزانية'],
  ['تكلفة', 'تكلفة'], ['كلفة', 'تكلفة'], ['التكلفة', 'تكلفة'], ['الكلفة', 'تكلفة'],
];
/** How many words before an amount its thing may stand. */
export const MONEY_THING_REACH = 5;
