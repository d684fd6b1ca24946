// Every error rasd reports has a code from this table, so scripts can branch on the
// code and people can read the message. Add a code here before throwing it anywhere.

export const ERROR_CODES = {
  USAGE: 'the command line is not valid',
  NOT_FOUND: 'no such file or directory',
  UNREADABLE: 'the file cannot be read',
  EMPTY_FILE: 'the file is empty',
  TOO_LARGE: 'the file is larger than a news report can be',
  BINARY_FILE: 'the file is binary, not text',
  BAD_ENCODING: 'the file is not valid UTF-8, UTF-16 or windows-1256 text',
  NOT_ARABIC: 'the file has too little Arabic text',
  NO_BODY: 'no report body was found once the page chrome was removed',
  DOC_NOT_FOUND: 'no document has that id',
  STORY_NOT_FOUND: 'no story has that id',
  AMBIGUOUS_ID: 'more than one document or story starts with that id',
  STORE: 'the store cannot be opened or written',
  BAD_QUERY: 'the search query has no searchable words',
  BAD_GOLD: 'the gold file cannot be used',
  GOLD_UNMATCHED: 'gold documents are not in the store',
  INTERNAL: 'rasd failed on this input (a bug: please report it with the file)',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class RasdError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, detail?: string) {
    super(detail ? `${ERROR_CODES[code]}: ${detail}` : ERROR_CODES[code]);
    this.code = code;
    this.name = 'RasdError';
  }
}

export function isRasdError(e: unknown): e is RasdError {
  return e instanceof RasdError;
}
