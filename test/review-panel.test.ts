// The coaching panel opens with the bar raiser's reading (client/src/webviews/render-reading.ts), drawn from what the
// server sends: the verdict and its note, a grade bar per section with its word and reasons, the fix first as a button
// that goes to its range and opens its quick fix, the competencies with their strength. Every string is escaped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderCoaching } from '../client/src/webviews/render-coaching';
import { answerAsPlainText, renderAnswer } from '../client/src/webviews/render-answer';
import { renderReading } from '../client/src/webviews/render-reading';
import { parseViewMessage } from '../client/src/webviews/messages';
import { analyze, coachingAt, readingView, spokenAnswer, type ReadingView } from '../server/src/core';
import { ROOT } from './support/run-cli';

const WEAK = readFileSync(join(ROOT, 'test-fixtures/stories/webhook-senior-weak.star.md'), 'utf8');
const STRONG = readFileSync(join(ROOT, 'test-fixtures/stories/webhook-senior-strong.star.md'), 'utf8');
const XSS = readFileSync(join(ROOT, 'test-editor/workspace/xss.star.md'), 'utf8');

/** The panel as the server's data draws it, for the cursor at `text`'s line. */
function panel(story: string, at = '## Action') {
  const analysis = analyze(story);
  return renderCoaching({ ...coachingAt(analysis, story.indexOf(at)), review: readingView(analysis) });
}
/** The text a person (or a screen reader) gets from a piece of HTML: tags and aria-hidden parts gone. */
const words = (html: string) => html.replace(/<span class="bar" aria-hidden="true">.*?<\/span><\/span>/g, '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();

describe('the reading comes first', () => {
  test('a weak story: the verdict and whom it is for, the note, then the section the cursor is in', () => {
    const html = panel(WEAK);
    expect(html).toMatch(/^<section class="reading" aria-labelledby="reading-heading">\n<h2 id="reading-heading"><span class="verdict no-hire">No Hire<\/span> for Ownership<\/h2>/);
    expect(html.indexOf('reading-heading')).toBeLessThan(html.indexOf('current-heading'));
    expect(words(html)).toContain('No Hire for Ownership: the work sounds handed to you (line 14)');
  });

  test('each section has a bar of three steps and its grade in words; the reasons are text, and the hover', () => {
    const html = panel(WEAK);
    const rows = [...html.matchAll(/<li class="grade (\w+)"><details><summary title="([^"]*)"><span class="name">(\w+)<\/span> <span class="bar" aria-hidden="true">(.*?)<\/span> <span class="word">(\w+)<\/span><\/summary><ul class="reasons">(.*?)<\/ul>/g)];
    expect(rows.map((m) => [m[3], m[5], (m[4].match(/class="on"/g) ?? []).length])).toEqual([
      ['Situation', 'adequate', 2], ['Task', 'weak', 1], ['Action', 'weak', 1], ['Result', 'weak', 1], ['Reflection', 'weak', 1],
    ]);
    const task = rows[1];
    expect(task[6]).toContain('<li>Task never says the work was outside your remit or unassigned');
    expect(task[2]).toContain('Task never says the work was outside your remit or unassigned'); // the summary's title
    expect(task[1]).toBe('weak'); // the class the color comes from says what the word says
  });

  test('the fix first is a button to its line that opens the fixes, and says what fixing it would reach', () => {
    const html = panel(WEAK);
    const button = /<button type="button" class="weakness" data-action="(\w+)" data-line="(\d+)" data-character="(\d+)" title="([^"]+)"><span class="label">(.*?)<\/span> (.*?) <code>(.*?)<\/code><\/button>/.exec(html);
    expect(button?.slice(1)).toEqual(['fix', '13', '0', 'Go to line 14 and show the fixes', 'Fix first, line 14', expect.stringContaining('“My manager asked me to look into the webhook drops”'), 'assigned-work']);
    // the message the button sends is one the host accepts, and it is the panel's own "go there and open the fixes"
    expect(parseViewMessage({ type: button![1], line: Number(button![2]), character: Number(button![3]) })).toEqual({ type: 'fix', line: 13, character: 0 });
  });

  test('the competencies with their strength in words, which is claimed, which it most shows, and what it needs', () => {
    const html = panel(WEAK);
    expect(words(html)).toContain('Ownership not shown claimed');
    expect(words(html)).not.toContain('Ownership not shown claimed most shown'); // not shown at all, so not "most shown"
    // What took a competency down, beside its evidence.
    const down = panel(readFileSync(join(ROOT, 'test-fixtures/review/blind-r5/v10.star.md'), 'utf8'));
    expect(words(down)).toContain('Taken down: a step is told as &quot;we&quot;.'); // escaped, as all story-derived text
    expect(words(html)).toContain('It needs the scope boundary: not your team, no ticket, nobody asked');
    expect(html).toMatch(/<button type="button" class="link" data-action="reveal" data-line="10" data-character="\d+">Line 11<\/button>, you spotted the problem yourself: <q>I noticed some drops/);
    const strong = panel(STRONG);
    expect(words(strong)).toContain('Ownership strong evidence claimed most shown');
    expect(words(strong)).toContain('Dive Deep strong evidence claimed');
    expect(strong).toContain('<span class="verdict strong-hire">Strong Hire</span> for Ownership and Dive Deep');
    expect(words(strong)).toContain('Nothing to fix first.');
    expect(strong).not.toContain('class="weakness"');
  });

  test('with no reading (a story Star Coach could not read), the panel is as before', () => {
    const analysis = analyze(WEAK);
    const view = coachingAt(analysis, WEAK.indexOf('## Action'));
    expect(renderCoaching({ ...view, review: null })).toBe(renderCoaching(view));
    expect(renderReading(null)).toBe('');
  });

  test('the link to how the reading is reached is a message the host accepts', () => {
    expect(panel(WEAK)).toContain('<button type="button" class="link" data-action="reviewDocs">How the reading is reached</button>');
    expect(parseViewMessage({ type: 'reviewDocs' })).toEqual({ type: 'reviewDocs' });
  });
});

describe('story text in the reading is never markup', () => {
  test('a hostile story: its text reaches the reading as text', () => {
    const html = panel(XSS, 'I noticed');
    expect(html).toContain('class="reading"');
    expect(html).not.toMatch(/<(script|img|svg|iframe|style|b)\b/i);
    expect(html).not.toMatch(/<[a-z][^>]*\son\w+=/i);
  });

  test('every string field of the reading, made hostile, is escaped', () => {
    const payload = '<img src=x onerror="window.__xss=1">"\'`&';
    const hostile = (value: unknown, key = ''): unknown => {
      if (typeof value === 'string') return ['verdict', 'grade', 'shown'].includes(key) ? value : `${value}${payload}`;
      if (Array.isArray(value)) return value.map((v) => hostile(v, key));
      if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hostile(v, k)]));
      return value;
    };
    for (const story of [WEAK, STRONG]) {
      const analysis = analyze(story);
      const r = hostile(readingView(analysis)) as ReadingView;
      // and the enumerations too, as a server of another version might send them
      const odd = { ...r, verdict: payload, sections: r.sections.map((s) => ({ ...s, grade: payload })), competencies: r.competencies.map((c) => ({ ...c, shown: payload })) } as unknown as ReadingView;
      for (const view of [r, odd]) {
        const html = renderReading(view);
        expect(html).not.toMatch(/<img\b/i);
        // no tag carries a handler once its quoted attribute values (escaped, so with no '"' inside) are set aside
        expect(html.replace(/"[^"]*"/g, '""')).not.toMatch(/<[a-z][^>]*\son\w+=/i);
        expect(html).toContain('&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;&quot;&#39;&#96;&amp;');
      }
    }
  });
});

describe('the preview’s header', () => {
  test('under the title, the verdict line as check prints it; the copied answer leaves it out', () => {
    const analysis = analyze(WEAK);
    const view = { ...spokenAnswer(analysis), review: readingView(analysis) };
    const html = renderAnswer(view);
    const head = /<header class="answer-head">([\s\S]*?)<\/header>/.exec(html)![1];
    expect(head).toMatch(/^\n<h1>Webhook drops<\/h1>\n<p class="reading-line"><span class="verdict no-hire">No Hire<\/span> for Ownership; fix first: line 14, the work sounds handed to you<\/p>\n/);
    expect(answerAsPlainText(view)).not.toContain('No Hire');
    expect(renderAnswer({ ...view, review: null })).not.toContain('reading-line');
  });

  test('escaped', () => {
    const analysis = analyze(WEAK);
    const r = readingView(analysis);
    const html = renderAnswer({ ...spokenAnswer(analysis), review: { ...r, verdict: '"><img src=x onerror=1>' as never, label: '<b>', line: '<b><img src=x onerror=1>' } });
    expect(html).not.toMatch(/<(img|b)\b/);
    expect(html).toContain('<p class="reading-line"><span class="verdict &quot;&gt;&lt;img src=x onerror=1&gt;">&lt;b&gt;</span>&lt;img src=x onerror=1&gt;</p>');
    expect(renderAnswer({ ...spokenAnswer(analysis), review: { ...r, line: '<script>' } })).toContain('<p class="reading-line">&lt;script&gt;</p>');
  });
});
