// Chrome phrase tables: the phrases that mark a line as site chrome (read-also links,
// related boxes, comment forms, share bars, tickers, footers), by the ChromeReason each
// class reports and by how the phrase must sit in the line. Spelling and folding rules are
// in chrome.ts; the compiled tries are in src/ingest/token-trie.ts.

/** How a phrase must sit in a line to mark it. */
export interface PhraseTable {
  /** The whole line is the phrase (punctuation around it ignored). */
  line: readonly string[];
  /** The line starts with the phrase and has at most maxWords words. */
  prefix: readonly string[];
  /** The phrase stands anywhere in a line of at most maxWords words. */
  contains: readonly string[];
  maxWords: number;
}

/** Chrome classes recognised by phrase, with the ChromeReason each one reports. */
export type PhraseReason =
  | 'read-also'
  | 'related-articles'
  | 'comment-form'
  | 'follow-share'
  | 'correction-notice'
  | 'back-to-top'
  | 'ticker'
  | 'separator'
  | 'trailing-chrome';

export const CHROME_PHRASES: Readonly<Record<PhraseReason, PhraseTable>> = {
  'read-also': {
    line: ['اقرأ أيضاً', 'اقرأ المزيد', 'طالع أيضاً'],
    prefix: [
      'اقرأ أيضاً',
      'اقرأ أيضا',
      'اقرأ كذلك',
      'اقرأ المزيد',
      'اقرأ هنا',
      'طالع أيضاً',
      'طالع كذلك',
      'طالع المزيد',
      'شاهد أيضاً',
      'شاهد كذلك',
      'يمكنك أيضاً قراءة',
      'للمزيد اقرأ',
    ],
    contains: [],
    maxWords: 40,
  },
  'related-articles': {
    line: ['ذات صلة', 'الأكثر قراءة', 'الأكثر مشاهدة', 'الأكثر تداولاً', 'اخترنا لك', 'أخبار أخرى', 'المزيد من الأخبار'],
    prefix: [
      'مقالات ذات صلة',
      'أخبار ذات صلة',
      'مواضيع ذات صلة',
      'موضوعات ذات صلة',
      'قصص ذات صلة',
      'تقارير ذات صلة',
      'مواضيع مرتبطة',
      'مقالات مرتبطة',
      'أخبار مرتبطة',
      'موضوعات مرتبطة',
      'مقالات متعلقة',
      'أخبار متعلقة',
      'مواضيع متعلقة',
      'مقالات مشابهة',
      'أخبار مشابهة',
      'مواضيع مشابهة',
      'قد يعجبك أيضاً',
      'قد يهمك أيضاً',
      'قد يهمك',
      'ننصحك بقراءة',
      'موضوعات قد تهمك',
      'مواضيع قد تهمك',
      'المزيد من الأخبار',
      'الأكثر قراءة',
    ],
    contains: [],
    maxWords: 8,
  },
  'comment-form': {
    line: [
      'التعليقات',
      'تعليقات',
      'تعليق',
      'التعليق',
      'تعليقك',
      'الاسم',
      'الاسم الكامل',
      'اسمك',
      'البريد الإلكتروني',
      'بريدك الإلكتروني',
      'الموقع',
      'الموقع الإلكتروني',
      'إرسال',
      'إرسال التعليق',
      'نشر التعليق',
      'أرسل التعليق',
      'لا توجد تعليقات',
      'لا يوجد تعليقات',
      'تعليقات القراء',
      'تعليقات الفيسبوك',
    ],
    prefix: [
      'اترك تعليقاً',
      'اترك تعليق',
      'اترك رداً',
      'اترك رد',
      'أضف تعليقك',
      'أضف تعليقاً',
      'أضف تعليق',
      'اكتب تعليقك',
      'أرسل تعليقك',
      'شاركنا رأيك',
      'الحقول الإلزامية',
      'الحقول المطلوبة',
      'الحقول المشار إليها',
      'احفظ اسمي',
      'حفظ اسمي',
      'يجب عليك تسجيل الدخول',
      'التعليقات المنشورة',
      'عدد التعليقات',
      'المرجو الالتزام',
      'يرجى الالتزام',
      'نرجو الالتزام',
      'نرجو من القراء',
      'التعليقات لا تعبر',
      'التعليقات تعبر',
    ],
    contains: ['بريدك الإلكتروني', 'عنوان بريدك', 'الحقول الإلزامية', 'الحقول المطلوبة', 'مشار إليها بـ'],
    maxWords: 24,
  },
  'follow-share': {
    line: [
      'شارك',
      'شاركها',
      'شارك الخبر',
      'شارك المقال',
      'شارك الموضوع',
      'مشاركة',
      'مشاركة الخبر',
      'انشر',
      'تابعنا',
      'تابعونا',
      'طباعة',
      'اطبع',
      'أرسل لصديق',
      'أرسل إلى صديق',
      'نسخ الرابط',
      'رابط مختصر',
      'حفظ',
      'أضف إلى المفضلة',
      'إضافة إلى المفضلة',
      'نسخة للطباعة',
      'نسخة للطباعه',
      'تكبير الخط',
      'تصغير الخط',
    ],
    prefix: [
      'تابعنا على',
      'تابعنا عبر',
      'تابعنا في',
      'تابعونا على',
      'تابعونا عبر',
      'تابعونا في',
      'تابعوا آخر',
      'تابعوا أحدث',
      'تابع أحدث الأخبار',
      'تابع آخر الأخبار',
      'تابع أهم الأخبار',
      'تابع الأخبار',
      'للمزيد تابعونا',
      'للمزيد من الأخبار تابعونا',
      'شارك على',
      'شارك عبر',
      'شارك هذا',
      'شارك المقال',
      'شارك الخبر',
      'اشترك في قناتنا',
      'اشترك في النشرة',
      'اشترك في نشرتنا',
      'اشترك الآن',
      'اشترك بقناة',
      'انضم إلى قناتنا',
      'انضم لقناتنا',
      'حمل تطبيق',
      'حمّل تطبيق',
      'رابط مختصر',
      'عدد القراءات',
      'عدد المشاهدات',
      'عدد الزيارات',
      'قراءات',
      'مشاهدات',
    ],
    contains: ['google news', 'جوجل نيوز', 'قناتنا على', 'حسابنا على'],
    maxWords: 14,
  },
  'correction-notice': {
    line: [],
    prefix: [
      'إذا كنت تعتقد',
      'إن كنت تعتقد',
      'إذا رأيت',
      'إذا وجدت خطأ',
      'هل وجدت خطأ',
      'للإبلاغ عن خطأ',
      'الإبلاغ عن خطأ',
      'أبلغ عن خطأ',
      'لتصحيح خطأ',
    ],
    contains: [],
    maxWords: 40,
  },
  'back-to-top': {
    line: ['زر الذهاب إلى الأعلى', 'الذهاب إلى الأعلى', 'إلى الأعلى', 'للأعلى', 'أعلى الصفحة', 'back to top'],
    prefix: [],
    contains: [],
    maxWords: 6,
  },
  ticker: {
    line: [
      'آخر الأخبار',
      'اخر الاخبار',
      'عاجل',
      'عاجل الآن',
      'الأخبار العاجلة',
      'أخبار عاجلة',
      'شريط الأخبار',
      'آخر الأخبار العاجلة',
      'أهم الأخبار',
      'أبرز الأخبار',
      'مباشر',
      'الآن',
    ],
    prefix: [],
    contains: [],
    maxWords: 4,
  },
  // Advertisement slot labels carry no content, like a rule line: until the shared types
  // have a reason of their own for them, they are reported as separators.
  separator: {
    line: ['إعلان', 'إعلانات', 'مساحة إعلانية', 'محتوى مدعوم', 'محتوى إعلاني', 'advertisement', 'sponsored', 'ad'],
    prefix: [],
    contains: [],
    maxWords: 3,
  },
  'trailing-chrome': {
    line: ['اتصل بنا', 'من نحن', 'سياسة الخصوصية', 'شروط الاستخدام', 'أعلن معنا', 'خريطة الموقع', 'فريق التحرير'],
    prefix: [
      'جميع الحقوق محفوظة',
      'كل الحقوق محفوظة',
      'الحقوق محفوظة',
      'حقوق النشر محفوظة',
      'حقوق الطبع والنشر',
      'يمنع إعادة النشر',
      'يمنع إعادة نشر',
      'يمنع النقل',
      'يمنع نقل',
      'لا يجوز نقل',
      'لا يجوز إعادة نشر',
      // tag lines
      'الكلمات المفتاحية',
      'كلمات مفتاحية',
      'الكلمات الدالة',
      'كلمات دالة',
      'الوسوم',
      'وسوم',
    ],
    contains: ['جميع الحقوق محفوظة', 'جميع الحقوق محفوظه'],
    maxWords: 20,
  },
};

/**
 * A bare read-also or related-articles label (the label alone on its line) is followed by
 * its links on the next lines, with no blank line between: this many for read-also ...
 */
export const READ_ALSO_LINK_LINES = 1;
/** ... and this many for a related-articles box. */
export const RELATED_LINK_LINES = 6;
