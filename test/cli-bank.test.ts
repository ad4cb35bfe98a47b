// `star-coach bank` as a process: the text, JSON and HTML a user gets for a folder of stories, the options, the errors.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT, runCli } from './support/run-cli';

const dir = mkdtempSync(join(tmpdir(), 'star-coach-bank-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync(join(ROOT, 'test-fixtures', 'bank', 'voltline'), dir, { recursive: true });
// A story whose title and Result carry markup: the page must show it as text.
const hostile = readFileSync(join(dir, 'kafka.star.md'), 'utf8')
  .replace('# Duplicate orders from a retry storm', '# Duplicate <script>alert(1)</script> orders & "retries"')
  .replace('Duplicate orders dropped', 'Duplicate <img src=x onerror=alert(2)> orders dropped');
writeFileSync(join(dir, 'kafka.star.md'), hostile);

describe('star-coach bank', () => {
  test('text: the matrix, the competencies, the conflict between the two Voltline stories, the plan and the questions', () => {
    const r = runCli(['bank', '.', '--loop', 'generic'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Story bank: 3 stories, \d+:\d\d to tell them all once\nLoop: generic, 4 interviews\n/);
    for (const f of ['tester.star.md', 'rollout.star.md', 'kafka.star.md']) expect(r.stdout).toMatch(new RegExp(`^${f.replace('.', '\\.')} `, 'm'));
    expect(r.stdout).toContain('Stories that disagree');
    expect(r.stdout).toMatch(/rollout\.star\.md:\d+ and tester\.star\.md:\d+/);
    expect(r.stdout).toContain('Loop plan (4 interviews, each story told once)');
    expect(r.stdout).toMatch(/Questions: \d+ of 52 have a story/);
  });

  test('json: the fields the issue names, a story per slot at most once, and null where none fits', () => {
    const r = runCli(['bank', '.', '--format', 'json', '--interviews', '3'], dir);
    expect(r.code).toBe(0);
    const b = JSON.parse(r.stdout);
    expect(b.version).toBe(1);
    expect(Object.keys(b)).toEqual(expect.arrayContaining(['stories', 'competencies', 'questions', 'overused', 'conflicts', 'plan', 'totalSeconds']));
    expect(b.stories[0]).toEqual(expect.objectContaining({ path: expect.any(String), title: expect.any(String), verdict: expect.any(String), seconds: expect.any(Number), competencies: expect.any(Object) }));
    expect(b.competencies[0]).toEqual(expect.objectContaining({ name: expect.any(String), stories: expect.any(Array), gap: expect.any(Boolean) }));
    expect(b.plan).toEqual(expect.objectContaining({ preset: 'amazon', interviews: 3 }));
    const told = b.plan.slots.map((s: { story: string | null }) => s.story).filter(Boolean);
    expect(new Set(told).size).toBe(told.length);
    expect(b.plan.slots.some((s: { story: string | null }) => s.story === null)).toBe(true);
    expect(b.conflicts).toHaveLength(1);
    expect(b.conflicts[0].paths.sort()).toEqual(['rollout.star.md', 'tester.star.md']);
  });

  test('html: one page with no script and nothing fetched, the story text escaped', () => {
    const r = runCli(['bank', '.', '--format', 'html'], dir);
    expect(r.code).toBe(0);
    const html = r.stdout;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html).not.toMatch(/<script|<img|<link|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/<[^>]*\s(?:src|on\w+)=|<[^>]*\shref="(?!#)/i); // no attribute loads or runs anything
    // Markdown's inline HTML is not part of a title (the story model drops it), and the rest is escaped.
    expect(html).toContain('Duplicate alert(1) orders &amp; &quot;retries&quot;');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
  });

  test('the loop from .starcoach.json, and --loop over it', () => {
    writeFileSync(join(dir, '.starcoach.json'), JSON.stringify({ loop: ['Ownership', 'Dive Deep'], interviews: 2 }));
    const own = JSON.parse(runCli(['bank', '.', '--format', 'json'], dir).stdout);
    expect(own.plan).toEqual(expect.objectContaining({ preset: 'custom', interviews: 2 }));
    expect(own.competencies.filter((c: { inLoop: boolean }) => c.inLoop).map((c: { name: string }) => c.name)).toEqual(['Ownership', 'Dive Deep']);
    const over = JSON.parse(runCli(['bank', '.', '--format', 'json', '--loop', 'generic'], dir).stdout);
    expect(over.plan.preset).toBe('generic');
    rmSync(join(dir, '.starcoach.json'));
  });

  test.each([
    [['--format', 'pdf'], '--format must be text, json or html, not "pdf"'],
    [['--loop', 'amazn'], '--loop must be amazon or generic, not "amazn"; did you mean amazon?'],
    [['--interviews', '0'], '--interviews must be a whole number from 1 to 10, not "0"'],
  ])('a usage error: %j', (args, message) => {
    const r = runCli(['bank', '.', ...args], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`star-coach: ${message}\n`);
  });
});
