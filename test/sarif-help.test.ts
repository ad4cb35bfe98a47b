// SARIF from the built CLI: every rule names its page as helpUri, an absolute URI that leads back to docs/rules/<id>.md,
// and a bundle run without the pages beside it leaves helpUri out rather than pointing nowhere.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { RULE_IDS } from '../server/src/core';
import { CLI, ROOT, runCli } from './support/run-cli';

const WEAK = 'test-fixtures/stories/webhook-senior-weak.star.md';
type SarifRule = { id: string; helpUri?: string; shortDescription: { text: string } };
const driverRules = (stdout: string): SarifRule[] => JSON.parse(stdout).runs[0].tool.driver.rules;

describe('SARIF rules carry their documentation', () => {
  test('every rule id has a helpUri: an absolute file URL to its page, docs/rules/<id>.md, which exists', () => {
    const { code, stdout } = runCli(['check', '--format', 'sarif', WEAK]);
    expect(code).toBe(1);
    const rules = driverRules(stdout);
    expect(rules.map((r) => r.id)).toEqual([...RULE_IDS]);
    for (const rule of rules) {
      expect(rule.helpUri, rule.id).toBeDefined();
      const url = new URL(rule.helpUri!); // SARIF's helpUri is an absolute URI: it parses with no base
      expect(url.protocol).toBe('file:');
      const page = fileURLToPath(url);
      expect(page).toBe(join(ROOT, 'docs', 'rules', `${rule.id}.md`));
      expect(existsSync(page), page).toBe(true);
      expect(readFileSync(page, 'utf8').split('\n')[0]).toMatch(new RegExp(`^# \`${rule.id}\`: `));
    }
  });

  test('a result still finds its rule, with the rule\'s page, through ruleIndex', () => {
    const sarif = JSON.parse(runCli(['check', '--format', 'sarif', WEAK]).stdout);
    const run = sarif.runs[0];
    expect(run.results.length).toBeGreaterThan(0);
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].helpUri).toMatch(new RegExp(`/docs/rules/${result.ruleId}\\.md$`));
  });

  test('a CLI bundle copied without the pages leaves helpUri out, and the log is still whole', () => {
    const alone = join(mkdtempSync(join(tmpdir(), 'star-sarif-')), 'dist');
    mkdirSync(alone);
    copyFileSync(CLI, join(alone, 'cli.js'));
    const r = spawnSync(process.execPath, [join(alone, 'cli.js'), 'check', '--format', 'sarif', join(ROOT, WEAK)], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status).toBe(1);
    const rules = driverRules(r.stdout);
    expect(rules.map((x) => x.id)).toEqual([...RULE_IDS]);
    expect(rules.filter((x) => 'helpUri' in x)).toEqual([]);
  });
});
