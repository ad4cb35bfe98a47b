// Progress over time as the views draw it: the core's history in words (the days, the verdict changes, the sections
// that moved), the Story Bank's step chart and its caption, and the coaching panel's follow-ups aimed at the story.
// Every piece of story text is escaped; the chart is drawn in theme colors by class, with no inline style.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze, bank, bankEntry, followupsFor, storyProgress, SUMMARY_RUNS, VERDICT_LABEL, type ReadingEntry } from '../server/src/core';
import type { AimedFollowup, BankResult } from '../server/src/protocol';
import { CHART_POINTS, progressChart, renderBank } from '../client/src/webviews/render-bank';
import { renderAimed, renderCoaching } from '../client/src/webviews/render-coaching';
import { ROOT } from './support/run-cli';

const entry = (at: string, verdict: string, grades: Record<string, string> = {}): ReadingEntry => ({ at, verdict, grades });
const HISTORY = [
  entry('2026-11-03T09:00:00Z', 'lean-no-hire', { Action: 'weak', Result: 'adequate' }),
  entry('2026-11-10T09:00:00Z', 'lean-no-hire', { Action: 'adequate', Result: 'adequate' }),
  entry('2026-11-20T09:00:00Z', 'hire', { Action: 'strong', Result: 'adequate' }),
  entry('2026-12-01T09:00:00Z', 'hire', { Action: 'strong', Result: 'strong' }),
];
const tags = (html: string, tag: string) => html.match(new RegExp(`<${tag}\\b[^>]*>`, 'g')) ?? [];
const attr = (openTag: string | undefined, name: string) => (openTag ?? "").match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

describe('a story\'s readings in words', () => {
  test('each verdict told on the day it began, and the count', () => {
    const p = storyProgress(HISTORY)!;
    expect(p.summary).toBe('Lean No Hire on 3 Nov, Hire on 20 Nov; 4 readings.');
    expect(p.points.map((x) => x.level)).toEqual([1, 1, 2, 2]);
    expect(p.points.map((x) => x.label)).toEqual(['Lean No Hire', 'Lean No Hire', 'Hire', 'Hire']);
    expect(p.trend).toBe('up');
  });

  test('the sections that moved between the first and the last reading, and none when nothing moved', () => {
    expect(storyProgress(HISTORY)!.sections).toBe('Since 3 Nov: Action from weak to strong, Result from adequate to strong.');
    expect(storyProgress([HISTORY[0]])!.sections).toBe('');
    expect(storyProgress([HISTORY[0]])!.summary).toBe('Lean No Hire on 3 Nov; 1 reading.');
    expect(storyProgress([HISTORY[0]])!.trend).toBe('same');
  });

  test('a story with no readings has no progress', () => {
    expect(storyProgress(undefined)).toBeNull();
    expect(storyProgress([])).toBeNull();
  });

  test('the year is told when the readings span more than one', () => {
    const p = storyProgress([entry('2025-12-20T09:00:00Z', 'no-hire'), entry('2026-01-05T09:00:00Z', 'hire')])!;
    expect(p.summary).toBe('No Hire on 20 Dec 2025, Hire on 5 Jan 2026; 2 readings.');
  });

  test('the days are told in the time zone given', () => {
    const late = [entry('2026-11-03T23:30:00Z', 'hire')];
    expect(storyProgress(late, 'UTC')!.points[0].day).toBe('3 Nov');
    expect(storyProgress(late, 'Asia/Tokyo')!.points[0].day).toBe('4 Nov');
    expect(storyProgress(late, 'Not/AZone')!.points[0].day).toBe('3 Nov');
  });

  test('many changes: the first and the last ones named, those between counted', () => {
    const verdicts = ['no-hire', 'hire', 'no-hire', 'hire', 'no-hire', 'hire', 'strong-hire'];
    const p = storyProgress(verdicts.map((v, i) => entry(`2026-11-${String(i + 1).padStart(2, '0')}T09:00:00Z`, v)))!;
    const named = p.summary.split('; ')[0].split(', ');
    expect(named).toHaveLength(SUMMARY_RUNS);
    expect(named[0]).toBe('No Hire on 1 Nov');
    expect(named[1]).toBe('3 changes later');
    expect(named.slice(2)).toEqual(['No Hire on 5 Nov', 'Hire on 6 Nov', 'Strong Hire on 7 Nov']);
    expect(p.summary).toMatch(/; 7 readings\.$/);
  });

  test('a verdict this Star Coach does not know is told as written, and not drawn', () => {
    const p = storyProgress([entry('2026-11-03T09:00:00Z', 'hire'), entry('2026-11-04T09:00:00Z', 'maybe')])!;
    expect(p.points[1]).toMatchObject({ level: -1, label: 'maybe' });
    expect(p.trend).toBe('same');
    expect(tags(progressChart(p), 'circle')).toHaveLength(1);
  });
});

describe('the step chart', () => {
  const p = storyProgress(HISTORY)!;
  const svg = progressChart(p);

  test('one dot per reading, higher for a better verdict, each with its verdict and day as a tooltip', () => {
    const dots = tags(svg, 'circle');
    expect(dots).toHaveLength(4);
    const ys = dots.map((d) => Number(attr(d, 'cy')));
    expect(ys[0]).toBe(ys[1]);
    expect(ys[2]).toBeLessThan(ys[1]);
    const xs = dots.map((d) => Number(attr(d, 'cx')));
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(new Set(xs).size).toBe(4);
    expect([...svg.matchAll(/<title>(.*?)<\/title>/g)].map((m) => m[1])).toEqual(['Lean No Hire on 3 Nov', 'Lean No Hire on 10 Nov', 'Hire on 20 Nov', 'Hire on 1 Dec']);
    expect(dots.map((d) => attr(d, 'class'))).toEqual(['dot lean-no-hire', 'dot lean-no-hire', 'dot hire', 'dot hire']);
  });

  test('a step line through the readings and a dashed line at Hire; hidden from screen readers, no inline style', () => {
    expect(tags(svg, 'svg')[0]).toContain('aria-hidden="true"');
    const d = attr(tags(svg, 'path')[0], 'd')!;
    expect(d.match(/H/g)).toHaveLength(3);
    const hireY = Number(attr(tags(svg, 'line')[0], 'y1'));
    expect(hireY).toBe(Number(attr(tags(svg, 'circle')[2], 'cy')));
    expect(svg).not.toMatch(/\sstyle=|\sfill="#|\sstroke="#/);
  });

  test('only the last readings are drawn when there are many', () => {
    const many = storyProgress(Array.from({ length: CHART_POINTS + 15 }, (_, i) => entry(new Date(Date.UTC(2026, 0, 1 + i)).toISOString(), i % 2 ? 'hire' : 'no-hire')))!;
    expect(tags(progressChart(many), 'circle')).toHaveLength(CHART_POINTS);
    expect(progressChart(many)).toContain(`<title>${many.points[many.points.length - 1].label} on ${many.points[many.points.length - 1].day}</title>`);
  });
});

describe('the Story Bank\'s readings over time', () => {
  const story = (name: string) => readFileSync(join(ROOT, 'test-fixtures', 'stories', name), 'utf8');
  const b = bank([bankEntry('stories/oncall.star.md', analyze(story('sre-oncall-strong.star.md'))), bankEntry('stories/fintech.star.md', analyze(story('fintech-weak.star.md')))]);
  const history = [entry('2026-11-03T09:00:00Z', 'lean-no-hire', { Action: 'weak', 'Result <b>': 'adequate' }), ...HISTORY.slice(1, 3), entry('2026-12-01T09:00:00Z', 'hire', { Action: 'strong', 'Result <b>': 'strong' })];
  const result: BankResult = { bank: b, uris: {}, configUri: null, generation: 1, progress: { 'stories/oncall.star.md': storyProgress(history)! } };
  const html = renderBank(result);
  const part = html.slice(html.indexOf('<section class="bank-progress"'), html.indexOf('</section>', html.indexOf('<section class="bank-progress"')));

  test('a part with a chart for each story that has readings, its caption the history in words, its verdict now', () => {
    expect(part).toContain('<h2 id="progress-heading">Readings over time</h2>');
    expect(tags(part, 'svg')).toHaveLength(1);
    expect(tags(part, 'figcaption')).toHaveLength(1);
    expect(part).toContain(`<span class="progress-summary">${result.progress!['stories/oncall.star.md'].summary}</span>`);
    const button = tags(part, 'button').find((t) => attr(t, 'data-action') === 'openStory')!;
    expect(attr(button, 'data-path')).toBe('stories/oncall.star.md');
    expect(part).toContain(`<span class="verdict hire">${VERDICT_LABEL.hire}</span>`);
    expect(part).toContain('1 story has no reading saved yet.');
  });

  test('story text is escaped', () => {
    expect(part).toContain('Result &lt;b&gt; from');
    expect(part).not.toContain('<b>');
  });

  test('a bank with no readings says how they come', () => {
    const none = renderBank({ ...result, progress: {} });
    expect(none).toContain('Each save of a story adds its reading here');
    expect(renderBank({ bank: b, uris: {}, configUri: null, generation: 1 })).toContain('Each save of a story adds its reading here');
  });

  test('the chart\'s styles use theme colors only', () => {
    const css = readFileSync(join(ROOT, 'media', 'webview.css'), 'utf8').split('\n').filter((l) => /progress|aimed/.test(l));
    expect(css.length).toBeGreaterThan(5);
    for (const line of css) expect(line.replace(/var\(--vscode-[\w-]+/g, '')).not.toMatch(/#[0-9a-f]{3,6}\b|rgb\(/i);
  });
});

describe('the coaching panel\'s follow-ups aimed at the story', () => {
  const text = readFileSync(join(ROOT, 'test-fixtures', 'stories', 'sre-oncall-weak.star.md'), 'utf8');
  const analysis = analyze(text);
  const followups: AimedFollowup[] = followupsFor(analysis).map((f) => ({ kind: f.kind, question: f.question, about: f.about, strong: f.strong, range: f.range }));

  test('the story has follow-ups to show', () => {
    expect(followups.length).toBeGreaterThan(1);
  });

  test('each question, the words it is about as a button to them, and what a strong answer does', () => {
    const html = renderAimed(followups);
    expect(html).toContain('<h2 id="aimed-heading">Follow-ups an interviewer would aim at this story</h2>');
    const items = html.split('<li ').slice(1);
    expect(items).toHaveLength(followups.length);
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    followups.forEach((f, i) => {
      expect(items[i]).toContain(`<p class="question">${esc(f.question)}</p>`);
      expect(items[i]).toContain(`<q>${esc(f.about)}</q>, line ${f.range.start.line + 1}`);
      expect(items[i]).toContain(esc(f.strong));
      const button = tags(items[i], 'button')[0];
      expect(attr(button, 'data-action')).toBe('reveal');
      expect(Number(attr(button, 'data-line'))).toBe(f.range.start.line);
      expect(Number(attr(button, 'data-character'))).toBe(f.range.start.character);
    });
  });

  test('the panel shows them before the general probes, and not at all when there are none', () => {
    const view = { level: { level: 'senior', summary: '', reflection: '', bar: '', range: { min: 0, max: 1 }, totalSeconds: 0 }, competencies: [], probes: [], prepared: [] } as unknown as Parameters<typeof renderCoaching>[0];
    const html = renderCoaching({ ...view!, followups });
    expect(html.indexOf('aimed-heading')).toBeGreaterThan(-1);
    expect(html.indexOf('aimed-heading')).toBeLessThan(html.indexOf('probes-heading'));
    expect(renderCoaching({ ...view!, followups: [] })).not.toContain('aimed-heading');
    expect(renderCoaching(view)).not.toContain('aimed-heading');
  });

  test('story text is escaped', () => {
    const html = renderAimed([{ ...followups[0], about: '<img src=x onerror=alert(1)>', question: 'You said "<b>we</b>"?' }]);
    expect(html).not.toMatch(/<img|<b>/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
