// section-over-time: a section's spoken time over its target (over the hard cap: a warning).
import type { Finding, Rule } from '../types';
import { PROBE_TARGET, formatDuration, probeTiming, sectionTiming } from '../timing';
import type { SectionKind } from '../story';
import { headingTextSpan } from './helpers';

const ADVICE: Partial<Record<SectionKind, string>> = {
  situation: 'cut the background and get to the problem sooner',
  task: 'one or two sentences: the goal, and why it was yours to take on',
  action: 'keep the steps that show your judgment; drop the ones anyone would take',
  result: 'lead with the number; one sentence each for the business effect and what lasted',
  reflection: 'one specific lesson is enough',
};

export const rule: Rule = {
  id: 'section-over-time',
  severity: 'info',
  sections: 'each section',
  summary: 'A section runs over its time target (Situation over 45 s is the hard cap: a warning).',
  check({ story, timing }) {
    const findings: Finding[] = [];
    for (const section of story.sections) {
      const t = sectionTiming(timing, story, section);
      // The status every view shows: the target itself is the threshold, in whole seconds.
      if (t?.targetSeconds && (t.status === 'over' || t.status === 'over-cap')) {
        const overCap = t.status === 'over-cap';
        findings.push({
          span: headingTextSpan(story, section.heading),
          severity: overCap ? 'warning' : undefined,
          message: `${section.name} takes ${formatDuration(t.seconds)} to say, against a ${formatDuration(t.targetSeconds)} target${overCap ? ` and a ${formatDuration(t.capSeconds!)} limit the interviewer will not sit through` : ''}: ${ADVICE[section.kind]}.`,
        });
      }
      for (const probe of section.probes) {
        const p = probeTiming(timing, probe);
        if (p?.status !== 'over') continue;
        const seconds = p.seconds;
        findings.push({
          span: headingTextSpan(story, probe.heading),
          message: `This answer takes ${formatDuration(seconds)}; a follow-up answer lands best in ${PROBE_TARGET.min}–${PROBE_TARGET.max} seconds.`,
        });
      }
    }
    return findings;
  },
};
