// Reads `.starcoach.json` from disk, for both adapters (the CLI and the language server): one reader, one set of messages.
import { readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { ignoreMatcher, parseConfig, RULE_IDS, type StarCoachConfig } from '../core';

export interface LoadedConfig {
  config: StarCoachConfig;
  /** One line per bad key or value, naming it: `rules.hedgin: unknown rule (did you mean "hedging"?)`. */
  problems: string[];
  /** Why none of the file applies (it cannot be read, or is not JSON), to follow the file's name: `is not valid JSON at line 3, column 5`. */
  unusable?: string;
  /** Whether `ignores` leaves out this absolute path; the patterns are relative to the file's folder. */
  ignored: (path: string) => boolean;
}

export function loadConfig(path: string): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? 'cannot be read: permission denied' : code === 'EISDIR' ? 'is a folder, not a file' : 'cannot be read';
    return { config: {}, problems: [], unusable: why, ignored: () => false };
  }
  const { config, problems, invalid } = parseConfig(text, RULE_IDS);
  const matches = ignoreMatcher(config.ignores);
  return { config, problems, unusable: invalid, ignored: (file) => matches(relative(dirname(path), file)) };
}
