// flagged-words: words or phrases the author listed in `.starcoach.json` ("flagWords") as ones to avoid.
import type { Finding, Rule } from '../types';
import { replace } from '../fixes';
import { allSentences } from '../story';
import { matches } from './helpers';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

export const rule: Rule = {
  id: 'flagged-words',
  severity: 'hint',
  sections: 'all',
  summary: 'Words or phrases you listed in `.starcoach.json` under "flagWords".',
  check({ story, options }) {
    if (options.flagWords.length === 0) return [];
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${options.flagWords.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    const findings: Finding[] = [];
    for (const sentence of allSentences(story)) {
      for (const { span } of matches(story, sentence, new RegExp(pattern.source, 'giu'))) {
        const word = story.text.slice(span.start, span.end);
        findings.push({ span, message: `“${word}” is on your list of words to avoid.`, fixes: [replace(`Remove “${word}”`, span, '')] });
      }
    }
    return findings;
  },
};
