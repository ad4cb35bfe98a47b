// What a first run needs, checked without VS Code: the walkthrough's manifest and media, the panel's welcome, its
// messages, and the sample it opens. test-editor/firstrun.mjs drives the same in the real workbench, from the packaged
// extension (which is where it checks that the media and the sample ship).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze } from '../server/src/core';
import { renderCoaching } from '../client/src/webviews/render-coaching';
import { parseViewMessage } from '../client/src/webviews/messages';

const ROOT = join(__dirname, '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const contributed = new Set<string>(manifest.contributes.commands.map((c: { command: string }) => c.command));
const views = new Set<string>(Object.values(manifest.contributes.views).flat().map((v) => (v as { id: string }).id));
const [walkthrough] = manifest.contributes.walkthroughs;
type Step = { id: string; title: string; description: string; media: { markdown?: string; svg?: string; image?: string }; completionEvents?: string[]; when?: string };
const steps: Step[] = walkthrough.steps;

describe('the walkthrough', () => {
  test('"Get started with Star Coach": write, fix, coach, preview, each with a button that runs one of our commands', () => {
    expect(walkthrough).toMatchObject({ id: 'getStarted', title: 'Get started with Star Coach' });
    expect(steps.map((s) => s.id)).toEqual(['write', 'fix', 'coach', 'preview']);
    const buttons = steps.map((s) => [...s.description.matchAll(/\[([^\]]+)\]\(command:([\w.]+)\)/g)].map((m) => m[2]));
    expect(buttons).toEqual([['starCoach.newStory'], ['starCoach.openSample'], ['starCoach.showCoach'], ['starCoach.showPreview']]);
    for (const [command] of buttons) expect(contributed).toContain(command);
    expect(steps.some((s) => s.when)).toBe(false); // no hidden step: the story bank step waits for the story bank
  });

  test('each step is marked done by what it teaches: a command run or a view opened', () => {
    for (const s of steps) {
      expect(s.completionEvents?.length, s.id).toBeGreaterThan(0);
      for (const e of s.completionEvents!) {
        const [kind, id] = e.split(':');
        if (kind === 'onView') expect(views).toContain(id);
        else expect(kind === 'onCommand' && (contributed.has(id) || id === 'editor.action.quickFix'), e).toBe(true);
      }
    }
  });

  test('its media are Markdown files under media/, with nothing remote in them', () => {
    for (const s of steps) {
      expect(Object.keys(s.media), s.id).toEqual(['markdown']);
      const file = s.media.markdown!;
      expect(file).toMatch(/^media\/walkthrough\/[\w-]+\.md$/);
      const text = readFileSync(join(ROOT, file), 'utf8');
      expect(text, file).not.toMatch(/https?:|<img|<script|<iframe|!\[/i);
      expect(text.split('\n')[0], file).toMatch(/^# \S/);
    }
  });
});

describe('the coaching panel with no story', () => {
  const html = renderCoaching(null);

  test('explains STAR in three lines and offers New story and Open a sample', () => {
    const lines = [...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1].replace(/<[^>]+>/g, ''));
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => l.split(':')[0])).toEqual(['Situation, Task', 'Action', 'Result, Reflection']);
    const buttons = [...html.matchAll(/<button type="button"[^>]*data-action="(\w+)">([^<]+)<\/button>/g)].map((m) => [m[1], m[2]]);
    expect(buttons).toEqual([['newStory', 'New story'], ['openSample', 'Open a sample']]);
    expect(html).not.toMatch(/data-line|<script|style=|on\w+=/);
    expect(renderCoaching(undefined)).toBe(html);
  });

  test('its two buttons send messages the host accepts, and nothing else rides along', () => {
    expect(parseViewMessage({ type: 'newStory' })).toEqual({ type: 'newStory' });
    expect(parseViewMessage({ type: 'openSample', line: 3, path: '/etc/passwd' })).toEqual({ type: 'openSample' });
    expect(parseViewMessage({ type: 'openFile', path: '/etc/passwd' })).toBeUndefined();
  });
});

describe('the sample', () => {
  test('is a weak story with something to fix at each severity the walkthrough names', () => {
    const file = join(ROOT, 'samples/webhook-weak.star.md');
    expect(existsSync(file)).toBe(true);
    const { diagnostics } = analyze(readFileSync(file, 'utf8'));
    const bySeverity = (s: string) => diagnostics.filter((d) => d.severity === s);
    expect(bySeverity('error').length).toBeGreaterThan(0);
    expect(bySeverity('warning').some((d) => d.rule === 'we-language' && d.fixes[0]?.title === 'Say it with “I”')).toBe(true);
    expect(bySeverity('hint').some((d) => d.rule === 'hedging' && d.unnecessary)).toBe(true);
  });
});
