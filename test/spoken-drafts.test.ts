// The preview reads a draft as it will be said: each bullet is its own sentence (with its full stop, the pause), and
// the marks of what is still to write (TODO, ??, TBD, [notes], ‹placeholders›) are never spoken.
import { describe, expect, test } from 'vitest';
import { analyze, spokenAnswer } from '../server/src/core';
import { answerAsPlainText, rateLabel, renderAnswer } from '../client/src/webviews/render-answer';

const DRAFT = `# Draft

## Situation

- The nightly queue backed up every night
- I saw 3 failed jobs ?? TODO check the logs
- [note to self: add the date] We lost $8,000 a day. TBD

## Action

I rewrote the consumer ‹the step you took›
`;

describe('a draft in the preview', () => {
  const view = spokenAnswer(analyze(DRAFT));
  const said = view.sections.flatMap((s) => s.sentences.map((x) => x.text));

  test('each bullet is a sentence of its own, ending with a full stop even when the author left it off', () => {
    expect(said).toEqual(['The nightly queue backed up every night.', 'I saw 3 failed jobs check the logs.', 'We lost $8,000 a day.', 'I rewrote the consumer.']);
    expect(answerAsPlainText(view)).toContain('The nightly queue backed up every night. I saw 3 failed jobs check the logs. We lost $8,000 a day.');
  });

  test('TODO, ??, TBD, bracketed notes and ‹placeholders› are not spoken, in the view, the HTML or the copied text', () => {
    for (const text of [said.join(' '), renderAnswer(view), answerAsPlainText(view)]) {
      for (const mark of ['TODO', '??', 'TBD', 'note to self', '[', '‹', 'the step you took']) expect(text).not.toContain(mark);
    }
  });

  test('an ending the author wrote is kept as written', () => {
    const done = spokenAnswer(analyze('## Situation\n\n- Was it the cache?\n- It was: the cache!\n- We had one more step…\n'));
    expect(done.sections[0].sentences.map((x) => x.text)).toEqual(['Was it the cache?', 'It was: the cache!', 'We had one more step…']);
  });
});

describe('the rate the preview shows', () => {
  const STORY = '---\nwpm: 130\n---\n# T\n\n## Situation\n\nThe export ran six hours late every morning for a month.\n';

  test("at the story's own rate it says so; with a rehearsal rate it says both, and the times stay the story's", () => {
    const own = spokenAnswer(analyze(STORY));
    expect(rateLabel(own)).toBe("130 wpm, the story's rate");
    expect(renderAnswer(own)).not.toContain('class="rehearsal"');
    const rehearsed = spokenAnswer(analyze(STORY), 150);
    expect(rateLabel(rehearsed)).toBe('rehearsing at 150 wpm; the story says 130');
    expect(rehearsed.sections[0].seconds).toBe(own.sections[0].seconds);
    expect(rehearsed.rehearsalSeconds).toBeLessThan(own.totalSeconds);
    expect(renderAnswer(rehearsed)).toContain('<p class="rehearsal">Rehearsing at 150 wpm');
  });

  test('without a wpm: in the story the setting is named; the rehearsal range is the setting’s, 60–300', () => {
    const view = spokenAnswer(analyze('# T\n\n## Situation\n\nIt broke.\n'), 90);
    expect(rateLabel(view)).toBe('rehearsing at 90 wpm; your setting says 140');
    expect(view.rateRange).toEqual({ min: 60, max: 300 });
    expect(spokenAnswer(analyze('# T\n\n## Situation\n\nIt broke.\n'), 40).rehearsalWpm).toBeUndefined();
  });
});
