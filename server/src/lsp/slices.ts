// Long jobs in short slices: the server reads a whole workspace of stories without keeping the author waiting.
import { setImmediate } from 'node:timers';

/** How long one slice may run before the event loop gets its turn (edits, requests, cancellations). */
export const SLICE_MS = 8;

/**
 * Runs `step` over `items`, handing the event loop back every few milliseconds so that the author's edits and
 * requests are answered in between. Stops early, between two items, once `stop()` is true.
 */
export async function inSlices<T>(items: Iterable<T>, step: (item: T) => void, stop: () => boolean = () => false): Promise<void> {
  let sliceStart = performance.now();
  for (const item of items) {
    if (stop()) return;
    step(item);
    if (performance.now() - sliceStart >= SLICE_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
}
