// A tiny annotated corpus for the tagger's tests, written for them (no corpus text): a few
// sentence patterns filled with invented names, places and organizations.
import type { ConllSentence } from './conll.js';

const PEOPLE = [['سامي', 'الحداد'], ['هاني', 'النجار'], ['ماهر', 'الصباغ'], ['كريم', 'العطار'], ['نادر', 'الخياط'], ['وائل', 'الفخراني']];
const PLACES = ['طنطا', 'بنها', 'قنا', 'أسوان', 'دمنهور', 'سوهاج'];
const ORGS = [['نادي', 'الشروق'], ['شركة', 'النسيم'], ['جمعية', 'الأمل'], ['مصرف', 'الوادي']];

type Piece = string | { words: string[]; type: string };

const PATTERNS: ((p: string[], l: string, o: string[]) => Piece[])[] = [
  (p, l) => ['زار', { words: p, type: 'PERS' }, 'مدينة', { words: [l], type: 'LOC' }, 'أمس', '.'],
  (p, l, o) => ['قال', { words: p, type: 'PERS' }, 'إن', { words: o, type: 'ORG' }, 'ستفتح', 'فرعا', 'في', { words: [l], type: 'LOC' }, '.'],
  (p, l) => ['وصل', 'الوفد', 'إلى', { words: [l], type: 'LOC' }, 'برئاسة', { words: p, type: 'PERS' }, '.'],
  (_p, l, o) => ['أعلنت', { words: o, type: 'ORG' }, 'عن', 'مشروع', 'جديد', 'في', { words: [l], type: 'LOC' }, '.'],
];

function build(pieces: Piece[]): ConllSentence {
  const words: string[] = [];
  const tags: string[] = [];
  for (const p of pieces) {
    if (typeof p === 'string') {
      words.push(p);
      tags.push('O');
    } else {
      p.words.forEach((w, k) => {
        words.push(w);
        tags.push(`${k === 0 ? 'B' : 'I'}-${p.type}`);
      });
    }
  }
  return { words, tags, line: 0 };
}

/** Every pattern with every person, place and organization, in a fixed order. */
export function tinyCorpus(): ConllSentence[] {
  const out: ConllSentence[] = [];
  for (let i = 0; i < PEOPLE.length; i++) {
    for (let j = 0; j < PLACES.length; j++) {
      const k = (i + j) % PATTERNS.length;
      out.push(build(PATTERNS[k]!(PEOPLE[i]!, PLACES[j]!, ORGS[(i * 2 + j) % ORGS.length]!)));
    }
  }
  return out;
}
