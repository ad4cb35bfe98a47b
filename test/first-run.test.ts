// What a first run needs, checked without VS Code: the panel's welcome, its messages, and the sample it opens.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze } from '../server/src/core';
import { renderCoaching } from '../client/src/webviews/render-coaching';
import { parseViewMessage } from '../client/src/webviews/messages';

const ROOT = join(__dirname, '..');

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
