// What every rasd command shares: its declaration, option parsing, the store it opens,
// and how errors reach the user. One file per verb lives beside this one.
import { existsSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { RasdError } from '../errors.js';
import type { Store } from '../store/store.js';
import { openSqliteStore } from '../store/sqlite.js';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Whether stdout / stderr are terminals (colour, progress bars). */
  outTty: boolean;
  errTty: boolean;
  env: NodeJS.ProcessEnv;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Returns the exit code. */
  run(values: Record<string, unknown>, positionals: string[], io: Io): Promise<number>;
}

export const COMMON_OPTIONS = {
  db: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

export const DEFAULT_DB = 'rasd.db';

export function dbPath(values: Record<string, unknown>, env: NodeJS.ProcessEnv): string {
  const given = values['db'];
  if (typeof given === 'string' && given !== '') return given;
  return env['RASD_DB'] || DEFAULT_DB;
}

/** Opens the store; a command that only reads refuses to create an empty store by mistake. */
export async function openStore(values: Record<string, unknown>, env: NodeJS.ProcessEnv, create: boolean): Promise<Store> {
  const file = dbPath(values, env);
  if (!create && !existsSync(file)) {
    throw new RasdError('STORE', `${file} does not exist: run 'rasd ingest PATH' first, or name a store with --db FILE or RASD_DB`);
  }
  return openSqliteStore(file);
}

/** Opens the store, runs `fn` with it, and always closes it. */
export async function withStore<T>(
  values: Record<string, unknown>,
  env: NodeJS.ProcessEnv,
  create: boolean,
  fn: (store: Store) => Promise<T>,
): Promise<T> {
  const store = await openStore(values, env, create);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

export function parseCommand(cmd: Command, argv: string[]): { values: Record<string, unknown>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...COMMON_OPTIONS, ...cmd.options },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Record<string, unknown>, positionals };
  } catch (e) {
    throw new RasdError('USAGE', `${(e as Error).message}\nusage: ${cmd.usage}`);
  }
}

export function helpText(cmd: Command): string {
  return `${cmd.summary}\n\nusage: ${cmd.usage}\n`;
}

/** Parses a positive integer option, naming the option when it is not one. */
export function positiveInt(values: Record<string, unknown>, name: string, fallback: number): number {
  const v = values[name];
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new RasdError('USAGE', `--${name} must be a positive whole number, not '${String(v)}'`);
  return n;
}

export function printJson(io: Io, value: unknown): void {
  io.out(JSON.stringify(value, null, 2) + '\n');
}
