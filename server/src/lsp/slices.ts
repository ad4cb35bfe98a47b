// Long jobs in short slices: the server reads a whole workspace of stories without keeping the author waiting.
import { setImmediate } from 'node:timers';

/** How long one slice may run before the event loop gets its turn (edits, requests, cancellations). */
export const SLICE_MS = 8;

/**
 * Runs `step` over `items`, handing the event loop back every few milliseconds so that the author's edits and
 * requests are answered in between. Stops early, between two items, once `stop()` is true. A step that throws costs
 * its own item only: the pass goes on with the next.
 */
export async function inSlices<T>(items: Iterable<T>, step: (item: T) => void, stop: () => boolean = () => false): Promise<void> {
  let sliceStart = performance.now();
  for (const item of items) {
    if (stop()) return;
    try {
      step(item);
    } catch {
      // The analysis never throws (a failed one carries its own diagnostic); anything else skips this one story.
    }
    if (performance.now() - sliceStart >= SLICE_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
}
