// A progress bar on stderr, drawn only on a terminal and only for batches long enough
// to wait for; redrawn at most ten times a second so it never slows the ingest.

export const PROGRESS_MIN_FILES = 50;
const WIDTH = 28;

export class ProgressBar {
  private lastDraw = 0;
  private readonly started = Date.now();
  private drawn = false;

  constructor(
    private readonly write: (s: string) => void,
    private readonly enabled: boolean,
  ) {}

  update(done: number, total: number, bytes: number): void {
    if (!this.enabled || total < PROGRESS_MIN_FILES) return;
    const now = Date.now();
    if (done < total && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const filled = Math.round((done / total) * WIDTH);
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const rate = Math.round(done / seconds);
    const mb = (bytes / 1048576).toFixed(1);
    this.write(`\r[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total} files  ${mb} MB  ${rate} files/s`);
    this.drawn = true;
  }

  finish(): void {
    if (this.drawn) this.write('\n');
  }
}
