// The configuration a command runs with: the nearest `.starcoach.json` (or `--config`), then `--level` and `--wpm`.
import { resolve } from 'node:path';
import { LEVELS, WPM_RANGE, type StarCoachConfig } from '../core';
import { loadConfig, nearestConfig } from '../fsio';
import type { Ignored } from './files';
import type { Io } from './main';
import { oneOf, UsageError } from './options';

export function configFor(values: { config?: string; level?: string; wpm?: string }, io: Io): { config: StarCoachConfig; failed: boolean; ignored: Ignored } {
  let config: StarCoachConfig = {};
  let failed = false;
  let ignored: Ignored = () => false;
  const path = values.config ?? nearestConfig(io.cwd);
  if (path) {
    const loaded = loadConfig(resolve(io.cwd, path));
    if (values.config !== undefined && loaded.missing) throw new UsageError(`the configuration file ${path} was not found`);
    config = loaded.config;
    ignored = loaded.ignored;
    if (loaded.unusable) io.err(`${path} ${loaded.unusable}, so none of it applies\n`);
    for (const p of loaded.problems) io.err(`${path}: ${p}\n`);
    if (values.config && loaded.unusable) failed = true;
  }
  if (values.level !== undefined) {
    const level = values.level.toLowerCase();
    if (!(LEVELS as readonly string[]).includes(level)) throw new UsageError(oneOf('level', values.level, LEVELS));
    config.level = level as StarCoachConfig['level'];
  }
  if (values.wpm !== undefined) {
    const wpm = Number(values.wpm);
    if (!Number.isFinite(wpm) || wpm < WPM_RANGE.min || wpm > WPM_RANGE.max) throw new UsageError(`--wpm must be a number from ${WPM_RANGE.min} to ${WPM_RANGE.max}`);
    config.wpm = wpm;
  }
  return { config, failed, ignored };
}
