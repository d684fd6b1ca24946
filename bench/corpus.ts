// A deterministic corpus for benchmarks, built from rasd's own sample reports: paragraphs
// are reshuffled, figures and dates varied, and each page is wrapped in the chrome of one
// of a few synthetic outlets. The same seed always gives the same corpus.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes } from '../src/ingest/decode.js';

/** mulberry32: a tiny, fast, seedable PRNG; Math.random would make runs incomparable. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Template {
  title: string;
  paragraphs: string[];
}

function listFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) listFiles(p, out);
    else if (name.endsWith('.txt')) out.push(p);
  }
  return out;
}

/** Body-like lines of the samples: long enough and ending like a sentence. */
export function loadTemplates(samplesDir: string): Template[] {
  const templates: Template[] = [];
  for (const file of listFiles(samplesDir)) {
    let text: string;
    try {
      text = decodeBytes(readFileSync(file), file).text;
    } catch {
      continue;
    }
    const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    const paragraphs = lines.filter((l) => l.split(/\s+/).length >= 10 && /[.!؟?»”"]$/.test(l));
    const title = lines.find((l) => l.split(/\s+/).length >= 5 && !/[.:]$/.test(l)) ?? lines[0] ?? '';
    if (paragraphs.length >= 2) templates.push({ title, paragraphs });
  }
  if (templates.length === 0) throw new Error(`bench: no usable sample reports under ${samplesDir}`);
  return templates;
}

const OUTLET_CHROME: Array<{ head: string[]; foot: string[] }> = [
  { head: ['آخر الأخبار', 'سياسة'], foot: ['اقرأ أيضاً: تقرير عن أسعار الوقود في الأسواق المحلية', 'التعليقات', 'أضف تعليقك'] },
  { head: ['رئيس التحرير', 'سامر الخطيب', 'عربي ودولي'], foot: ['مقالات ذات صلة', 'العودة إلى أعلى الصفحة'] },
  { head: ['عاجل'], foot: ['تابعونا على فيسبوك وتويتر', 'جميع الحقوق محفوظة لموقع المرصد الإخباري'] },
  { head: ['اقتصاد'], foot: ['شارك هذا الخبر', 'إذا وجدت خطأ في هذا الخبر فأرسل/أرسلي تصحيحاً إلى المحرر'] },
];

export interface BenchArticle {
  outlet: string;
  name: string;
  text: string;
}

/** The i-th article of the corpus for `seed`: a pure function of (templates, seed, i). */
export function makeArticle(templates: readonly Template[], seed: number, i: number): BenchArticle {
  const rnd = prng(seed * 1_000_003 + i);
  const t = templates[Math.floor(rnd() * templates.length)]!;
  const outletNo = Math.floor(rnd() * 12);
  const chrome = OUTLET_CHROME[outletNo % OUTLET_CHROME.length]!;
  const paras = [...t.paragraphs];
  for (let k = paras.length - 1; k > 0; k--) {
    const j = Math.floor(rnd() * (k + 1));
    [paras[k], paras[j]] = [paras[j]!, paras[k]!];
  }
  const count = Math.min(paras.length, 4 + Math.floor(rnd() * 8));
  const body = paras.slice(0, count).map((p) => p.replace(/\d+/g, (d) => String((Number(d) + i) % 100000)));
  body.splice(1, 0, `وأفاد مراسلنا في التقرير رقم ${i} أن ${1 + Math.floor(rnd() * 900)} شخصا شاركوا في الفعالية.`);
  const text = [...chrome.head, t.title, '', ...body.flatMap((p) => [p, '']), ...chrome.foot].join('\n');
  return { outlet: `outlet-${outletNo}`, name: `a${String(i).padStart(6, '0')}.txt`, text };
}
