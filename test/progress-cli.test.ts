// The printed Story Bank report (`star-coach bank --format html`) with the readings the editor kept at each save: each
// story that has some gets its step chart and its history in words; the practice file is the drill's (in the nearest
// folder with .starcoach.json or .git), read and never written; without one the report is as before.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { emptyPractice, PRACTICE_FILE, recordReading, serializePractice, storyProgress } from '../server/src/core';
import { ROOT, runCli } from './support/run-cli';

const folder = mkdtempSync(join(tmpdir(), 'star-progress-cli-'));
mkdirSync(join(folder, 'stories'));
cpSync(join(ROOT, 'test-fixtures', 'stories', 'sre-oncall-strong.star.md'), join(folder, 'stories', 'oncall.star.md'));
cpSync(join(ROOT, 'test-fixtures', 'stories', 'fintech-weak.star.md'), join(folder, 'stories', 'fintech.star.md'));
writeFileSync(join(folder, '.starcoach.json'), '{}\n');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const reading = (verdict: string, result: string) => ({ verdict, sections: [{ name: 'Action', grade: 'strong' }, { name: 'Result', grade: result }] });
let state = recordReading(emptyPractice(), 'stories/oncall.star.md', reading('lean-no-hire', 'weak'), new Date('2026-11-03T12:00:00Z'));
state = recordReading(state, 'stories/oncall.star.md', reading('hire', 'strong'), new Date('2026-11-20T12:00:00Z'));
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

describe('star-coach bank --format html', () => {
  test('without a practice file, no story has a history', () => {
    const r = runCli(['bank', '.', '--format', 'html'], folder);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('Over time:');
    expect(r.stdout).not.toContain('<svg');
  });

  test('with one, the story that has readings gets its chart and its history in words, and the file is left as it was', () => {
    const file = join(folder, PRACTICE_FILE);
    writeFileSync(file, serializePractice(state));
    const before = statSync(file).mtimeMs;
    const r = runCli(['bank', '.', '--format', 'html'], folder);
    expect(r.code).toBe(0);
    const p = storyProgress(state.history['stories/oncall.star.md'], zone)!;
    expect(p.summary).toMatch(/^Lean No Hire on \d+ Nov, Hire on \d+ Nov; 2 readings\.$/);
    expect(r.stdout).toContain(`<strong>Over time:</strong> ${p.summary} ${p.sections}`);
    expect(r.stdout.match(/<svg/g)).toHaveLength(1);
    expect(r.stdout.match(/<circle class="dot (?:lean-no-hire|hire)"/g)).toHaveLength(2);
    // the chart sits with its own story, and the story with no readings has none
    const sections = r.stdout.split('<section class="story"').slice(1);
    expect(sections).toHaveLength(2);
    const withChart = sections.filter((x) => x.includes('Over time:'));
    expect(withChart).toHaveLength(1);
    expect(withChart[0]).toContain('stories/oncall.star.md');
    expect(r.stdout).not.toMatch(/<script|<img|<link|url\(/i);
    expect(readFileSync(file, 'utf8')).toBe(serializePractice(state));
    expect(statSync(file).mtimeMs).toBe(before);
  });

  test('run from a folder below, the practice file of the folder with .starcoach.json is read, the stories keyed as the editor keys them', () => {
    const r = runCli(['bank', '.', '--format', 'html'], join(folder, 'stories'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<strong>Over time:</strong> ');
  });
});
