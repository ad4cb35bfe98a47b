// The views' rendering, on the data the server sends: content, checklists, timing, escaping, message checks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze, coachingAt, spokenAnswer } from '../server/src/core';
import { renderCoaching } from '../client/src/webviews/render-coaching';
import { answerAsPlainText, renderAnswer } from '../client/src/webviews/render-answer';
import { parseViewMessage } from '../client/src/webviews/messages';

const ROOT = join(__dirname, '..');
const WEAK = readFileSync(join(ROOT, 'test-fixtures/stories/webhook-senior-weak.star.md'), 'utf8');
const STRONG = readFileSync(join(ROOT, 'test-fixtures/stories/webhook-senior-strong.star.md'), 'utf8');
const at = (text: string, needle: string) => text.indexOf(needle) + 1;

const XSS = `---
question: "<script>window.__xss = 'question'</script>"
competencies: ['<img src=x onerror="window.__xss=1">', Ownership]
level: senior
---

# <svg onload="window.__xss=2">Title</svg>

## Situation
I noticed <script>window.__xss = 3</script> and <img src=x onerror="window.__xss=4"> and [a link](javascript:window.__xss=5) and <style>body{display:none}</style>.

## Action
- I wrote "</p><b onmouseover=alert(1)>bold</b>" in the notes & fixed it.

## Follow-ups
### <img src=x onerror="window.__xss=6">?
<iframe src="javascript:window.__xss=7"></iframe> answer.
`;

describe('the coaching panel', () => {
  test('follows the cursor: the section, its purpose, time and checklist computed from the analysis', () => {
    const analysis = analyze(WEAK);
    const html = renderCoaching(coachingAt(analysis, at(WEAK, '- We figured out')));
    expect(html).toMatch(/<h2 id="current-heading">Action <span class="time">0:\d\d \/ 1:30 target<\/span><\/h2>/);
    expect(html).toContain('<li class="todo"><span class="mark" aria-hidden="true">○</span><span class="visually-hidden">To do: </span>&quot;I&quot; is the actor of every step</li>');
    expect(html).toContain('data-action="fix" data-line="16" data-character="2"'); // the we-language finding, clickable
    expect(html).toContain('Angle for the competencies');
    expect(html).toContain('<h3>Ownership</h3>');
    expect(html).toContain('Senior expectations');
  });

  test('a strong Result ticks every box', () => {
    const analysis = analyze(STRONG);
    const view = coachingAt(analysis, at(STRONG, 'The drop rate went'));
    expect(view.section?.name).toBe('Result');
    expect(view.section?.checklist.map((c) => c.done)).toEqual([true, true, true, true]);
    expect(renderCoaching(view)).toContain('Nothing flagged in this section.');
  });

  test('the Task checklist reflects the scope boundary', () => {
    const weak = coachingAt(analyze(WEAK), at(WEAK, 'My manager asked'));
    expect(weak.section?.checklist[0]).toEqual({ label: 'Scope boundary stated (not your team, no ticket, nobody asked)', done: false });
    const strong = coachingAt(analyze(STRONG), at(STRONG, 'This service belonged'));
    expect(strong.section?.checklist[0].done).toBe(true);
  });

  test('an unknown competency gets the general angle; no story gives the empty state', () => {
    const view = coachingAt(analyze('---\ncompetencies: [Juggling]\n---\n## Task\n\nI did it.\n'), 10);
    expect(view.competencies[0]).toMatchObject({ name: 'Juggling' });
    expect(view.competencies[0].lead).toMatch(/^Open with/);
    expect(renderCoaching(null)).toContain('Open a <code>.star.md</code> story');
  });
});

describe('the answer preview', () => {
  test('only spoken text, each section timed against its target, the total against the level', () => {
    const view = spokenAnswer(analyze(WEAK));
    expect(view.sections.map((s) => s.name)).toEqual(['Situation', 'Task', 'Action', 'Result', 'Reflection']);
    const html = renderAnswer(view);
    expect(html).toMatch(/<h2 id="s2">Action <span class="time">0:\d\d \/ 1:30<\/span> <span class="status">within target<\/span><\/h2>/);
    expect(html).toMatch(/<p class="total under"><span class="time">0:5\d<\/span> at 140 words a minute; senior answers run 2:30–3:00/);
    expect(html).not.toContain('expect:'); // comments are never spoken
    expect(html).not.toContain('## ');
  });

  test('a rehearsal rate paces the sentences and gives a rehearsal total; the story\'s own times stay; sentences carry when the speaker reaches them', () => {
    const slow = spokenAnswer(analyze(STRONG), 100);
    const fast = spokenAnswer(analyze(STRONG), 200);
    expect(slow.rehearsalSeconds).toBeCloseTo(fast.rehearsalSeconds! * 2, 0);
    expect(slow.totalSeconds).toBe(fast.totalSeconds);
    const starts = slow.sections.flatMap((s) => s.sentences.map((x) => x.startSecond));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(starts[0]).toBe(0);
  });

  test('practice mode hides the prepared answers until asked; copy gives plain text', () => {
    const text = '## Situation\n\nIt broke.\n\n## Follow-ups\n\n### Why you?\n\nBecause nobody owned it.\n';
    const view = spokenAnswer(analyze(text));
    expect(renderAnswer(view, { practice: true })).toContain('<button type="button" class="reveal-answer" aria-expanded="false" aria-controls="a0">Show my answer</button><p id="a0" class="answer" hidden>Because nobody owned it.</p>');
    expect(renderAnswer(view)).toContain('<p class="answer">Because nobody owned it.</p>');
    expect(answerAsPlainText(view)).toBe('Situation\nIt broke.\n');
  });
});

describe('story text is never markup', () => {
  test('payloads in text, headings, front matter and probes come out as text in both views', () => {
    const analysis = analyze(XSS);
    const html = renderCoaching(coachingAt(analysis, at(XSS, 'I noticed'))) + renderAnswer(spokenAnswer(analysis), { practice: false }) + renderAnswer(spokenAnswer(analysis), { practice: true });
    expect(html).not.toMatch(/<(script|img|svg|iframe|style|b)\b/i);
    expect(html).not.toMatch(/<[a-z][^>]*\son\w+=/i); // no real tag carries an event handler
    expect(html).not.toMatch(/href=|src=["']?javascript/i);
    expect(html).toContain('&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;'); // a competency name, shown as written
    expect(html).toContain('bold &quot; in the notes &amp; fixed it.'); // inline HTML is never spoken; the words around it are
  });
});

describe('messages from a webview', () => {
  test.each([
    [{ type: 'reveal', line: 3, character: 4 }, { type: 'reveal', line: 3, character: 4 }],
    [{ type: 'fix', line: 0, character: 0, extra: 'x' }, { type: 'fix', line: 0, character: 0 }],
    [{ type: 'wpm', value: 150.4 }, { type: 'wpm', value: 150 }],
    [{ type: 'copy' }, { type: 'copy' }],
    [{ type: 'reveal', line: -1, character: 0 }, undefined],
    [{ type: 'reveal', line: '3', character: 0 }, undefined],
    [{ type: 'wpm', value: 9000 }, undefined],
    [{ type: 'eval', code: 'x' }, undefined],
    ['reveal', undefined],
    [null, undefined],
  ])('%j', (raw, parsed) => {
    expect(parseViewMessage(raw)).toEqual(parsed);
  });
});

describe('one truth for time', () => {
  const story = `---
level: sde2
---
## Situation
The nightly export to the finance warehouse failed twice a week, and analysts lost a morning each time.

## Task

## Action
- I traced the failures to a lock held by the backup job and moved the export after it.

## Result
Failures went from two a week to zero.

## Follow-ups
### How did you find the lock?
From the logs.

### What else did you consider?
`;

  test('an empty section is "empty" in the panel and the preview, never "within target"', () => {
    const a = analyze(story);
    const panel = coachingAt(a, story.indexOf('## Task') + 3);
    expect(panel.section?.status).toBe('empty');
    expect(renderCoaching(panel)).toMatch(/<h2 id="current-heading">Task <span class="time">0:00 \/ 0:20 target<\/span> <span class="status">empty<\/span><\/h2>/);
    expect(renderCoaching(panel)).not.toContain('<meter');
    const preview = spokenAnswer(a);
    expect(preview.sections.find((s) => s.name === 'Task')?.status).toBe('empty');
    expect(renderAnswer(preview)).toMatch(/Task <span class="time">0:00 \/ 0:20<\/span> <span class="status">empty<\/span>/);
  });

  test('Follow-ups: answers of a few seconds, or none, are not "within 30–60 seconds"', () => {
    const a = analyze(story);
    const item = coachingAt(a, story.indexOf('## Follow-ups') + 3).section?.checklist.find((c) => c.label.startsWith('Each answer within'));
    expect(item).toEqual({ label: 'Each answer within 30–60 seconds', done: false });
  });
});
