// The command-line front: dispatches a verb, turns errors into messages and exit codes.
// Exit codes: 0 done (a batch with rejected files included), 1 failed, 2 usage error.
import { createRequire } from 'node:module';
import type { Command, Io } from './command.js';
import { helpText, parseCommand } from './command.js';
import { isRasdError } from '../errors.js';
import { ingest } from './ingest.js';
import { docs } from './docs.js';
import { show } from './show.js';
import { search } from './search.js';
import { entities } from './entities.js';
import { evalCommand } from './eval.js';
import { stories } from './stories.js';
import { story } from './story.js';
import { recluster } from './recluster.js';
import { timelineCommand } from './timeline.js';

export const COMMANDS: readonly Command[] = [ingest, docs, show, search, entities, stories, story, timelineCommand, recluster, evalCommand];

const USAGE_CODES = new Set(['USAGE', 'BAD_QUERY']);

function version(): string {
  const require = createRequire(import.meta.url);
  return (require('../../../package.json') as { version: string }).version;
}

function mainHelp(): string {
  // The first clause of each summary: up to its first full stop or colon.
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary.split(/[.:] /)[0]!.replace(/[.:]$/, '')}`);
  return [
    'rasd (رصد): make sense of Arabic news reports.',
    '',
    'usage: rasd COMMAND [options]',
    '',
    'commands:',
    ...lines,
    '',
    'options for every command:',
    '  --db FILE   the store (default: $RASD_DB, else rasd.db in the current directory)',
    '  --help      help for the command',
    '',
    "Run 'rasd COMMAND --help' for a command's options.",
    '',
  ].join('\n');
}

export async function runCli(argv: string[], io: Io): Promise<number> {
  const [verb, ...rest] = argv;
  if (verb === undefined || verb === '--help' || verb === '-h' || verb === 'help') {
    const target = verb === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    io.out(target ? helpText(target) : mainHelp());
    return verb === undefined ? 2 : 0;
  }
  if (verb === '--version' || verb === '-V') {
    io.out(version() + '\n');
    return 0;
  }
  const cmd = COMMANDS.find((c) => c.name === verb);
  if (!cmd) {
    io.err(`rasd: unknown command '${verb}'\n\n${mainHelp()}`);
    return 2;
  }
  try {
    const { values, positionals } = parseCommand(cmd, rest);
    if (values['help']) {
      io.out(helpText(cmd));
      return 0;
    }
    return await cmd.run(values, positionals, io);
  } catch (e) {
    if (isRasdError(e)) {
      io.err(`rasd ${cmd.name}: ${e.message} [${e.code}]\n`);
      return USAGE_CODES.has(e.code) ? 2 : 1;
    }
    io.err(`rasd ${cmd.name}: internal error: ${(e as Error).stack ?? String(e)}\n`);
    return 1;
  }
}

export function processIo(): Io {
  return {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    outTty: process.stdout.isTTY === true,
    errTty: process.stderr.isTTY === true,
    env: process.env,
  };
}
