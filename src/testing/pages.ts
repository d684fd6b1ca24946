// Arabic pages written by the rasd team for tests: scraped-page shapes with chrome,
// hamza and alef variants, tashkeel, tatweel, Arabic-Indic digits and hard wraps.
// (None of this text comes from ../shared.)

/** A Gulf outlet's page: ticker, masthead, section label, repeated title, caption, chrome at the end. */
export const PAGE_DESALINATION = [
  'آخر الأخبار',
  'رئيس التحرير',
  'منصور العتيبي',
  'اقتصاد',
  'افتتاح أكبر محطة لتحلية المياه على ساحل الخليج',
  'افتتاح أكبر محطة لتحلية المياه على ساحل الخليج',
  '',
  'افتتح وزير الطاقة يوم الأحد محطة جديدة لتحلية مياه البحر في مدينة الجبيل، بطاقة تبلغ ٦٠٠ ألف متر مكعب يومياً.',
  'وقال الوزير إن المحطة التي كلفت نحو 1.2 مليار دولار ستغطي حاجة ثلاثة ملايين نسمة من مياه الشرب.',
  '',
  'اقرأ أيضاً: ارتفاع أسعار الأرز في الأسواق المحلية',
  '',
  'طاقة نظيفة',
  'وأوضح مدير المشروع أن الألواح الشمسية تغذي ربع حاجة المحطة من الكهرباء، وأن العمل بدأ قبل ثلاث سنوات.',
  '',
  'التعليقات',
  'أضف تعليقك',
  'لن نقوم بنشر بريدك الإلكتروني، والحقول المطلوبة مؤشر عليها بنجمة',
  'العودة إلى أعلى الصفحة',
].join('\n');

/** A Levantine outlet's page, hard-wrapped every few words, with tashkeel and tatweel. */
export const PAGE_BRIDGE_WRAPPED = [
  'إعادة افتتاح الجسر الحدودي بعد أشهر من الإغلاق',
  'أعادت السلطات يوم الثلاثاء 14 من أيار افتتاح',
  'الجسر الحدودي أمام حركة الشاحنات والمسافرين، بعد',
  'إغلاق دام خمسة أشهر بسبب أعمال الصيانة.',
  'وقال مديـــر المعبر إنّ نحو ألفي شاحنة',
  'ستعبر الجسر يومياً في المرحلة الأولى، على أن',
  'يرتفع العدد تدريجياً.',
  'وأشار إلى أن الأعمال كلفت 3.5 مليون دولار.',
].join('\n');

/** A Maghrebi outlet's page with a page date at the top and a correction notice at the end. */
export const PAGE_OLIVE_HARVEST = [
  'الخميس 12 جانفي 2026',
  'مجتمع',
  'موسم الزيتون يسجل إنتاجا قياسيا في الجهات الداخلية',
  '',
  'أعلنت وزارة الفلاحة أمس أن صابة الزيتون بلغت هذا الموسم ٣٤٠ ألف طن، بزيادة تقارب الثلث عن الموسم الماضي.',
  'وقال المسؤول الجهوي إن الأمطار الغزيرة في شهر أكتوبر ساعدت على تحسن المردود.',
  '',
  'إذا رأيت/رأيتِ أن المقال يتضمن خطأ فأرسل/أرسلي تصحيحا إلى هيئة التحرير',
  'تابعونا على :',
].join('\n');

/** A short English page: rasd rejects it as not Arabic. */
export const PAGE_ENGLISH = 'Ministers met in the capital on Monday to discuss water prices and the new plant.\n';
