// `rasd eval`: measures rasd against annotated data. Each kind of measurement is a sub-verb
// (`rasd eval ner FILE`); add one by adding an entry to EVAL_SUBVERBS.
import type { Command, Io } from './command.js';
import { printJson } from './command.js';
import { RasdError } from '../errors.js';
import { NER_TYPES, readConll } from '../extract/ner/conll.js';
import { score, type Prf } from '../extract/ner/conlleval.js';
import { loadTagger } from '../extract/ner/tagger.js';

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

const ner: EvalSubverb = {
  name: 'ner',
  summary:
    'Tag a CoNLL file (token TAG per line, blank line between sentences, ANERcorp tags) with the NER model and ' +
    'score the tags against the file\'s: entity-level precision, recall and F1 as conlleval computes them, micro and per type.',
  usage: 'rasd eval ner FILE [--json] [--model FILE]',
  async run(values, args, io) {
    if (args.length !== 1) throw new RasdError('USAGE', `name exactly one CoNLL file\nusage: ${this.usage}`);
    const file = args[0]!;
    const modelFile = typeof values['model'] === 'string' && values['model'] !== '' ? values['model'] : undefined;
    const sentences = readConll(file);
    if (sentences.length === 0) throw new RasdError('EMPTY_FILE', `${file} has no sentences`);
    const tagger = loadTagger(modelFile);
    // Warm up (the lexicon's tables are built on first use) so the speed is the tagging's.
    tagger.tagWords(sentences[0]!.words);
    const t0 = process.hrtime.bigint();
    const guess = tagger.tagSentences(sentences.map((s) => s.words));
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
    io.out(`${file}: ${s.sentences} sentences, ${s.tokens} tokens; model ${tagger.file}\n\n`);
    io.out(`${''.padEnd(6)}${'precision'.padStart(9)}${'recall'.padStart(9)}${'F1'.padStart(9)}${'gold'.padStart(8)}${'guessed'.padStart(8)}${'correct'.padStart(8)}\n`);
    io.out(row('micro', s.micro));
    for (const [t, p] of Object.entries(s.types)) io.out(row(t, p));
    io.out(`\ntoken accuracy ${(100 * s.accuracy).toFixed(2)}%; tagged ${tokensPerSecond} tokens/s\n`);
    return 0;
  },
};

/** The sub-verbs of `rasd eval`, by name. */
export const EVAL_SUBVERBS: readonly EvalSubverb[] = [ner];

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
