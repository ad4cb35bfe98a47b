// Finds `.starcoach.json` for the CLI: the nearest one from the current folder up to the repository root (`loadConfig` in ../fsio reads it).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONFIG_FILE } from '../core';

export function findConfig(cwd: string): string | undefined {
  let dir = cwd;
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (existsSync(join(dir, '.git'))) return undefined;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}
