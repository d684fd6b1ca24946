// Finds the files to ingest under the paths a user gives, and reads one file safely.
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, resolve, sep } from 'node:path';
import { RasdError, type ErrorCode } from '../errors.js';
import type { Rejection } from '../types.js';
import { MAX_FILE_BYTES } from './decode.js';

export interface WalkedFile {
  /** The path as given, joined with the part found below it (not made absolute). */
  path: string;
  /** The name of the file's parent directory. */
  outlet: string;
}

export interface WalkResult {
  files: WalkedFile[];
  rejections: Rejection[];
  /** Files found below a directory that are not text reports by their name (README.md, data.json). */
  skipped: string[];
}

/**
 * Below a directory, only files with these endings (or none) are read as reports, so a
 * README or a JSON index beside a scrape is not ingested. A file named on the command
 * line is always read, whatever its name.
 */
export const REPORT_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.text', '']);

function isReportName(name: string): boolean {
  return REPORT_EXTENSIONS.has(extname(name).toLowerCase());
}

/** The outlet of a file whose parent has no name (a file in the filesystem root). */
export const ROOT_OUTLET = 'unknown';

function fsErrorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A filesystem error as a RasdError naming the path: NOT_FOUND or UNREADABLE. */
function fsError(path: string, e: unknown): RasdError {
  const code = fsErrorCode(e);
  const kind: ErrorCode = code === 'ENOENT' || code === 'ENOTDIR' ? 'NOT_FOUND' : 'UNREADABLE';
  let why = code ?? (e instanceof Error ? e.message : String(e));
  if (code === 'ELOOP') why = 'symbolic link loop';
  else if (code === 'EACCES' || code === 'EPERM') why = 'permission denied';
  else if (code === 'ENOENT' && kind === 'NOT_FOUND') why = 'does not exist';
  return new RasdError(kind, `${path}: ${why}`);
}

function rejection(e: RasdError, source: string): Rejection {
  return { source, code: e.code, reason: e.message };
}

function outletOf(path: string): string {
  return basename(dirname(resolve(path))) || ROOT_OUTLET;
}

function joinAsGiven(dir: string, name: string): string {
  return dir.endsWith(sep) ? dir + name : dir + sep + name;
}

function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Lists the files under `paths`: files given directly, and every regular file below given
 * directories, recursively. Names starting with '.' are skipped below a given directory
 * (a hidden file given directly is read). Symbolic links are followed, but no directory
 * is walked twice, so link loops end. A file reached twice (by a link, or given twice)
 * is listed once, under the first of its paths in sorted order. Files are sorted by path.
 * Paths that cannot be walked become rejections: NOT_FOUND or UNREADABLE.
 */
export function walkPaths(paths: readonly string[]): WalkResult {
  const found: Array<WalkedFile & { real: string }> = [];
  const rejections: Rejection[] = [];
  const skipped: string[] = [];
  const walkedDirs = new Set<string>();
  const reject = (path: string, e: unknown) => rejections.push(rejection(fsError(path, e), path));

  const addFile = (path: string) => {
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      real = resolve(path);
    }
    found.push({ path, outlet: outletOf(path), real });
  };

  const walkDir = (start: string) => {
    const stack = [start];
    while (stack.length > 0) {
      const dir = stack.pop()!;
      let real: string;
      let entries;
      try {
        real = realpathSync(dir);
        if (walkedDirs.has(real)) continue;
        walkedDirs.add(real);
        entries = readdirSync(dir, { withFileTypes: true });
      } catch (e) {
        reject(dir, e);
        continue;
      }
      // Depth first in name order, so that a directory reached twice is walked (and its
      // files named) under the path that comes first.
      entries.sort((a, b) => byPath(a.name, b.name));
      const subdirs: string[] = [];
      for (const entry of entries) {
        if (entry.name.startsWith('.')) continue;
        const path = joinAsGiven(dir, entry.name);
        if (entry.isDirectory()) {
          subdirs.push(path);
        } else if (entry.isFile()) {
          if (isReportName(entry.name)) addFile(path);
          else skipped.push(path);
        } else if (entry.isSymbolicLink()) {
          let st;
          try {
            st = statSync(path);
          } catch (e) {
            reject(path, e); // a dangling link or a link loop
            continue;
          }
          if (st.isDirectory()) subdirs.push(path);
          else if (st.isFile()) {
            if (isReportName(entry.name)) addFile(path);
            else skipped.push(path);
          }
        }
        // Sockets, FIFOs and devices under a directory are not documents: skipped.
      }
      for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]!);
    }
  };

  for (const given of paths) {
    let st;
    try {
      st = statSync(given);
    } catch (e) {
      reject(given, e);
      continue;
    }
    if (st.isDirectory()) walkDir(given);
    else if (st.isFile()) addFile(given);
    else rejections.push(rejection(new RasdError('UNREADABLE', `${given}: not a regular file`), given));
  }

  found.sort((a, b) => byPath(a.path, b.path));
  const seen = new Set<string>();
  const files: WalkedFile[] = [];
  for (const f of found) {
    if (seen.has(f.real)) continue;
    seen.add(f.real);
    files.push({ path: f.path, outlet: f.outlet });
  }
  rejections.sort((a, b) => byPath(a.source, b.source));
  skipped.sort(byPath);
  return { files, rejections, skipped };
}

/**
 * Reads one file whole, checking its size on the open descriptor first so that a huge
 * file is refused without being read. Throws RasdError: NOT_FOUND, UNREADABLE (also for
 * anything that is not a regular file) or TOO_LARGE.
 */
export function readDocFile(path: string): { bytes: Buffer; size: number } {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO must not hang; regular files ignore it.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw fsError(path, e);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new RasdError('UNREADABLE', `${path}: is a directory`);
    if (!st.isFile()) throw new RasdError('UNREADABLE', `${path}: not a regular file`);
    if (st.size > MAX_FILE_BYTES) {
      throw new RasdError('TOO_LARGE', `${path}: ${st.size} bytes, over the limit of ${MAX_FILE_BYTES} bytes`);
    }
    const bytes = Buffer.alloc(st.size);
    let off = 0;
    while (off < bytes.length) {
      const n = readSync(fd, bytes, off, bytes.length - off, off);
      if (n === 0) break; // the file shrank while being read
      off += n;
    }
    return { bytes: off === bytes.length ? bytes : bytes.subarray(0, off), size: off };
  } catch (e) {
    if (e instanceof RasdError) throw e;
    throw fsError(path, e);
  } finally {
    closeSync(fd);
  }
}
