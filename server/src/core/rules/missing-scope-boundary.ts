// missing-scope-boundary: nothing says the work was outside the author's remit or unassigned, so it sounds assigned.
import { insert } from '../fixes';
import type { Story } from '../story';
import { squeezeSpaces, type Span } from '../text';
import type { Finding, Rule } from '../types';
import { headingTextSpan, sectionsOf, withMarkup } from './helpers';
import { lineBreakOf } from '../skeletons';
import { wordAlternation } from '../language/classes';
import { PatternIndex } from '../language/prefilter';

const MINE = wordAlternation('ownPronouns');
const CALL = wordAlternation('remitCalls');

export const BOUNDARY = [
  /\bnot (?:really )?(?:my|our|to my|to our|for my|for our|in my|in our|on my|on our|part of my|part of our|within my|within our|under my|under our|on anyone's|on anybody's|in anyone's|on any team's|anyone's|anybody's) (?:own )?(?:\w+ )?(?:team|team's|teams|job|area|responsibility|project|code|service|system|remit|scope|role|domain|lane|backlog|roadmap|sprint|ownership|org|problem|ticket|charter|mandate|queue|plate|okrs?|list|radar|books)\b/,
  /\b(?:outside|beyond)(?: of)? (?:my|our|the scope of my|the scope of our|anything my|what my)\b/,
  /\bno (?:ticket|jira|issue|task|story|bug report|bug|defect|work item|request)(?: \w+)? (?:existed|had been (?:filed|raised|opened|created)|was (?:filed|raised|open|opened|logged|tracking))/,
  /\bthere (?:was|were|had been) no (?:\w+ )?(?:ticket|tickets|owner|owners|alert|alerting|assignment|jira|sla|slo|on-call|monitoring|incident|incidents|request|issue|issues|bug|bugs|task|tasks)\b/,
  /\b(?:nobody|no one|no-one|none of (?:the )?(?:\w+ )?(?:teams|us|them)) (?:\w+ )?(?:owned|owns|claimed|asked|assigned|picked|tracked|looked|took|watched|monitored|noticed|was (?:assigned|asked|looking|tracking|watching|working|on it|responsible|accountable)|is (?:responsible|accountable)|had (?:asked|picked|looked|owned|claimed|filed|noticed|touched)|(?:had been|was|were) (?:asked|assigned|tasked|told)|(?:had )?put (?:it|this|that) (?:in front of|on) (?:me|my plate)|expected (?:me|the new [\w-]+(?: [\w-]+)?) to)/,
  /\bno (?:clear |real |single )?(?:owner|ownership)\b/,
  /\b(?:unowned|unassigned|orphaned|ownerless)\b/,
  /\b(?:nobody|no one|no-one|no team)['’]s (?:job|problem|responsibility|area|backlog|list|roadmap|radar|plate|queue|sprint)\b/,
  /\bfell (?:through|between) (?:the cracks|\w+ teams|teams)/,
  /\bwithout (?:being asked|a ticket|an assignment|anyone asking|any ticket|anybody asking)\b/,
  /\b(?:was|is|were) not (?:assigned|asked|on any (?:roadmap|backlog|sprint|team's))/,
  /\bon my own (?:time|initiative)\b/,
  /\bbelong(?:s|ed)? to (?:another|a different|a sister|a partner|the [\w'’-]+(?: [\w'’-]+){0,2}) (?:team|group|org|vendor|department|contractor|squad)\b/,
  /\b(?:was|were|is|are) (?:run|owned|maintained|managed|operated|looked after) by (?:the|another|a different|a sister|a partner|their|an outside) [\w'’-]+(?: [\w'’-]+){0,2} (?:team|group|org|vendor|department|contractor|squad)\b/,
  /\bmy (?:remit|scope|responsibility|job|role|team's (?:scope|remit|responsibility)) (?:stopped|ended|stops|ends|was limited to)\b/,
  /\b(?:nobody|no one|no-one|no team) had (?:opened|filed|raised|logged|reported|written up|mentioned|flagged) (?:a |an |any )?(?:ticket|bug|issue|report|it)\b/,
  /\bnothing (?:had been|was|has been) (?:filed|opened|raised|logged|reported|tracked|written)\b/,
  /\b(?:another|a different|a sister|a partner|a neighboring|a neighbouring) team['’]s\b/,
  /\bowned by (?:another|a different|a sister|the \w+(?: \w+)?) team\b/,
  /\bnot (?:assigned|asked) to (?:me|my team|us)\b/,
  // "the screening service sits with financial-crime engineering", "retuning the jets sat with the controls engineers"
  /\b(?:sits|sat|lives|lived|lies|lay|rests|rested) with (?:the |another |a different |a sister )?[\w'’-]+(?: [\w'’-]+){0,2} (?:team|engineers|engineering|group|department|org|squad|vendor|contractors?|owners?)\b/,
  // "the test station was the manufacturing test group's code", "my quarterly goals said nothing about it"
  /\b(?:was|is|were|are) (?:the |another |a different |a sister )[\w'’-]+(?: [\w'’-]+){0,3}['’]s (?:code|system|service|tool|software|repo|area|problem|responsibility|domain|job|project|pipeline|platform)\b/,
  /\b(?:my|our) (?:[\w-]+ )?(?:goals|okrs|roadmap|plan|job description|remit|charter) (?:said|says|mentioned|covered|included) nothing (?:about|of) (?:it|this|that)\b/,
  // "my volunteer role covered the website and nothing else"
  /\b(?:my|our) (?:[\w-]+ )?(?:role|job|remit|scope|responsibilit\w*|brief|contract) (?:covered|was|included|meant|stopped at) [^.;]{0,80}\b(?:and|but) nothing (?:else|more)\b/,
  // "the playout server is engineering's, not the digital team's"
  /\b(?:is|was|are|were) (?:[\w-]+ ){0,2}[\w-]+['’]s,? not (?:my|our|the|mine|ours)\b/,
  // "the service was not mine to fix", "it wasn't ours to fix", "the ledger was never mine"
  new RegExp(`\\bnot (?:really |strictly |technically |officially |even )?(?:${MINE}) to [a-z]+\\b`),
  new RegExp(`\\b(?:was|is|were|are) (?:not|never|not really) (?:${MINE})\\b`),
  // "it was not my call", "not our place to change it"
  new RegExp(`\\bnot (?:really )?(?:my|our|my team's|our team's) (?:${CALL})\\b`),
  // "the merge logic lived in the support tools team's service, not mine", "the exporter is finance's code, not ours"
  /\b[\w'’-]+(?: [\w'’-]+){0,3},? not (?:mine|ours|my team's|our team's|my lab's|my group's)\b/,
  // "not my lab", "not my group's": a unit of the author's own that the work was outside
  /\bnot (?:my|our) (?:lab|lab's|group|group's|department|department's|squad|squad's|unit|unit's|org|org's|office|office's|site|site's)\b/,
  // "no ticket tracked it", "no issue covered the failures"
  /\bno (?:ticket|jira|issue|task|story|bug report|bug|work item|request)(?: \w+)? (?:tracked|covered|mentioned|described|captured) (?:it|this|that|them|the)\b/,
  // "rather than waiting for instructions": nobody had asked
  /\b(?:rather than|instead of) waiting (?:for|to be|until) (?:instructions|someone|somebody|anyone|anybody|a ticket|permission|direction|an assignment|asked|told|assigned)\b/,
];
/** The patterns behind a word index: a sentence is tried only on those whose words it holds. */
export const BOUNDARY_INDEX = new PatternIndex(BOUNDARY);

/** "n't" and "cannot" spelled out, as the boundary phrases read them: the text itself when it has neither. */
export function spellOutNegations(text: string): string {
  let out = text;
  if (out.includes("n't")) out = out.replace(/n't\b/g, ' not');
  if (out.includes('cannot')) out = out.replace(/\bcannot\b/g, 'can not');
  return out;
}

/** The sentence says the work was outside the author's remit or unassigned (the review's Ownership evidence reads it too). */
export function saysScopeBoundary(story: Story, s: Span): boolean {
  return BOUNDARY_INDEX.some(spellOutNegations(squeezeSpaces(story.spokenLower.slice(s.start, s.end))));
}

export function statesScopeBoundary(story: Story): boolean {
  for (const section of story.sections) {
    if (section.kind !== 'situation' && section.kind !== 'task' && section.kind !== 'action') continue;
    if (section.sentences.some((s) => saysScopeBoundary(story, s))) return true;
  }
  return false;
}

export const rule: Rule = {
  id: 'missing-scope-boundary',
  severity: 'warning',
  sections: 'Task (Situation and Action count too), in a story whose aim is ownership',
  summary: 'No statement that the work was outside your remit or unassigned ("not my team", "no ticket existed", "nobody asked me").',
  check({ story, aim }) {
    // A conflict, disagree-and-commit, mentoring or customer story is judged by what its competency needs, not by a boundary.
    if (!aim.needsScopeBoundary) return [];
    const tasks = sectionsOf(story, 'task');
    const situations = sectionsOf(story, 'situation');
    if (tasks.length === 0 && situations.length === 0) return [];
    if (tasks.length > 0 && tasks[0].sentences.length === 0) return []; // an empty Task is empty-section's finding
    if (statesScopeBoundary(story)) return [];
    const task = tasks[0];
    const where = task ?? situations[0];
    const first = where.sentences[0];
    const sentence = '${1:‹Why this was not yours: whose system it was, that no ticket existed, that nobody asked you›}.';
    const finding: Finding = {
      span: headingTextSpan(story, where.heading),
      message: `${where.name} never says the work was outside your remit or unassigned, so the interviewer will assume it was handed to you. Say so: “not my team”, “no ticket existed”, “nobody asked me”.`,
      fixes: [first ? insert('State the scope boundary', withMarkup(story, first).start, `${sentence} `) : insert('State the scope boundary', where.heading.span.end, `${lineBreakOf(story.text).repeat(2)}${sentence}`)],
    };
    return [finding];
  },
};
