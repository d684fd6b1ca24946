// `rasd eval`: measures rasd against annotated data. Each kind of measurement is a sub-verb
// (`rasd eval ner FILE`); add one by adding an entry to EVAL_SUBVERBS.
import type { Command, Io } from './command.js';
import { printJson } from './command.js';
import { RasdError } from '../errors.js';
import { NER_TYPES, readConll } from '../extract/ner/conll.js';
import { score, type Prf } from '../extract/ner/conlleval.js';
import { recognizeSentences } from '../extract/ner/recognizer.js';
import { loadTagger } from '../extract/ner/tagger.js';
import { storiesEval } from './eval-stories.js';

export interface EvalSubverb {
  name: string;
  summary: string;
  usage: string;
  /** Runs with the positionals after the sub-verb; returns the exit code. */
  run(values: Record<string, unknown>, args: string[], io: Io): Promise<number>;
}

const round = (x: number): number => Math.round(x * 10000) / 10000;

function prfJson(p: Prf): { precision: number; recall: number; f1: number; gold: number; guessed: number; correct: number } {
  return { precision: round(p.precision), recall: round(p.recall), f1: round(p.f1), gold: p.gold, guessed: p.guessed, correct: p.correct };
}

/** What `rasd eval ner` can score: the tagger alone, or rasd's whole recognizer. */
export const RECOGNIZERS = {
  model: 'model only',
  full: 'model + lexicons + rules',
} as const;
export type RecognizerName = keyof typeof RECOGNIZERS;

/**
 * The tagger alone by default: on ANERcorp's dev split it scores higher (micro F1 0.737)
 * than the whole recognizer of src/extract/entities.ts (0.665), whose lexicons and rules
 * put places above the model's organizations (ريال مدريد → مدريد), drop currencies, and keep
 * trigger words in names (حركة حماس), where ANERcorp does otherwise.
 */
export const DEFAULT_RECOGNIZER: RecognizerName = 'model';

function recognizerOf(values: Record<string, unknown>, usage: string): RecognizerName {
  const full = values['full'] === true;
  const modelOnly = values['model-only'] === true;
  if (full && modelOnly) throw new RasdError('USAGE', `--full and --model-only contradict each other\nusage: ${usage}`);
  return full ? 'full' : modelOnly ? 'model' : DEFAULT_RECOGNIZER;
}

const ner: EvalSubverb = {
  name: 'ner',
  summary:
    'Tag a CoNLL file (token TAG per line, blank line between sentences, ANERcorp tags) and score the tags against ' +
    'the file\'s: entity-level precision, recall and F1 as conlleval computes them, micro and per type. ' +
    'By default it scores the NER model alone (--model-only); --full scores rasd\'s whole recognizer ' +
    '(model + lexicons + rules, every 10 sentences read as one document).',
  usage: 'rasd eval ner FILE [--json] [--model FILE] [--full | --model-only]',
  async run(values, args, io) {
    if (args.length !== 1) throw new RasdError('USAGE', `name exactly one CoNLL file\nusage: ${this.usage}`);
    const file = args[0]!;
    const modelFile = typeof values['model'] === 'string' && values['model'] !== '' ? values['model'] : undefined;
    const recognizer = recognizerOf(values, this.usage);
    const sentences = readConll(file);
    if (sentences.length === 0) throw new RasdError('EMPTY_FILE', `${file} has no sentences`);
    const tagger = loadTagger(modelFile);
    const words = sentences.map((s) => s.words);
    const tag = (ws: readonly (readonly string[])[]) =>
      recognizer === 'full' ? recognizeSentences(ws, tagger) : tagger.tagSentences(ws);
    // Warm up (the lexicon's tables are built on first use) so the speed is the tagging's.
    tag(words.slice(0, 1));
    const t0 = process.hrtime.bigint();
    const guess = tag(words);
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    const s = score(
      sentences.map((x) => x.tags),
      guess,
      NER_TYPES,
    );
    const tokensPerSecond = secs > 0 ? Math.round(s.tokens / secs) : 0;
    if (values['json']) {
      const types: Record<string, ReturnType<typeof prfJson>> = {};
      for (const [t, p] of Object.entries(s.types)) types[t] = prfJson(p);
      printJson(io, {
        recognizer,
        micro: prfJson(s.micro),
        types,
        tokens: s.tokens,
        sentences: s.sentences,
        tokensPerSecond,
        model: tagger.file,
      });
      return 0;
    }
    const pct = (x: number) => (100 * x).toFixed(2).padStart(9);
    const num = (x: number) => String(x).padStart(8);
    const row = (name: string, p: Prf) =>
      `${name.padEnd(6)}${pct(p.precision)}${pct(p.recall)}${pct(p.f1)}${num(p.gold)}${num(p.guessed)}${num(p.correct)}\n`;
    io.out(`${file}: ${s.sentences} sentences, ${s.tokens} tokens; model ${tagger.file}\n`);
    io.out(`recognizer: ${RECOGNIZERS[recognizer]}\n\n`);
    io.out(`${''.padEnd(6)}${'precision'.padStart(9)}${'recall'.padStart(9)}${'F1'.padStart(9)}${'gold'.padStart(8)}${'guessed'.padStart(8)}${'correct'.padStart(8)}\n`);
    io.out(row('micro', s.micro));
    for (const [t, p] of Object.entries(s.types)) io.out(row(t, p));
    io.out(`\ntoken accuracy ${(100 * s.accuracy).toFixed(2)}%; tagged ${tokensPerSecond} tokens/s\n`);
    return 0;
  },
};

/** The sub-verbs of `rasd eval`, by name. */
export const EVAL_SUBVERBS: readonly EvalSubverb[] = [ner, storiesEval];

function usageLines(): string {
  return EVAL_SUBVERBS.map((v) => v.usage).join('\n       ');
}

export const evalCommand: Command = {
  name: 'eval',
  summary:
    'Measure rasd against annotated data. ' +
    EVAL_SUBVERBS.map((v) => `${v.name}: ${v.summary}`).join(' '),
  usage: usageLines(),
  options: {
    json: { type: 'boolean' },
    model: { type: 'string' },
    full: { type: 'boolean' },
    'model-only': { type: 'boolean' },
  },
  async run(values, positionals, io) {
    const [sub, ...rest] = positionals;
    if (sub === undefined) throw new RasdError('USAGE', `say what to evaluate: ${EVAL_SUBVERBS.map((v) => v.name).join(', ')}\nusage: ${usageLines()}`);
    const verb = EVAL_SUBVERBS.find((v) => v.name === sub);
    if (!verb) {
      throw new RasdError(
        'USAGE',
        `'${sub}' is not something rasd can evaluate (known: ${EVAL_SUBVERBS.map((v) => v.name).join(', ')})\nusage: ${usageLines()}`,
      );
    }
    return verb.run(values, rest, io);
  },
};
