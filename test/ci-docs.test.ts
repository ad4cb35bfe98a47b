// docs/ci.md's CI recipes, run as written (all but the install line) with the CLI built from this working tree as
// `star-coach` on the PATH, in a repository of stories: what they promise about exit codes and SARIF holds.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { CLI, ROOT } from './support/run-cli';

const DOCS = readFileSync(join(ROOT, 'docs', 'ci.md'), 'utf8');
const temp = mkdtempSync(join(tmpdir(), 'star-coach-ci-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const bin = join(temp, 'bin');
mkdirSync(bin);
writeFileSync(join(bin, 'star-coach'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`, { mode: 0o755 });

/** A repository of stories: the sample weak and strong ones under stories/. */
function repository(name: string) {
  const dir = join(temp, name);
  mkdirSync(join(dir, 'stories'), { recursive: true });
  copyFileSync(join(ROOT, 'samples', 'webhook-weak.star.md'), join(dir, 'stories', 'webhook.star.md'));
  copyFileSync(join(ROOT, 'samples', 'webhook-strong.star.md'), join(dir, 'stories', 'outage.star.md'));
  return dir;
}
const sh = (cwd: string, script: string) => spawnSync('sh', ['-c', script], { cwd, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, NO_COLOR: '1' } });

interface Step { uses?: string; run?: string; if?: string; with?: Record<string, string> }

describe('the GitHub Actions workflow', () => {
  const workflow = parse(/```yaml\n(# \.github\/workflows\/[\s\S]*?)```/.exec(DOCS)![1]);
  const steps: Step[] = Object.values(workflow.jobs as Record<string, { steps: Step[] }>)[0].steps;
  const check = steps.find((s) => s.run?.includes('--format sarif'))!;
  const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;

  test('uploads the SARIF file its check writes, when the check failed too, with the permission it needs', () => {
    expect(workflow.permissions).toMatchObject({ 'security-events': 'write' });
    expect(steps.indexOf(upload)).toBeGreaterThan(steps.indexOf(check));
    expect(upload.if).toBe('always()');
    expect(check.run).toMatch(new RegExp(`> ${upload.with!.sarif_file.replace('.', '\\.')}$`));
  });

  test('its check fails the job on a finding of error severity and writes SARIF with paths from the root', () => {
    const repo = repository('actions');
    const r = sh(repo, check.run!);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const sarif = JSON.parse(readFileSync(join(repo, upload.with!.sarif_file), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    const assigned = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'assigned-work');
    expect(assigned).toMatchObject({ level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: 'stories/webhook.star.md' }, region: { startLine: 13 } } }] });
  });

  test('the variant for alerts that do not fail the job passes on findings and fails on a story it cannot read', () => {
    const variant = /For alerts that do not fail the job, write\s+`([^`]+)`/.exec(DOCS)![1];
    const repo = repository('alerts');
    const passed = sh(repo, variant);
    expect(passed.status, passed.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(repo, 'star-coach.sarif'), 'utf8')).runs[0].results.length).toBeGreaterThan(0);
    writeFileSync(join(repo, 'stories', 'huge.star.md'), 'x'.repeat(3 * 1024 * 1024)); // over the 2 MiB a story may be
    const failed = sh(repo, variant);
    expect(failed.stderr).toMatch(/huge\.star\.md/);
    expect(failed.status).not.toBe(0);
  });
});

describe('the recipe for any other CI', () => {
  test('its check exits 1 on a finding of error severity, and its JSON report lists every story', () => {
    const lines = /## In any other CI\n\n```sh\n([\s\S]*?)```/.exec(DOCS)![1].split('\n').filter((l) => l.trim() && !l.startsWith('npm install'));
    expect(lines).toHaveLength(2);
    const repo = repository('other');
    for (const line of lines) expect(sh(repo, line).status, line).toBe(1);
    const report = JSON.parse(readFileSync(join(repo, 'star-coach.json'), 'utf8'));
    expect(report.files.map((f: { path: string }) => f.path).sort()).toEqual(['stories/outage.star.md', 'stories/webhook.star.md']);
  });
});
