// Reads one story file for the CLI, or says in a few words why it can't.
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

const MAX_BYTES = 2 * 1024 * 1024;

export function readStory(path: string, cwd: string): { text?: string; error?: string } {
  const full = isAbsolute(path) ? path : join(cwd, path);
  try {
    const stat = statSync(full);
    if (stat.isDirectory()) return { error: 'is a folder, not a story' };
    if (stat.size > MAX_BYTES) return { error: `is ${Math.round(stat.size / 1024)} KiB; stories over ${MAX_BYTES / 1024 / 1024} MiB are not checked` };
    const bytes = readFileSync(full);
    if (bytes.includes(0)) return { error: 'is a binary file, not a story' };
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text };
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e instanceof TypeError) return { error: 'is not valid UTF-8 text' };
    return { error: e.code === 'EACCES' ? 'cannot be read: permission denied' : e.code === 'ENOENT' ? 'no such file' : e.code === 'ELOOP' ? 'a symbolic link loop' : `cannot be read: ${e.message}` };
  }
}
