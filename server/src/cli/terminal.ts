// The keyboard of an interactive command (`quiz`, `drill`): keys one at a time in raw mode, so a number answers without
// Enter, and lines still work where raw mode is not to be had. Ctrl+C in raw mode comes here as a key, not a signal, so
// the command can put the terminal back before it exits.
import type { ReadStream } from 'node:tty';

/** A key as the commands read it: one character, or one of these names. */
export type Key = string | 'enter' | 'interrupt' | 'end';

export interface Terminal {
  /** The next key pressed; `end` once the input has closed (Ctrl+D in raw mode counts as that too). */
  key(): Promise<Key>;
  /** Puts the terminal back as it was (cooked mode, input paused). Safe to call twice. */
  close(): void;
}

/** Splits what arrived into keys: an escape sequence (an arrow, a function key) is one key, `\x1b…`. */
export function keysOf(chunk: string): Key[] {
  const keys: Key[] = [];
  for (let i = 0; i < chunk.length; i++) {
    const c = chunk[i];
    if (c === '\x1b') {
      const m = /^\x1b(?:\[[0-9;?]*[ -/]*[@-~]|O.|.)?/.exec(chunk.slice(i))!;
      keys.push(m[0]);
      i += m[0].length - 1;
    } else if (c === '\r' || c === '\n') {
      // "\r\n" from a terminal that sends both is one Enter
      if (c === '\r' && chunk[i + 1] === '\n') i++;
      keys.push('enter');
    } else if (c === '\x03') keys.push('interrupt');
    else if (c === '\x04') keys.push('end');
    else keys.push(c);
  }
  return keys;
}

/** Reads keys from a terminal; the caller must `close()` it, on every way out. */
export function openTerminal(input: ReadStream): Terminal {
  const queue: Key[] = [];
  let waiting: ((key: Key) => void) | undefined;
  let ended = false;
  const raw = typeof input.setRawMode === 'function';
  const give = (key: Key) => {
    if (waiting) {
      const w = waiting;
      waiting = undefined;
      w(key);
    } else queue.push(key);
  };
  const onData = (chunk: string) => keysOf(chunk).forEach(give);
  const onEnd = () => {
    ended = true;
    give('end');
  };
  if (raw) input.setRawMode(true);
  input.setEncoding('utf8');
  input.on('data', onData);
  input.on('end', onEnd);
  input.resume();
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    input.off('data', onData);
    input.off('end', onEnd);
    if (raw) input.setRawMode(false);
    input.pause();
    process.off('exit', close);
  };
  // However the process ends, the terminal is not left in raw mode.
  process.on('exit', close);
  return {
    key: () => (queue.length ? Promise.resolve(queue.shift()!) : ended ? Promise.resolve('end') : new Promise((resolve) => (waiting = resolve))),
    close,
  };
}
