// One way for a view to ask the server again: a request at a time, and a change that comes during one asks once more
// after it, so the view ends up showing the latest answer without piling up requests. Used by the Story Bank and the
// Practice view.

export class Refresher {
  private running?: Promise<void>;
  private again = false;

  constructor(private readonly update: () => Promise<void>, private readonly failed: (error: Error) => void) {}

  run(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.update();
      } while (this.again);
    })().catch(this.failed).finally(() => (this.running = undefined));
  }
}
