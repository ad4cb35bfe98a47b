// Reads the expectations a fixture carries: `<!-- expect: rule "text" -->` on the flagged line, `<!-- expect-file: rule -->`,
// and `<!-- expect-fix: rule "line" -->` for the text a rule's fix writes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineIndex, RULE_IDS, validateConfig, type StarCoachConfig } from '../../server/src/core';

export interface Expectation {
  rule: string;
  /** 0-based line the finding must start on; undefined for expect-file. */
  line?: number;
  quote?: string;
}

/** A line the preferred fix of one of the rule's findings writes, placeholders at their defaults (`expect-fix`). */
export interface FixExpectation {
  rule: string;
  line: string;
}

export interface Fixture {
  path: string;
  text: string;
  config: StarCoachConfig;
  expectations: Expectation[];
  fixExpectations: FixExpectation[];
}

export const FIXTURES_DIR = join(__dirname, '..', '..', 'test-fixtures');

export function listFixtures(dir = FIXTURES_DIR): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listFixtures(p));
    else if (e.name.endsWith('.star.md')) out.push(p);
  }
  return out.sort();
}

const EXPECT = /<!--\s*expect(-file)?:\s*([a-z-]+)\s*(?:"([^"]*)"|“([^”]*)”)?\s*-->/g;
const EXPECT_FIX = /<!--\s*expect-fix:\s*([a-z-]+)\s*(?:"([^"]*)"|“([^”]*)”)\s*-->/g;

export function readFixture(path: string): Fixture {
  const text = readFileSync(path, 'utf8');
  const lines = new LineIndex(text);
  const expectations: Expectation[] = [];
  for (const m of text.matchAll(EXPECT)) {
    expectations.push({ rule: m[2], line: m[1] ? undefined : lines.positionAt(m.index!).line, quote: m[3] ?? m[4] });
  }
  const fixExpectations = [...text.matchAll(EXPECT_FIX)].map((m) => ({ rule: m[1], line: m[2] ?? m[3] }));
  const configPath = path.replace(/\.star\.md$/, '.config.json');
  let config: StarCoachConfig = {};
  if (existsSync(configPath)) {
    const result = validateConfig(JSON.parse(readFileSync(configPath, 'utf8')), RULE_IDS);
    if (result.problems.length) throw new Error(`${configPath}: ${result.problems.join('; ')}`);
    config = result.config;
  }
  return { path, text, config, expectations, fixExpectations };
}
