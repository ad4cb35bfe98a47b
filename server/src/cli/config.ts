// Finds and reads `.starcoach.json`: the given path, else the nearest one from the current folder up to the repository root.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONFIG_FILE, RULE_IDS, validateConfig, type StarCoachConfig } from '../core';


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

export function loadConfig(path: string): { config: StarCoachConfig; problems: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { config: {}, problems: [`cannot be read: ${(error as Error).message}`] };
  }
  return validateConfig(raw, RULE_IDS);
}
