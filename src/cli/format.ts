// Terminal output that people read. Arabic lines are printed whole, one per line, so a
// bidi-aware terminal lays each out right to left; digits are printed as they were written.

const ANSI = {
  bold: ['\x1b[1m', '\x1b[22m'],
  dim: ['\x1b[2m', '\x1b[22m'],
  hit: ['\x1b[1;33m', '\x1b[22;39m'],
  red: ['\x1b[31m', '\x1b[39m'],
} as const;

export type Style = keyof typeof ANSI;

export function styler(enabled: boolean): (style: Style, s: string) => string {
  return (style, s) => (enabled ? ANSI[style][0] + s + ANSI[style][1] : s);
}

/** Colour on a terminal unless NO_COLOR is set; FORCE_COLOR turns it on anywhere. */
export function colourOn(tty: boolean, env: NodeJS.ProcessEnv): boolean {
  if (env['NO_COLOR']) return false;
  if (env['FORCE_COLOR'] && env['FORCE_COLOR'] !== '0') return true;
  return tty;
}

/** Shortens text to at most `max` characters, on a word boundary when one is near. */
export function shorten(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max - 1);
  return (cut > max * 0.6 ? flat.slice(0, cut) : flat.slice(0, max - 1)) + '…';
}
