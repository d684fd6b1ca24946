import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeForMatch } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import {
  analyzeWord,
  lexiconFlags,
  lexiconStats,
  lookupPhrase,
  matchPhraseAt,
  nameCount,
  phraseWords,
  tokenFlags,
  LEX_AMBIGUOUS_PLACE,
  LEX_CITY,
  LEX_COUNTRY,
  LEX_GIVEN_NAME,
  LEX_IN_PHRASE,
  LEX_KNOWN_ORG,
  LEX_NAME_ALSO_WORD,
  LEX_NAME_PARTICLE,
  LEX_NAME_TOKEN,
  LEX_NATIONALITY,
  LEX_ORG_TRIGGER,
  LEX_PERSON_TITLE,
  LEX_PLACE_TRIGGER,
  LEX_REGION,
  LEX_SITE_TRIGGER,
  LEX_STOP,
  LEX_VIA_CLITIC,
} from './lexicon.js';

const flags = (w: string): number => lexiconFlags(normalizeForMatch(w));
const has = (w: string, f: number): boolean => (flags(w) & f) === f;

test('lexicon: the tagger-facing flags are distinct bits', () => {
  const all = [
    LEX_GIVEN_NAME, LEX_NAME_TOKEN, LEX_COUNTRY, LEX_CITY, LEX_REGION, LEX_ORG_TRIGGER, LEX_PERSON_TITLE,
    LEX_SITE_TRIGGER, LEX_NATIONALITY, LEX_PLACE_TRIGGER, LEX_NAME_PARTICLE, LEX_KNOWN_ORG, LEX_IN_PHRASE,
    LEX_STOP, LEX_NAME_ALSO_WORD, LEX_AMBIGUOUS_PLACE, LEX_VIA_CLITIC,
  ];
  assert.equal(new Set(all).size, all.length);
  for (const f of all) assert.equal(f & (f - 1), 0, `${f} is one bit`);
  assert.deepEqual([LEX_GIVEN_NAME, LEX_NAME_TOKEN, LEX_COUNTRY, LEX_NATIONALITY], [1, 2, 4, 256]);
});

test('lexicon: countries from ICU and from the gazetteer, with and without the article', () => {
  for (const w of ['فرنسا', 'كازاخستان', 'العراق', 'موريتانيا', 'أميركا', 'أمريكا', 'توجو', 'توغو', 'سورية']) {
    assert.ok(has(w, LEX_COUNTRY), w);
  }
  assert.equal(lookupPhrase(phraseWords('الولايات المتحدة الأميركية'))?.id, 'LOC:US');
  assert.equal(lookupPhrase(phraseWords('أمريكا'))?.id, 'LOC:US');
  assert.equal(lookupPhrase(phraseWords('المملكة العربية السعودية'))?.id, 'LOC:SA');
  assert.equal(lookupPhrase(phraseWords('السعودية'))?.id, 'LOC:SA');
  assert.equal(lookupPhrase(phraseWords('توجو'))?.id, lookupPhrase(phraseWords('توغو'))?.id);
  assert.equal(lookupPhrase(phraseWords('توجو'))?.name, 'توغو');
  // Words of a multi-word name are marked, not tagged as countries themselves.
  assert.ok(has('الولايات', LEX_IN_PHRASE));
  assert.ok(!has('الولايات', LEX_COUNTRY));
});

test('lexicon: cities and regions', () => {
  for (const w of ['بغداد', 'نواكشوط', 'مراكش', 'بروكسل']) assert.ok(has(w, LEX_CITY), w);
  for (const w of ['خراسان', 'أوروبا', 'إفريقيا', 'أفريقيا']) assert.ok(has(w, LEX_REGION), w);
  assert.equal(lookupPhrase(phraseWords('إفريقيا'))?.id, lookupPhrase(phraseWords('أفريقيا'))?.id);
  assert.equal(lookupPhrase(phraseWords('الشرق الأوسط'))?.type, 'LOC');
});

test('lexicon: proclitics are tried when the word itself is not known', () => {
  const a = analyzeWord(normalizeForMatch('وببغداد'));
  assert.equal(a.key, 'بغداد', 'و + ب + بغداد');
  assert.equal(a.strip, 2);
  const b = analyzeWord(normalizeForMatch('وبغداد'));
  assert.equal(b.key, 'بغداد');
  assert.equal(b.strip, 1);
  assert.ok(b.flags & LEX_VIA_CLITIC);
  const c = analyzeWord(normalizeForMatch('بالخرطوم'));
  assert.equal(c.key, 'الخرطوم');
  assert.equal(c.strip, 1);
  assert.ok(c.tight);
  // لل is ل + ال: the key gets its alef back and the written word cannot be cut.
  const d = analyzeWord(normalizeForMatch('للكويت'));
  assert.equal(d.key, 'الكويت');
  assert.equal(d.tight, false);
  // A word that is itself known is not stripped: لبنان is not ل + بنان.
  assert.equal(analyzeWord(normalizeForMatch('لبنان')).strip, 0);
  assert.ok(has('لبنان', LEX_COUNTRY));
});

test('lexicon: nationality adjectives in every form', () => {
  for (const w of ['الأمريكي', 'الأميركية', 'السعوديون', 'الإيطاليين', 'المغربية', 'الكردية', 'أردني', 'الفرنسيتين']) {
    assert.ok(has(w, LEX_NATIONALITY), w);
  }
  // السعودية is both the country and the feminine adjective.
  assert.ok(has('السعودية', LEX_NATIONALITY));
  assert.ok(lookupPhrase(phraseWords('السعودية')));
});

test('lexicon: titles, organization, site and place words', () => {
  for (const w of ['وزير', 'الوزيرة', 'الأمير', 'نظيره', 'ولي', 'المتحدث', 'الشيخ']) assert.ok(has(w, LEX_PERSON_TITLE), w);
  for (const w of ['وزارة', 'تنظيم', 'التحالف', 'حزب', 'مفوضية', 'صندوق', 'جبهة', 'حركة', 'وكالة']) assert.ok(has(w, LEX_ORG_TRIGGER), w);
  for (const w of ['مخيم', 'مخيمي', 'سجن', 'معبر', 'مطار', 'ميناء']) assert.ok(has(w, LEX_SITE_TRIGGER), w);
  for (const w of ['مدينة', 'بلدة', 'محافظة', 'العاصمة']) assert.ok(has(w, LEX_PLACE_TRIGGER), w);
});

test('lexicon: organizations and aliases known by name', () => {
  assert.ok(has('داعش', LEX_KNOWN_ORG));
  assert.ok(has('الإنتربول', LEX_KNOWN_ORG));
  const isis = lookupPhrase(phraseWords('تنظيم الدولة الإسلامية'))!;
  assert.equal(isis.type, 'ORG');
  for (const s of ['داعش', 'تنظيم الدولة', 'الدولة الإسلامية', 'تنظيم “الدولة”']) assert.equal(lookupPhrase(phraseWords(s))?.id, isis.id, s);
  assert.equal(lookupPhrase(phraseWords('المنظمة الأممية'))?.id, lookupPhrase(phraseWords('الأمم المتحدة'))?.id);
  assert.equal(lookupPhrase(phraseWords('فرانس برس'))?.id, lookupPhrase(phraseWords('وكالة فرانس برس'))?.id);
});

test('lexicon: given names, name tokens from models/names.json, particles', () => {
  assert.ok(lexiconStats().namesFile, 'models/names.json is found from the module path');
  assert.ok(lexiconStats().names > 5000);
  for (const w of ['محمد', 'فاطمة', 'يوسف', 'جوزيف', 'كاترين', 'دونالد']) assert.ok(has(w, LEX_GIVEN_NAME | LEX_NAME_TOKEN), w);
  // A spelling Wikidata knows that has the skeleton of a listed foreign given name.
  assert.ok(nameCount(normalizeForMatch('ميكائيل')) > 0);
  assert.ok(has('ميكائيل', LEX_GIVEN_NAME));
  // Family names are name tokens, not given names.
  assert.ok(has('ترامب', LEX_NAME_TOKEN));
  assert.ok(!has('ترامب', LEX_GIVEN_NAME));
  for (const w of ['بن', 'آل', 'دي', 'فان']) assert.ok(has(w, LEX_NAME_PARTICLE), w);
  assert.ok(!has('بن', LEX_NAME_TOKEN));
  // Months and everyday nouns Wikidata also lists are not name tokens.
  assert.ok(!has('مايو', LEX_NAME_TOKEN));
  assert.ok(!has('حرب', LEX_NAME_TOKEN));
  assert.ok(has('أمل', LEX_NAME_ALSO_WORD));
});

test('lexicon: stop words, and على against the name علي', () => {
  for (const w of ['الذي', 'قال', 'وقال', 'إنشاء', 'الخميس']) assert.ok(has(w, LEX_STOP), w);
  const [ala, ali] = tokenize('على علي');
  assert.equal(tokenFlags(ala!), LEX_STOP, 'written with ى: the preposition');
  assert.ok(tokenFlags(ali!) & LEX_GIVEN_NAME, 'written with ي: the name');
  assert.equal(tokenFlags(tokenize('،')[0]!), 0);
});

test('lexicon: ambiguous place names are marked', () => {
  assert.ok(has('مالي', LEX_COUNTRY | LEX_AMBIGUOUS_PLACE));
  assert.ok(has('جدة', LEX_CITY | LEX_AMBIGUOUS_PLACE));
  assert.ok(!has('بغداد', LEX_AMBIGUOUS_PLACE));
});

test('lexicon: matchPhraseAt finds the longest name, with a proclitic on its first word', () => {
  const toks = tokenize('وصل الوفد إلى بالمملكة العربية السعودية أمس');
  const m = matchPhraseAt(toks, 3)!;
  assert.equal(m.length, 3);
  assert.equal(m.hit.id, 'LOC:SA');
  assert.equal(m.strip, 1);
  assert.equal(matchPhraseAt(toks, 1), null);
  const u = tokenize('وفي الولايات المتحدة الأمريكية');
  assert.equal(matchPhraseAt(u, 1)!.length, 3);
});

test('lexicon: governorates, homographs and the place a given name looks like', () => {
  assert.ok(has('حضرموت', LEX_REGION));
  assert.ok(has('نابل', LEX_REGION));
  assert.equal(lookupPhrase(phraseWords('صلاح الدين'))?.ambiguous, true);
  const amman = lookupPhrase(phraseWords('عمان'));
  assert.equal(amman?.homograph, 'عمان');
  assert.equal(lookupPhrase(phraseWords('سلطنة عمان'))?.id, 'LOC:OM');
  assert.equal(lookupPhrase(phraseWords('طرابلس الغرب'))?.id, 'LOC:city:طرابلس الغرب');
  // فرنسا looks like a spelling of فرانسوا, but it is a country.
  assert.ok(!has('فرنسا', LEX_GIVEN_NAME));
});
