// missing-scope-boundary: nothing says the work was outside the author's remit or unassigned, so it sounds assigned.
import { insert } from '../fixes';
import type { Story } from '../story';
import { squeezeSpaces, type Span } from '../text';
import type { Finding, Rule } from '../types';
import { headingTextSpan, sectionsOf, withMarkup } from './helpers';
import { lineBreakOf } from '../skeletons';
import { wordAlternation } from '../language/classes';
import { PatternIndex } from '../language/prefilter';
import type { PhraseEntry } from './phrase-rule';

const MINE = wordAlternation('ownPronouns');
const CALL = wordAlternation('remitCalls');

/**
 * What says the work was outside the author's remit or unassigned: each entry's phrase (over the sentence in lower
 * case, "n't" spelled out) with sentences it must hear as a boundary and near ones it must not, in a Task of an
 * Ownership story (test/scope-boundary-words.test.ts runs every one).
 */
export const BOUNDARY_ENTRIES: readonly PhraseEntry[] = [
  {
    pattern: /\bnot (?:really )?(?:my|our|to my|to our|for my|for our|in my|in our|on my|on our|part of my|part of our|within my|within our|under my|under our|on anyone's|on anybody's|in anyone's|on any team's|anyone's|anybody's) (?:own )?(?:\w+ )?(?:team|team's|teams|job|area|responsibility|project|code|service|system|remit|scope|role|domain|lane|backlog|roadmap|sprint|ownership|org|problem|ticket|charter|mandate|queue|plate|okrs?|list|radar|books)\b/.source,
    flags: ["The flaky export was not my team's problem.", "It was not on anyone's roadmap."],
    allows: ["It was my team's problem from the start."],
  },
  {
    pattern: /\b(?:outside|beyond)(?: of)? (?:my|our|the scope of my|the scope of our|anything my|what my)\b/.source,
    flags: ["The billing job sat outside my team's area."],
    allows: ['I waited outside the server room until the vendor arrived.'],
  },
  {
    pattern: /\bno (?:ticket|jira|issue|task|story|bug report|bug|defect|work item|work order|job|fault report|change request|request)(?: \w+)? (?:existed|had (?:ever |yet |even )?been (?:filed|raised|opened|created|logged)|was (?:ever )?(?:filed|raised|open|opened|logged|tracking))/.source,
    flags: ['No ticket existed for the drift.', 'No bug report had been filed.', 'No work order had ever been raised against the false alarms.'],
    allows: ['A ticket existed for the drift, assigned to me.'],
  },
  {
    pattern: /\bthere (?:was|were|had been) no (?:\w+ )?(?:ticket|tickets|owner|owners|alert|alerting|assignment|jira|sla|slo|on-call|monitoring|incident|incidents|request|issue|issues|bug|bugs|task|tasks)\b/.source,
    flags: ['There was no owner for the nightly job.', 'There was no alerting on the queue.'],
    allows: ['There was a new owner for the nightly job.'],
  },
  {
    pattern: /\b(?:nobody|no one|no-one|none of (?:the )?(?:\w+ )?(?:teams|us|them)) (?:(?:in|at|from|on) (?:the |my |our )?(?:[\w'’-]+ ){1,2})?(?:\w+ )?(?:(?:there )?or (?:in|on|at) (?:the|my|our) (?:[\w-]+ ){0,2}(?:team|group|department|desk|office) )?(?:owned|owns|claimed|asked|assigned|picked|tracked|looked|took|watched|monitored|noticed|was (?:assigned|asked|looking|tracking|watching|working|on it|responsible|accountable)|is (?:responsible|accountable)|had (?:asked|picked|looked|owned|claimed|filed|noticed|touched|requested|invited|wanted)|(?:had been|was|were) (?:asked|assigned|tasked|told)|(?:had )?(?:put|dropped|pushed|handed|passed) (?:it|this|that|them|these|those|the [\w-]+) (?:in front of|on|onto|over to|to) (?:me|my (?:plate|desk|list|queue))|expected (?:me|the new [\w-]+(?: [\w-]+)?) to)/.source,
    flags: ['Nobody owned the importer.', 'No one had asked for it.', 'None of the teams tracked the backlog.', 'Nobody had requested my involvement.', 'Nobody there or in the rescue team had asked me to dig into it.', 'Those gates were never mine, and nobody in lift ops had put them on my plate.', 'No one from the ward had passed the rota over to me.', "Nobody on the operator's payroll is responsible for it."],
    allows: ['Everybody owned a piece of the importer.', 'Somebody in lift ops had put them on my plate.'],
  },
  {
    // the author's remit said to stop short of it: "my group's charter stops at the historian", "nowhere in my job description"
    pattern: /\b(?:(?:my|our) (?:[\w'’-]+ )?(?:charter|remit|scope|brief|mandate|responsibilities|job) (?:stops|stopped|ends|ended) (?:at|short of|before)|nowhere in (?:my|our) (?:job description|remit|role|brief|objectives|goals|contract)|(?:with )?no (?:sponsor|mandate|budget line)\b)/.source,
    flags: ["My group's charter stops at the furnace's data historian.", 'It appears nowhere in my job description.', 'It was a side project of mine, with no sponsor.'],
    allows: ['My charter covers the furnace and the batch house.'],
  },
  {
    // where the author's part stops, said as what it leaves out: "my team writes the conveyor software and nothing
    // upstream of it", "we look after the tills, nothing behind them"
    pattern: /\b(?:my (?:[\w'’-]+ )?(?:team|group|unit|desk|crew|job|role)|we|i) (?:write|writes|wrote|own|owns|owned|run|runs|ran|look after|looks after|looked after|maintain|maintains|maintained|support|supports|supported|cover|covers|covered) (?:[\w'’-]+ ){0,4}[\w'’-]+(?: and|,) nothing (?:upstream|downstream|beyond|behind|past|outside|else)\b/.source,
    flags: ['My team writes the conveyor software and nothing upstream of it.', 'We look after the tills, nothing behind them.'],
    allows: ['My team writes the conveyor software and the sorter drivers.'],
  },
  {
    // no work item named the author: "no job card carried my name", "no work order had my name on it"
    pattern: /\bno (?:job card|work order|ticket|task|card|request|job|work item) (?:carried|had|bore|named|mentioned|listed) (?:my|our) (?:name|team)\b/.source,
    flags: ['No job card carried my name.', 'No work order had my name on it.'],
    allows: ['The job card carried my name.'],
  },
  {
    // work that never came to the author: "it never landed on my desk", "the ticket didn't come to me"
    pattern: /\b(?:never|didn't|did not|hadn't|had not|wasn't|was not) (?:land|landed|come|came|fall|fell|been (?:sent|passed|given|handed)) (?:on|onto|to) (?:my (?:plate|desk|list|queue|team)|me)\b/.source,
    flags: ['The rota never landed on my desk; I found it by chance.', "The ticket didn't come to me or my team."],
    allows: ['The rota landed on my desk on Monday.'],
  },
  {
    pattern: /\bno (?:clear |real |single )?(?:owner|ownership)\b/.source,
    flags: ['The dashboard had no clear owner.'],
    allows: ["The dashboard had a clear owner in the data team's lead."],
  },
  {
    pattern: /\b(?:unowned|unassigned|orphaned|ownerless)\b|\b(?:an?|the|this) (?:[\w-]+,? ){0,2}abandoned (?:[\w-]+ )?(?:project|system|service|tool|codebase|repo|repository|pipeline|dashboard|job|migration|integration|app|script|module)\b/.source,
    flags: ['The cron job was unowned.', 'It was an orphaned service.', 'I had to take ownership of a complex, abandoned project.'],
    allows: ['The cron job was owned by me.', 'I abandoned the first plan after a week.'],
  },
  {
    pattern: /\b(?:nobody|no one|no-one|no team)['’]s (?:work |to-do |todo |team |support )?(?:job|problem|responsibility|area|backlog|list|roadmap|radar|plate|queue|sprint)\b/.source,
    flags: ["Cleaning the feed was nobody's job.", "It was no team's problem.", "The stalls appeared on nobody's work list."],
    allows: ["Cleaning the feed was everybody's favourite chore.", "Cleaning the feed was nobody's favourite job."],
  },
  {
    // "lies entirely within the vendor's contract": another party's remit
    pattern: /\b(?:lies|lay|lie|sits|sat|falls|fell|is|was|were|are) (?:entirely |wholly |squarely |firmly |well )?(?:within|inside|under) (?:the|another|a|an|their) (?:[\w'’-]+ ){0,3}(?:team|group|vendor|contractor|supplier|partner|department|director|manager|lead|org|unit|agency|provider|office|operator|client|council|authority|owner|landlord)['’]s? (?:[\w-]+ )?(?:contract|agreement|remit|scope|responsibility|domain|area|patch|turf|brief|charter)\b/.source,
    flags: ["The results feed lies entirely within the vendor's contract.", "The printers fell under the facilities team's remit.", "The gate telemetry sat under the civil contractor's maintenance agreement rather than with my group."],
    allows: ['The results feed lies entirely within my remit.', "The fix fell within the release's scope."],
  },
  {
    pattern: /\b(?:no part of|nothing in) (?:my|our) (?:[\w-]+ )?(?:role|job|remit|scope|brief|contract|responsibilit\w*|goals|objectives)(?: description)?\b/.source,
    flags: ['No part of my role extends to it.', 'Nothing in my role description extends to trackside equipment.'],
    allows: ['No part of the release was late.', 'Nothing in the logs explained it.'],
  },
  {
    // "is the responsibility of the maintenance contractor"
    pattern: /\b(?:is|was|are|were) (?:the |a )?(?:sole |shared )?responsibility of (?:the|another|a|an|their) (?!same\b)/.source,
    flags: ['Points heating is the responsibility of the infrastructure maintenance contractor.'],
    allows: ['Points heating is my responsibility.', 'It was the responsibility of my own team.'],
  },
  {
    // "they appeared in no plan of mine"
    pattern: /\b(?:in|on) no (?:[\w-]+ )?(?:plan|list|backlog|roadmap|brief|remit|sprint|queue)s?(?: of (?:mine|ours)| anywhere)?\b/.source,
    flags: ['The alarms appeared in no plan of mine.', 'It appeared in no backlog anywhere in the resort.'],
    allows: ['The alarms appeared in my plan for the quarter.'],
  },
  {
    // "my department had never been consulted about them"
    pattern: /\b(?:my|our) (?:own )?(?:team|department|group|squad|unit|office|lab) (?:had |has |was |were )?(?:never|not) (?:once )?(?:been )?(?:consulted|asked|involved|told)\b/.source,
    flags: ['My department had never been consulted about them.'],
    allows: ['My department had been consulted about them.'],
  },
  {
    // another group's patch, turf or court: "the gates sat in the port engineering group's patch"
    pattern: /\b(?:in|on|within|inside) (?:the|another|a different|a sister|a partner) [\w'’-]+(?: [\w'’-]+){0,3} (?:team|group|org|vendor|department|contractor|squad|unit)['’]s (?:patch|area|turf|territory|domain|remit|backlog|court|lane|queue|corner|world)\b/.source,
    flags: ["The gates sat in the port engineering group's patch.", "The ball was in the other team's court."],
    allows: ["The gates sat in my group's patch.", "I read the notes in the other team's wiki."],
  },
  {
    // "fell between two stools", "fell between those three desks and landed on none"
    pattern: /\b(?:fell|falls|slipped|slips) (?:through|between) (?:the cracks|(?:the |those |these |our )?(?:\w+ )?(?:teams|desks|chairs|stools|groups|departments|owners|offices|contracts))|\blanded on (?:none|nobody['’]s (?:desk|plate|list)|no one['’]s (?:desk|plate|list)|no (?:desk|team|plate))\b/.source,
    flags: ['The alert fell through the cracks.', 'The work fell between two teams.', 'The gaps fell between those three desks and landed on none.', 'The cleanup slipped between the two contracts.', 'The report landed on nobody\'s desk.'],
    allows: ['The alert fell silent after the fix.', 'The parcel landed on my desk.', 'Prices fell between the two quarters.'],
  },
  {
    pattern: /\bwithout (?:being asked|a ticket|an assignment|anyone asking|any ticket|anybody asking)\b/.source,
    flags: ['I picked it up without being asked.', 'I did it without a ticket.'],
    allows: ['I picked it up without a second thought.'],
  },
  {
    pattern: /\b(?:was|is|were) not (?:assigned|asked|on any (?:roadmap|backlog|sprint|team's))/.source,
    flags: ['The bug was not assigned to anyone.', 'It was not on any roadmap.'],
    allows: ['The bug was assigned to me on Monday.'],
  },
  {
    pattern: /\bon my own (?:time|initiative)\b/.source,
    flags: ['I fixed it on my own time.', 'I started it on my own initiative.'],
    allows: ['I fixed it on my own.'],
  },
  {
    pattern: /\bbelong(?:s|ed)? to (?:them\b|(?:[\w'’-]+ )?(?:engineering|operations|production|finance|facilities|maintenance|procurement|security|legal|marketing|sales|logistics|compliance|networking|infrastructure|estates)\b|neither (?:my|our)\b|(?:another|a different|a sister|a partner|the)(?: [\w'’-]+){0,3} (?:team|group|org|vendor|department|contractor|squad|supplier|county|council|city|state|trust|operator|airline|airport|landlord|client|agency|authority|ministry|rigger|foreman|supervisor|officer|controller|administrator|custodian|steward|registrar|warden))\b/.source,
    flags: ['The export belonged to the data platform team.', 'The kiosks belonged to a partner vendor.', 'The gateway, though, belonged to the county.', 'It belonged to neither my department nor my contract.', 'The rigging sheet belonged to the head rigger.', 'The batch house belongs to production engineering.', 'By the service contract this gateway belongs to them.'],
    allows: ['The kiosks belonged to my group.', 'The fault belongs to a class of race conditions.'],
  },
  {
    pattern: /\b(?:(?:was|were|is|are) |supplied and |installed and |built and )(?:run|owned|maintained|managed|operated|looked after) by (?:the|another|a different|a sister|a partner|their|an outside) [\w'’-]+(?: [\w'’-]+){0,2} (?:team|group|org|vendor|department|contractor|squad|supplier)\b/.source,
    flags: ['The scheduler was run by the infrastructure team.', 'The hold logic lives in a cabinet supplied and maintained by the ropeway contractor.'],
    allows: ['The scheduler was run by me every night.'],
  },
  {
    pattern: /\bmy (?:remit|scope|responsibility|job|role|team's (?:scope|remit|responsibility)) (?:stopped|ended|stops|ends|was limited to)\b/.source,
    flags: ['My remit stopped at the API gateway.'],
    allows: ['My remit was the API gateway.'],
  },
  {
    pattern: /\b(?:nobody|no one|no-one|no team) had (?:opened|filed|raised|logged|reported|written up|mentioned|flagged) (?:a |an |any )?(?:ticket|bug|issue|report|it)\b/.source,
    flags: ['Nobody had mentioned it in stand-up.', 'No team had raised a ticket.'],
    allows: ['Somebody had filed a ticket, and it came to me.'],
  },
  {
    pattern: /\bnothing (?:had been|was|has been) (?:filed|opened|raised|logged|reported|tracked|written)\b/.source,
    flags: ['Nothing had been filed about it.'],
    allows: ['A report had been filed by the night shift.'],
  },
  {
    pattern: /\b(?:another|a different|a sister|a partner|a neighboring|a neighbouring) team['’]s\b/.source,
    flags: ["The parser was another team's code."],
    allows: ["The parser was my team's code."],
  },
  {
    pattern: /\bowned by (?:another|a different|a sister|the \w+(?: \w+)?) team\b/.source,
    flags: ["It's owned by the payments team.", 'The service was owned by a sister team.'],
    allows: ['The service was owned by my team.'],
  },
  {
    pattern: /\bnot (?:officially |formally |actually |explicitly |ever |really )?(?:assigned|asked|given) to (?:me|my team|us)\b/.source,
    flags: ['The migration was not assigned to me.', "I wanted to automate it, even though it wasn't officially assigned to me."],
    allows: ['The migration was assigned to me.', 'It was officially assigned to me in March.'],
  },
  // "I had no formal authority to change the process": the author acted without the remit to
  {
    pattern: /\b(?:(?:i|we|my team|our team|my group) (?:had|have|held)|with) no (?:formal |official |real |direct )?(?:authority|mandate|remit|say|budget authority) (?:to|over|on|for)\b/.source,
    flags: ['I had no formal authority to change the process.', 'I had no mandate over the build servers.'],
    allows: ['I had the authority to change the process.', 'The committee had no say on the timetable, so I waited.'],
  },
  // "the screening service sits with financial-crime engineering", "retuning the jets sat with the controls engineers"
  // (not "I sat with the payments engineers": a person sitting with a team says where they worked)
  {
    pattern: /(?<!\b(?:i|we|he|she|they) )\b(?:sits|sat|lives|lived|lies|lay|rests|rested) with (?:the |another |a different |a sister )?[\w'’-]+(?: [\w'’-]+){0,2} (?:team|engineers|engineering|group|department|org|squad|vendor|contractors?|owners?)\b/.source,
    flags: ['The screening service sits with financial-crime engineering.', 'Retuning the jets sat with the controls engineers.'],
    allows: ['I sat with the payments engineers for a week.'],
  },
  // "the test station was the manufacturing test group's code", "my quarterly goals said nothing about it"
  {
    pattern: /\b(?:was|is|were|are) (?:the |another |a different |a sister )[\w'’-]+(?: [\w'’-]+){0,3}['’]s (?:code|system|service|tool|software|repo|area|problem|responsibility|domain|job|project|pipeline|platform)\b/.source,
    flags: ["The test station was the manufacturing test group's code."],
    allows: ['The test station was the oldest code we had.'],
  },
  {
    pattern: /\b(?:my|our) (?:[\w-]+ )?(?:goals|okrs|roadmap|plan|job description|remit|charter) (?:said|says|mentioned|covered|included) nothing (?:about|of) (?:it|this|that)\b/.source,
    flags: ['My quarterly goals said nothing about it.'],
    allows: ['My quarterly goals said a lot about it.'],
  },
  // "my volunteer role covered the website and nothing else"
  {
    pattern: /\b(?:my|our) (?:[\w-]+ )?(?:role|job|remit|scope|responsibilit\w*|brief|contract) (?:covered|was|included|meant|stopped at) [^.;]{0,80}\b(?:and|but) nothing (?:else|more)\b/.source,
    flags: ['My volunteer role covered the website and nothing else.'],
    allows: ['My volunteer role covered the website and the newsletter.'],
  },
  // "the playout server is engineering's, not the digital team's"
  {
    pattern: /\b(?:is|was|are|were) (?:[\w-]+ ){0,2}[\w-]+['’]s,? not (?:my|our|the|mine|ours)\b/.source,
    flags: ["The playout server is engineering's, not the digital team's."],
    allows: ["The playout server is engineering's pride."],
  },
  // "the service was not mine to fix", "it wasn't ours to fix", "the ledger was never mine"
  {
    pattern: new RegExp(`\\bnot (?:really |strictly |technically |officially |even )?(?:${MINE}) to [a-z]+\\b`).source,
    flags: ['The service was not mine to fix.', "It wasn't ours to change."],
    allows: ['The fix was mine to make.'],
  },
  {
    // "the ledger was never mine", "neither is my team's", "none of it was ours"
    pattern: new RegExp(`\\b(?:(?:was|is|were|are) (?:not|never|not really)|(?:neither|none)(?: of (?:it|them|the \\w+))? (?:was|is|were|are)) (?:${MINE}|(?:my|our) (?:team|group|department)['’]s)\\b`).source,
    flags: ['The ledger was never mine.', "The controllers belong to process engineering and shade quality to the colour lab; neither is my team's.", 'None of it was ours.'],
    allows: ['The ledger was mine.', 'Both were mine.'],
  },
  // "it was not my call", "not our place to change it"
  {
    pattern: new RegExp(`\\bnot (?:really )?(?:my|our|my team's|our team's) (?:${CALL})\\b`).source,
    flags: ['It was not my call to make.', "It wasn't our place to change their retry policy."],
    allows: ['Changing the vendor feed was my call.'],
  },
  // "the merge logic lived in the support tools team's service, not mine", "the exporter is finance's code, not ours"
  {
    pattern: /\b[\w'’-]+(?: [\w'’-]+){0,3},? not (?:mine|ours|my team's|our team's|my lab's|my group's)\b/.source,
    flags: ["The merge logic lived in the support tools team's service, not mine."],
    allows: ['The merge logic was mine, and I fixed it.'],
  },
  // "not my lab", "not my group's": a unit of the author's own that the work was outside
  {
    pattern: /\bnot (?:my|our) (?:lab|lab's|group|group's|department|department's|squad|squad's|unit|unit's|org|org's|office|office's|site|site's)\b/.source,
    flags: ["The freezer was not my lab's.", "The rota was not my department's."],
    allows: ['The freezer was in my lab.'],
  },
  // "no ticket tracked it", "no issue covered the failures"
  {
    pattern: /\bno (?:ticket|jira|issue|task|story|bug report|bug|work item|request)(?: \w+)? (?:tracked|covered|mentioned|described|captured|pointed (?:at|to)|named|referenced|asked for) (?:it|this|that|them|the|any)\b/.source,
    flags: ['No ticket tracked it.', 'No issue covered the failures.', 'No ticket pointed at the planning software.'],
    allows: ['A ticket tracked it.'],
  },
  // "rather than waiting for instructions": nobody had asked
  {
    pattern: /\b(?:rather than|instead of) waiting (?:for|to be|until) (?:instructions|someone|somebody|anyone|anybody|a ticket|permission|direction|an assignment|asked|told|assigned)\b/.source,
    flags: ['Rather than waiting for instructions, I opened the logs.'],
    allows: ['Rather than waiting for the build, I read the logs.'],
  },
];
export const BOUNDARY = BOUNDARY_ENTRIES.map((e) => new RegExp(e.pattern));
/** The patterns behind a word index: a sentence is tried only on those whose words it holds. */
export const BOUNDARY_INDEX = new PatternIndex(BOUNDARY, 'boundary');

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
