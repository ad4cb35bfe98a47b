// What each section must do, competency angles and level expectations, in the coach's words. The notes per aim live
// in notes.ts; this file gives the views and the hover what they show from them.
import { AIM_KINDS, type StoryAim } from './aim';
import { AIM_NOTES, GENERAL_NOTES, SHARED_PROBE, sectionNotes, type CoachedSection, type ProbeCoaching } from './notes';

export interface SectionCoaching {
  purpose: string;
  mustShow: string[];
  commonMistake: string;
}

/** What a section must do for the story's aim (the hover on a heading): its purpose, its checklist, its common mistake. */
export function sectionCoaching(aim: StoryAim, kind: CoachedSection, level: string): SectionCoaching {
  const notes = sectionNotes(aim, kind, level);
  return { purpose: notes.purpose, mustShow: notes.checklist.map((i) => i.label), commonMistake: notes.mistake };
}

/** Probes an interviewer is likely to ask of an ownership story; `probesFor` gives them for any aim. */
export const LIKELY_PROBES = [...AIM_NOTES.ownership.probes, SHARED_PROBE].map((p) => p.question);

export interface CompetencyAngle {
  name: string;
  lead: string;
  emphasize: string;
  downplay: string;
}

/** How to angle a story for each competency the coach has notes for, one per aim. */
export const COMPETENCY_ANGLES: CompetencyAngle[] = AIM_KINDS.map((k) => ({ name: AIM_NOTES[k].competency, lead: AIM_NOTES[k].lead, emphasize: AIM_NOTES[k].emphasize, downplay: AIM_NOTES[k].downplay }));

export const GENERAL_ANGLE: Omit<CompetencyAngle, 'name'> = { lead: GENERAL_NOTES.lead, emphasize: GENERAL_NOTES.emphasize, downplay: GENERAL_NOTES.downplay };

export interface LevelExpectation {
  level: string;
  summary: string;
  reflection: string;
  bar: string;
}

export const LEVEL_EXPECTATIONS: Record<string, LevelExpectation> = {
  sde1: { level: 'SDE1', summary: 'About two minutes. The technical problem and your fix, within your own scope or just beyond it.', reflection: 'A technical lesson: the check or technique you now use (e.g. looking for races in retry logic).', bar: 'Clear ownership of your part, sound problem solving, some measured impact.' },
  sde2: { level: 'SDE2', summary: 'Two to two and a half minutes. A fix you drove end to end, across a team boundary if the story has one.', reflection: 'A technical lesson, specific to this story.', bar: 'Self-started ownership, technical depth, and impact in numbers and business terms.' },
  senior: { level: 'Senior', summary: 'Two and a half to three minutes. Add the organizational thinking: why the gap existed and the trade-offs you weighed.', reflection: 'A systemic lesson: the ownership gap, the missing shared SLO or visibility, the process you changed.', bar: 'Ownership beyond your team, technical depth, systemic insight and trade-offs said out loud.' },
  staff: { level: 'Staff', summary: 'Two and a half to three minutes. The problem as a class: what you changed so every team avoids it.', reflection: 'A systemic lesson about incentives, ownership or mechanisms across the organization.', bar: 'Influence across teams without authority, and a mechanism that outlived the fix.' },
  manager: { level: 'Manager', summary: 'Two and a half to three minutes. What you decided, how you brought people along, and what you changed in how the team works.', reflection: 'A lesson about the system your team works in: process, staffing, incentives, cross-team contracts.', bar: 'Clear decisions, people brought along, and a lasting change in how work gets done.' },
};

export type { ProbeCoaching };

/** An Ownership story's follow-ups (`probesFor` gives any aim's). */
export const PROBE_COACHING: ProbeCoaching[] = [...AIM_NOTES.ownership.probes, SHARED_PROBE];

/** An Ownership story's strong phrasing, per section (`sectionNotes` gives any aim's). */
export const STRONG_PHRASING = AIM_NOTES.ownership.phrasing;
