// The shared word classes, as data: each class is its words (lower case, straight apostrophes, separated by white
// space), what it is for, and sentences that show it at work. `test/classes.test.ts` reads every example, rejects a
// word written twice in a class, and checks that every verb class holds verbs the lexicon can lemmatize.
//
// An example is either a reading of the clause reader (the sentence and each clause that has a verb, as
// kind/actor/lemma, the notation of test-fixtures/language/clauses.tsv) or a rule's finding: `flags` sentences
// must be flagged by `rule` when they stand in `section`, `allows` sentences must not.
import type { SectionKind } from '../story';

export interface ClassExample {
  /** Clause readings this class makes right: [sentence, "kind/actor/lemma …"]. */
  reads?: readonly (readonly [string, string])[];
  /** A rule whose findings depend on this class, with sentences it must flag and sentences it must leave alone. */
  rule?: string;
  section?: SectionKind;
  /** The competencies the example's story claims, where the rule reads the story's aim (no front matter otherwise). */
  competencies?: readonly string[];
  flags?: readonly string[];
  allows?: readonly string[];
}

export interface WordClass {
  doc: string;
  words: string;
  /** Whether every word is a verb in its dictionary form (the guard test lemmatizes each). */
  verbs?: boolean;
  examples: readonly ClassExample[];
}

export const WORD_CLASSES = {
  subjectPronouns: {
    doc: 'Words that can stand alone as the subject of a clause.',
    words: 'i we they he she you it someone somebody nobody everyone everybody anyone everything nothing something this that these those',
    examples: [{ reads: [['She rolled the change back and I wrote the postmortem.', 'main/other/roll main/i/write']] }],
  },
  possessives: {
    doc: 'Possessive determiners: whose work or whose team a noun phrase names.',
    words: 'my our their his her its your whose',
    examples: [{ rule: 'we-language', section: 'action', flags: ['Our squad rebuilt the importer over a weekend.'], allows: ['Their squad rebuilt the importer over a weekend.'] }],
  },
  determiners: {
    doc: 'Words that open a noun phrase; a quote or a question never ends on one.',
    words: 'the a an this that these those every each another some any no all both either neither which what my our their his her its your',
    examples: [{ reads: [['I listed the steps we would take.', 'main/i/list relative/we/take']] }],
  },
  nounPhraseOpeners: {
    doc: 'The determiners that surely open a noun phrase ("that" and "which" also open clauses, so they are not here).',
    words: 'the my our their his her its a an every each all both some no',
    examples: [{ reads: [['In March my lead handed me the backlog.', 'main/authority/hand']] }],
  },
  auxiliaries: {
    doc: 'Helping verbs: they belong to the verb group, and a quote never ends on one.',
    words: "am is are was were be been being have has had having do does did will would shall should can could may might must 's 're 've 'd 'll",
    examples: [{ reads: [['We had already shipped the fix.', 'main/we/ship']] }],
  },
  beForms: {
    doc: 'The forms of "be": a passive is one of these before a past participle.',
    words: "am is are was were be been being 's 're",
    examples: [{ rule: 'passive-voice', section: 'action', flags: ['The nightly export was disabled for a week.'], allows: ['I disabled the nightly export for a week.'] }],
  },
  getForms: {
    doc: 'The forms of "get", which make a passive too ("the config got rolled back").',
    words: 'get gets got gotten getting',
    examples: [{ rule: 'passive-voice', section: 'action', flags: ['The config got rolled back before lunch.'], allows: ['I got the config rolled back before lunch.'] }],
  },
  modals: {
    doc: 'Modal verbs: a clause with one tells what could happen, not what was done.',
    words: 'could would can might may will should',
    examples: [{ reads: [['I rewrote the loader so the team could ship daily.', 'main/i/rewrite purpose/group/ship']] }],
  },
  negations: {
    doc: 'Words that turn a clause into what did not happen.',
    words: "not never no n't nobody none nothing nowhere without",
    examples: [{ rule: 'we-language', section: 'action', flags: ['We deployed the hotfix to the depot tablets.'], allows: ['We never deployed the hotfix to the depot tablets.'] }],
  },
  adverbialSubordinators: {
    doc: 'Words that open a clause giving a time, a reason or a condition: it is not the sentence\'s main clause.',
    words: 'because since after before when while although though until once if unless whereas whenever as',
    examples: [
      { reads: [['When we paged the owner, I rolled the release back.', 'subordinate/we/page main/i/roll'], ['Because we lacked a staging copy, I built one.', 'subordinate/we/lack+state main/i/build']] },
      { rule: 'we-language', section: 'action', flags: ['We paged the owner, and I rolled the release back.'], allows: ['Once we paged the owner, I rolled the release back.'] },
    ],
  },
  lessonQualifiers: {
    doc: 'Words after which a lesson only qualifies itself ("…, especially with a vendor"): the lesson is read up to them.',
    words: 'especially even',
    examples: [{ rule: 'generic-reflection', section: 'reflection', flags: ['I learned that communication is key, especially with the warehouse staff.'], allows: ['I learned that the cycle-count export needs a row count, especially for the warehouse staff.'] }],
  },
  relativePronouns: {
    doc: 'Words that open a clause about a noun before them ("the vendor who shipped it").',
    words: 'who whom which where whose',
    examples: [{ reads: [['I rewrote the parser, which we had inherited from the vendor.', 'main/i/rewrite relative/we/inherit+state']] }],
  },
  clauseSplitters: {
    doc: 'Subordinators that split a sentence wherever they stand, even with no subject right after them.',
    words: 'because although though whereas unless until while',
    examples: [{ reads: [['I kept the old parser running until the new one matched it.', 'main/i/keep subordinate/thing/match']] }],
  },
  timeOpeners: {
    doc: 'Words that open either a clause ("after we shipped") or only a phrase of time ("after the outage").',
    words: 'after before since until during once',
    examples: [{ reads: [['After the outage, I wrote the runbook.', 'main/i/write'], ['After we shipped, I wrote the runbook.', 'subordinate/we/ship main/i/write']] }],
  },
  coordinators: {
    doc: 'Words that join two clauses of equal rank.',
    words: 'and but then yet or plus',
    examples: [{ reads: [['I traced the leak and she wrote the patch.', 'main/i/trace main/other/write']] }],
  },
  prepositions: {
    doc: 'Prepositions: a quote or a question never ends on one.',
    words: 'of in on at by for with from to into onto over under about across through during after before between against without within among toward towards via per than upon around behind beyond',
    examples: [{ rule: 'we-language', section: 'action', flags: ['We traced the drain to a race in the retry loop.'], allows: ['I traced the drain to a race in the retry loop.'] }],
  },
  nounPhraseBreaks: {
    doc: 'Words that end a subject\'s noun phrase besides the prepositions ("the team like ours").',
    words: 'as like despite instead',
    examples: [{ reads: [['The team despite the freeze shipped the patch.', 'main/group/ship']] }],
  },
  openingAdverbs: {
    doc: 'Adverbs that stand before a clause\'s subject or verb without changing who acted.',
    words: 'then first finally eventually later also next afterwards afterward immediately soon quickly instead meanwhile still so now once again additionally ultimately initially personally',
    examples: [{ reads: [['Then we rolled the release back.', 'main/we/roll'], ['Finally I wrote the runbook.', 'main/i/write']] }],
  },
  particles: {
    doc: 'Particles of phrasal verbs ("rolled out", "dealt with"): a rewrite keeps them with their verb.',
    words: 'up out off down back away onto',
    examples: [{ rule: 'we-language', section: 'action', flags: ['We rolled out the new scanner firmware.'], allows: ['I rolled out the new scanner firmware.'] }],
  },
  closingParticles: {
    doc: 'Particles a question may end on after the verb\'s object ("who got lead time down?", "who rolled the release back?"); "up", "out" and "off" read as prepositions at the end, so a question goes on past them.',
    words: 'down back away',
    examples: [{ rule: 'we-language', section: 'action', flags: ['We got fixture lead time down from 11 days to 4.'], allows: ['I got fixture lead time down from 11 days to 4.'] }],
  },
  pairingPrepositions: {
    doc: 'Prepositions that join a word to itself in one phrase ("clinic by clinic", "end to end", "day after day"): a question never stops inside one.',
    words: 'by to after upon in for over',
    examples: [{ rule: 'we-language', section: 'action', flags: ['We rolled it out clinic by clinic over a month.'], allows: ['I rolled it out clinic by clinic over a month.'] }],
  },
  phrasalPrepositions: {
    doc: 'Prepositions that complete a phrasal verb ("dealt with", "dug into"): a rewrite keeps them with their verb.',
    words: 'in on over through with into about for to at from around along',
    examples: [{ rule: 'we-language', section: 'action', flags: ['We dealt with the backlog over two weekends.'], allows: ['I dealt with the backlog over two weekends.'] }],
  },
  leadingPhraseOpeners: {
    doc: 'Prepositions whose short phrase may stand before a clause\'s subject after "and" or a comma: "and between the three of us the call was made".',
    words: 'between among by after before during within from at in',
    examples: [{ reads: [['I talked it through with the leads, and between the three of us the call was made.', 'main/i/talk main/thing/make+passive'], ['I logged it in their portal, and from there their instrumentation people took it on.', 'main/i/log main/other/take'], ['I sent the draft, and in the end the director chose the cheaper plan.', 'main/i/send main/authority/choose']] }],
  },
  timeNouns: {
    doc: 'Spans of time that, after "each", "that" or "next", tell when before a clause\'s subject: "Each morning I posted the list".',
    words: 'morning mornings evening night afternoon day days week weeks weekend month months quarter year time sprint sprints shift spring summer autumn winter',
    examples: [{ reads: [['Each morning I posted every fault on the hall screen.', 'main/i/post']] }],
  },
  prepositionParticiples: {
    doc: 'Past forms that, before one of their prepositions, describe a noun and are never its verb: "the team based in Lisbon", "a plan based on the audit".',
    words: 'based',
    examples: [{ reads: [['I was asked to lead our platform team based on this work.', 'main/i/ask+passive']] }],
  },
  unfinishedEnds: {
    doc: 'Words a quoted phrase never ends on besides the function-word classes: a reader hears the sentence stop.',
    words: "nor not n't due according thanks prior owing regardless irrespective instead",
    examples: [{ rule: 'we-language', section: 'action', flags: ['We did not wait for the vendor and patched the reader.', 'We dropped the nightly retries due to timeouts on the queue.'], allows: ['I did not wait for the vendor and patched the reader.', 'I dropped the nightly retries due to timeouts on the queue.'] }],
  },
  objectPronouns: {
    doc: 'Pronouns that can follow a verb as its object.',
    words: 'it them this that him her us me everything',
    examples: [{ rule: 'we-language', section: 'action', flags: ['We turned it off at midnight.'], allows: ['I turned it off at midnight.'] }],
  },
  wePhraseCounts: {
    doc: 'Words that make a group of the speaker with "of us" ("the two of us", "both of us").',
    words: 'two three four five both all each several most some many rest pair trio',
    examples: [{ rule: 'we-language', section: 'action', flags: ['The two of us rewrote the scheduler.', 'Both of us rewrote the scheduler.'], allows: ['Two of them rewrote the scheduler.'] }],
  },
  groupNouns: {
    doc: 'Nouns for a group: as the subject, they hide who acted.',
    words: 'team teams squad group everyone everybody folks crew org organization department tribe guild',
    examples: [{ rule: 'we-language', section: 'action', flags: ['The squad rewrote the scheduler.', 'My crew replaced the sensors.'], allows: ['I walked the squad through the new scheduler.', 'Their crew replaced the sensors.'] }],
  },
  authorityNouns: {
    doc: 'Nouns for people who can hand work to the author or approve it.',
    words: 'manager managers boss lead leads director directors vp vps cto ceo cio cpo leadership management supervisor head skip-level pm pms owner sponsor stakeholders principal architect mentor em',
    examples: [{ rule: 'assigned-work', section: 'task', flags: ['My supervisor handed me the migration.'], allows: ['I asked my supervisor for the migration.'] }],
  },
  peerNouns: {
    doc: 'Nouns for peers: "our engineers" is a group that hides who acted, "my teammate" is someone else.',
    words: `teammate teammates colleague colleagues peer peers partner engineer engineers on-call oncall sre dev devs developers owners admin admins folks people contact
fitter fitters electrician electricians plumber plumbers mechanic mechanics technician technicians installer installers joiner joiners welder welders
surveyor surveyors inspector inspectors rep reps`,
    examples: [
      { rule: 'we-language', section: 'action', flags: ['Our engineers rewrote the sync job.'], allows: ['My teammate rewrote the sync job.'] },
      { rule: 'routing-not-ownership', section: 'action', flags: ['I phoned the lift company, and their fitter came round on the Monday and fixed it.'], allows: ['I phoned the lift company, and their brochure came round on the Monday.'] },
    ],
  },
  countedPeople: {
    doc: 'People a result counts: after a number word they make it a measurement ("three engineers"), and "many customers" is a vague count.',
    words: 'user users customer customers merchant merchants client clients patient patients engineer engineers people team teams student students driver drivers nurse nurses doctor doctors subscriber subscribers member members',
    examples: [
      { rule: 'result-no-metric', section: 'result', flags: ['The pharmacists stopped filing reports by hand.'], allows: ['Twelve nurses stopped filing reports by hand.'] },
      { rule: 'vague-estimate', section: 'result', flags: ['The change helped many customers in the north region.'], allows: ['The change helped 40 customers in the north region.'] },
    ],
  },
  servedPeople: {
    doc: 'People a business serves: counted in a Result ("four thousand more patrons a month"), they make the change a business effect; only named ("it worked out for the drivers"), they do not. Not "readers", "fans" or "parents": card readers, cooling fans and parent records are machines and data.',
    words: 'customer customers user users merchant merchants client clients patient patients member members subscriber subscribers shopper shoppers buyer buyers seller sellers rider riders driver drivers student students teacher teachers learner learners pupil pupils citizen citizens resident residents player players partner partners tenant tenants claimant claimants patron patrons guest guests visitor visitors passenger passengers traveller travellers traveler travelers commuter commuters listener listeners viewer viewers caller callers diner diners donor donors family families audience audiences spectator spectators borrower borrowers applicant applicants taxpayer taxpayers motorist motorists',
    examples: [
      { rule: 'result-no-business-impact', section: 'result', flags: ['The holds shelf was cleared faster.', 'It worked out great for the patrons.', 'Declined requests from the 4.2 readers went from 200 a day to zero.'], allows: ['About four thousand more books a month reached the patrons who asked for them.', 'Passengers waiting over ten minutes fell from 30% to 8%.', 'That is about sixty families a quarter who now receive the certificate a week sooner.'] },
    ],
  },
  measureUnits: {
    doc: 'Units and counted things besides people: after a number word they make it a measurement ("five minutes").',
    words: `% percent x times fold ms millisecond milliseconds second seconds sec secs s minute minutes min mins hour hours hr hrs h
day days week weeks month months year years quarter quarters sprint sprints k m gb mb tb request requests rps qps order orders ticket
tickets page pages alert alerts error errors incident incidents service services dollar dollars euro euros pound pounds point points pp
deploy deploys release releases build builds call calls job jobs record records row rows event events message messages crashes session
sessions transaction transactions store stores site sites node nodes host hosts machine machines device devices document documents file
files step steps click clicks screen screens bug bugs defect defects test tests line lines shift shifts bed beds truck trucks robot robots
package packages parcel parcels shipment shipments visit visits complaint complaints review reviews signup signups install installs
download downloads account accounts cent cents bps basis mm cm km kg mg millimetre millimetres millimeter millimeters centimetre
centimetres centimeter centimeters metre metres meter meters kilometre kilometres kilometer kilometers mile miles kilo kilos gram grams
tonne tonnes ton tons litre litres liter liters degree degrees volt volts watt watts`,
    examples: [{ rule: 'result-no-metric', section: 'result', flags: ['The dock crews stopped waiting for the scanner to wake up.'], allows: ['The dock crews stopped waiting five minutes for the scanner to wake up.', 'Position error stayed under five millimetres through the run.', 'The drift held under thirty-two millimetres.'] }],
  },
  numberWords: {
    doc: 'Numbers written as words.',
    words: 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion dozen half a-third quarter twice',
    examples: [{ rule: 'result-no-metric', section: 'result', flags: ['Refunds went out the same day instead of the next week.'], allows: ['Refunds went out within two hours instead of the next week.'] }],
  },
  notVerbs: {
    doc: 'Words ending in -ed that are not verbs in these stories.',
    words: 'need speed feed seed shed bed red embed hundred kindred sacred naked wicked rugged shred breed greed',
    examples: [{ reads: [['The hundred racks needed new firmware.', 'main/thing/need+state']] }],
  },
  verbs: {
    doc: 'Verbs common in these stories; with the irregular table and regular inflection, enough to find a clause\'s verb.',
    verbs: true,
    words: `accept access add adopt agree align allow analyze answer apply approve argue ask assign assume attach audit automate avoid
backfill benchmark block book break brief bring build bump calculate call cancel cc capture catch change check clean clear close
coach collect commit communicate compare complain complete compute confirm consider contact continue convince coordinate copy
correct cost create cut debug decide decline define delay delegate delete deliver demo deploy deprecate describe design detect
determine develop diagnose dig disable discover discuss dismiss document double draft drive drop email enable encourage end ensure
escalate estimate evaluate expect explain expose extend extract fail feel file filter find finish fix flag flip follow force
forward gain gather give go grow guide halve handle hand happen help hire hold hope identify ignore implement improve include
increase inform inherit insist inspect install instrument interview introduce investigate isolate join keep know land launch lead
learn leave let list load log look lose maintain make manage map measure meet mention merge message migrate miss model monitor
move need negotiate notice notify offer onboard open own page pair parse partner pass patch pause persuade pick pilot ping pitch plan
point post prepare present prevent prioritize probe profile propose prototype prove publish pull push put query raise reach read
realize rebuild recommend reconcile record recover reduce refactor reject release remove rename repair replace replay report
reproduce request require rerun research reset resolve respond restore restart retire retry return review revert rewrite roll
rotate run save say scale schedule scope script see seem sell send serialize ship show shrink simplify sit size skip slow solve sort
speed spend split spot start stay step stop submit suggest summarize support suspect switch take talk target task teach tell test
think throttle trace track train transfer triage trigger trim try tune turn understand unblock update upgrade use validate verify
volunteer wait walk want watch work worry write nudge urge prod steer recruit promote cache treat listen`,
    examples: [{ reads: [['I nudged the vendor and throttled the importer.', 'main/i/nudge main/i/throttle']] }],
  },
  baseFormNotAVerb: {
    doc: 'Verbs of the classes whose plain form is read as another word ("looked like", "I mean,"): only "liked", "meant" are verbs.',
    words: 'like',
    examples: [{ rule: 'passive-voice', section: 'action', flags: ['The pick lists were sorted as text.'], allows: ['The pick lists looked like they were sorted as text.'] }],
  },
  reportingVerbs: {
    doc: 'Verbs whose clause reports words or thoughts: what follows them is not something the subject did.',
    verbs: true,
    words: `say tell explain argue claim suggest propose insist mention note point warn write reply respond answer agree confirm announce
report add remind stress promise think believe feel know realize learn find discover notice decide hope expect assume worry show prove
ensure make check verify ask wonder understand see hear recommend admit accept estimate mean guess`,
    examples: [
      { reads: [['I explained that we had to roll back.', 'main/i/explain reported/we/have']] },
      { rule: 'we-language', section: 'action', flags: ['We had to roll the release back.'], allows: ['I argued that we had to roll the release back.'] },
    ],
  },
  stateVerbs: {
    doc: 'Verbs that tell a state or a circumstance, not a deed: "we were behind", "our team owned the API", "we needed a fix".',
    verbs: true,
    words: `be remain stay need receive seem appear feel know want wish hope like love hate prefer own belong lack have contain include consist
depend deserve exist matter mean cost face experience suffer inherit hear see expect worry believe think understand sit lose encounter undergo`,
    examples: [{ rule: 'we-language', section: 'action', flags: ['We rebuilt the reporting API in a week.'], allows: ['We owned the reporting API, so I rebuilt it in a week.', 'We lost about $2,000 in orders that night, so I rebuilt the retry queue.', 'Midway through, we encountered a race in the retry path, so I rewrote the lock.'] }],
  },
  // Word knowledge of single rules.
  betterWithoutNumber: {
    doc: 'What a Result says got better when it gives no number: "improved their experience", "test coverage increased".',
    words: 'experience experiences process processes system systems decisions decision-making coverage performance quality reliability stability visibility workflow workflows monitoring tooling communication understanding productivity efficiency usability accuracy consistency',
    examples: [{ rule: 'activity-not-impact', section: 'result', flags: ['It improved our alerting workflow.', 'Their performance improved.'], allows: ['It improved our alerting workflow: alerts now fire within 2 minutes.'] }],
  },
  adviceVerbs: {
    doc: 'Verbs of advice: where ownership is the aim they hand work over ("my lead suggested I take it"); elsewhere they are feedback.',
    verbs: true,
    words: 'suggest recommend propose encourage urge nudge',
    examples: [
      { rule: 'assigned-work', section: 'task', flags: ['My lead suggested that I take the migration.'], allows: ['I suggested that my lead take the migration.'] },
    ],
  },
  conditionOpeners: {
    doc: 'Words that open a condition: the clause tells what would happen, not what did ("unless she brought me in").',
    words: 'if unless whenever',
    examples: [{ rule: 'assigned-work', section: 'action', flags: ['Then she brought me in on the failover drill.'], allows: ['I stayed off the call unless she brought me in.', 'If my lead asked me to take a shift, I took it.'] }],
  },
  recurrencePeriods: {
    doc: 'Periods a rate is counted in ("14 escalations a month"): a hand-over told as a rate is a load the author carried, not how the story\'s work came.',
    words: 'day days week weeks month months quarter quarters year years sprint sprints shift shifts night nights weekend weekends release releases',
    examples: [{ rule: 'assigned-work', section: 'situation', flags: ['I was pulled into the escalation about the billing outage.'], allows: ['I was pulled into about 14 escalations a month myself.', 'My manager asked me to review three launch plans a week.'] }],
  },
  laterMarkers: {
    doc: 'Words that place a clause after the story\'s work: an ask then is what the work earned, not how it began.',
    words: 'later afterwards afterward thereafter subsequently',
    examples: [{ rule: 'assigned-work', section: 'followups', flags: ['She asked me to review her launch plan.'], allows: ['She asked me to review her next launch plan a month later.'] }],
  },
  decisionVerbs: {
    doc: 'Verbs of making the call a disagreement was about ("the director chose the full launch"): in a disagree-and-commit story, an ask after one is the author committing.',
    verbs: true,
    words: 'decide choose pick overrule select opt settle approve',
    examples: [
      { rule: 'assigned-work', section: 'action', competencies: ['Have Backbone; Disagree and Commit'], flags: ['The director asked me to plan the rollout.'], allows: ['The director chose the full launch and asked me to plan the rollout.'] },
      { rule: 'assigned-work', section: 'action', competencies: ['Ownership'], flags: ['The director chose the full launch and asked me to plan the rollout.'] },
    ],
  },
  relationshipNouns: {
    doc: 'How people stand with each other: a result that only says these grew tells a mood, not what changed.',
    words: 'relationship relationships rapport trust morale collaboration partnership partnerships confidence cohesion spirit culture foundation bond bonds goodwill camaraderie teamwork mood atmosphere relations dynamic respect',
    examples: [{ rule: 'activity-not-impact', section: 'result', flags: ['It reinforced trust and collaboration within the team.', 'The team morale remained positive throughout.'], allows: ['It reinforced trust and collaboration within the team: the on-call swap requests fell from 9 a month to 2.'] }],
  },
  speechVerbs: {
    doc: 'Verbs of speaking or writing (not of seeing or finding out): after someone else\'s, a "we" clause is their words.',
    verbs: true,
    words: `say tell ask suggest insist argue write reply respond think propose claim mention explain warn feel believe agree add note remind stress confirm decide point announce complain worry email message post`,
    examples: [{ rule: 'we-language', section: 'action', flags: ['We shipped the relabelling script late.'], allows: ['Priya complained we shipped the relabelling script late.'] }],
  },
  groupReactions: {
    doc: 'What a group does about the author\'s work, not instead of it: "the team adopted it" hides no deed.',
    verbs: true,
    words: `be have agree approve like love appreciate adopt thank accept praise celebrate welcome use start begin notice see feel seem look
get report say rate contribute participate engage respond react reuse follow copy ask`,
    examples: [{ rule: 'we-language', section: 'result', flags: ['The team rewrote the picking script.'], allows: ['The team adopted the picking script.'] }],
  },
  companyOutcomes: {
    doc: 'What a company wins or keeps, told in the Result as "we": "we won four more tenders that quarter" is the business outcome of the author\'s work, not a step hidden in a group. Only with a business object after it (`companyGains`).',
    verbs: true,
    words: 'win lose keep retain sign land gain renew',
    examples: [{ rule: 'we-language', section: 'result', flags: ['We kept two teams and merged the third.', 'We rebuilt the loaders in a week.'], allows: ['Quote time fell from six days to one, and we won four more tenders that quarter.', 'We lost no customers during the cutover.'] }],
  },
  companyGains: {
    doc: 'What a company counts as won or kept (the objects `companyOutcomes` needs).',
    words: 'tender tenders contract contracts deal deals customer customers client clients account accounts bid bids renewal renewals business order orders sale sales subscriber subscribers member members',
    examples: [{ rule: 'we-language', section: 'result', flags: ['We won the argument with the platform team.'], allows: ['We won two contracts on the back of it.'] }],
  },
  jointVerbs: {
    doc: 'What two sides do with each other, so "we" is the author and whoever the sentence has just named: "I took the capture to the playout lead, and we agreed they would fix the counter" hides no deed. A "we" that agrees on its own ("We agreed to cut the scope") is still the group.',
    verbs: true,
    words: 'agree settle compromise',
    examples: [{ rule: 'we-language', section: 'action', flags: ['We agreed to cut the scope.', 'We all agreed a phased plan with the site managers.'], allows: ['I took the capture to the playout lead, and we agreed they would fix the counter on their side.', 'I showed her the replay numbers, and we settled on a two-week trial.'] }],
  },
  togetherVerbs: {
    doc: 'Verbs whose particle "together" is ("we got together with the QA lead", "we put together a plan"): the we-language fix keeps it, where it drops a "together" that only says the group did it.',
    verbs: true,
    words: 'get come pull put bring throw',
    examples: [{ rule: 'we-language', section: 'action', flags: ['We got together with the QA lead and agreed on a weekly train.', 'We put together a rollback plan.'], allows: ['I got together with the QA lead and agreed on a weekly train.'] }],
  },
  ourWork: {
    doc: 'What "our X" names when X is work: "our fix" hides who wrote it, "our error rate" is only whose.',
    words: `fix fixes patch change changes solution approach plan design pr investigation analysis proposal code script tool migration rollout
work effort decision refactor rewrite prototype`,
    examples: [{ rule: 'we-language', section: 'result', flags: ['Our fix cut the mispicks in half.'], allows: ['Our error rate fell by half.'] }],
  },
  decidingVerbs: {
    doc: 'The verbs of the step that decides a story (the review\'s reading): told as "we", the author\'s part in it is gone ("we decided", "we figured out the cause").',
    words: 'decide figure work find choose agree determine identify diagnose solve discover',
    examples: [{ reads: [['We decided to split the job, and I rewrote the join.', 'main/we/decide main/i/rewrite']] }],
  },
  evidenceVerbs: {
    doc: 'Deeds the review credits as evidence of a competency (core/evidence.ts) that no other class holds; none is a common noun, so the clause reader may know them as verbs in every form.',
    verbs: true,
    words: 'realise disagree oppose bisect analyse correlate examine eliminate consolidate streamline standardize unify invent devise enforce codify explore envision',
    examples: [{ reads: [['I bisected the builds and eliminated two flags.', 'main/i/bisect main/i/eliminate']] }],
  },
  handedOverVerbs: {
    doc: 'What someone else did with the problem when the author handed it over ("they handled it").',
    verbs: true,
    words: `handle fix resolve sort deal own patch address solve`,
    examples: [
      { rule: 'routing-not-ownership', section: 'action', flags: ['I told the billing team about the mismatch and they handled it.', 'I told the payments team about the drift and they owned the fix from there.'], allows: ['I told the billing team about the mismatch and patched the export myself.'] },
      // "own" says whose system it was as often as who took the problem: the remit is the scope boundary, not a hand-off
      { rule: 'routing-not-ownership', section: 'task', allows: ['The Platform team owned it, not my team.', 'Billing owned that service, so I asked their lead for read access.'] },
    ],
  },
  ownPronouns: {
    doc: 'Pronouns that say whose work it was: a scope boundary says the work was "not mine to fix" or "wasn\'t ours to fix".',
    words: 'mine ours',
    examples: [{ rule: 'missing-scope-boundary', section: 'task', flags: ['The service was mine to fix, and I fixed it that week.'], allows: ['The service was not mine to fix.', 'The export wasn\'t ours to fix, but it was costing us a day a week.', 'The ledger was never ours.'] }],
  },
  remitCalls: {
    doc: 'What the author\'s say over the work is called, besides a team or a job: a scope boundary says it was "not my call" or "not our place".',
    words: 'call place decision business',
    examples: [{ rule: 'missing-scope-boundary', section: 'task', flags: ['Changing the vendor feed was my call.'], allows: ['Changing the vendor feed was not my call.', 'It wasn\'t our place to change their retry policy.'] }],
  },
  disputedMatters: {
    doc: 'What a disagreement is about, or is argued with: in a disagree-and-commit story, escalating one of these is taking the decision to the one who makes it, not routing a problem.',
    words: 'decision decisions disagreement trade-off tradeoff call choice question dispute options case proposal proposals concern position positions view views argument arguments memo recommendation',
    examples: [
      { rule: 'routing-not-ownership', section: 'action', competencies: ['Have Backbone; Disagree and Commit'], flags: ['I escalated it to the director with the logs attached.'], allows: ['I escalated it to the director with her position and mine side by side.', 'I escalated the trade-off to our VP with both costs.'] },
      { rule: 'routing-not-ownership', section: 'action', competencies: ['Ownership'], flags: ['I escalated the trade-off to our VP with both costs.'] },
    ],
  },
  disagreementVerbs: {
    doc: 'Verbs that tell a disagreement ("when she and I still disagreed"): in a disagree-and-commit story, "it" escalated in or after such a clause is the disagreement. Read as a clause\'s lemma ("disputed", "challenged"); the plain forms are nouns as often ("the dispute"), so the lexicon does not take them for verbs.',
    words: 'disagree argue dispute object differ clash debate contest challenge oppose',
    examples: [
      { rule: 'routing-not-ownership', section: 'action', competencies: ['Have Backbone; Disagree and Commit'], flags: ['I escalated it to the risk director.'],
        allows: ['When she and I still disagreed, I escalated it to the risk director.', 'We could not agree on the cutover, so I escalated it to our director.', 'She pushed back on the holdout. I escalated it to the VP that week.', 'She disputed my numbers, so I escalated it to the director.'] },
    ],
  },
  ownFixVerbs: {
    doc: 'Verbs that show the author\'s own fix in the same sentence as a report: building, repairing, running or checking the change.',
    verbs: true,
    words: `fix patch write build ship implement bring deliver deploy roll test verify debug trace reproduce pair walk coordinate rewrite add
refactor migrate prepare attach code prototype profile diagnose root-cause validate benchmark backfill revert remove replace
serialize tune update monitor measure confirm draft draw design sketch create start lead run restore drain disable enable rotate
renew configure script automate clean reconcile rebuild restart reboot redeploy merge commit cache throttle rerun replay repair
recover isolate block unblock cut trim split supply provide`,
    examples: [{ rule: 'routing-not-ownership', section: 'action', flags: ['I escalated the label mismatch to the vendor.'], allows: ['I escalated the label mismatch to the vendor and rebuilt the label template myself.'] }],
  },
  stateParticiples: {
    doc: 'Participles that tell a state, a feeling, or what others did with the author\'s work: "was involved", "was approved".',
    words: `involved interested excited worried concerned surprised based located supposed used tired scared pleased satisfied frustrated
confused motivated committed dedicated experienced qualified required expected needed broken gone done finished stuck blocked
deprecated outdated unowned unassigned unmonitored known called named adopted approved accepted reused recognized promoted praised
cited featured copied invited rated ranked awarded credited thanked asked told assigned given tasked paged affected impacted
delayed listed scheduled allowed limited capped owned mentioned recognised hired onboarded staffed spent lost wasted consumed
caused driven explained accounted thrilled delighted impressed relieved amazed disappointed annoyed convinced overwhelmed stressed
exhausted embarrassed shocked alarmed puzzled stumped unblocked aligned prepared equipped positioned determined inspired energized
engaged linked tied bound coupled hardcoded hard-coded restricted designed meant built written structured organized shared split
spread divided made stoked chuffed gutted elated heartened encouraged reassured humbled honoured honored flattered baffled`,
    examples: [{ rule: 'passive-voice', section: 'action', flags: ['The pallets were relabelled in the wrong order.'], allows: ['I was involved in the relabelling.', 'My plan was approved on Tuesday.', 'The riders were chuffed with the new map, so I kept its layout.'] }],
  },
  remainderWords: {
    doc: 'What is left over, as a subject: "what was left", "nothing was left", "all that is left" (what remained, not a deed).',
    words: `what nothing little much all none some anything everything whatever`,
    examples: [{ rule: 'passive-voice', section: 'action', flags: ['The old server was left running over the weekend.'], allows: ['I measured what was left of the budget and cut the two slowest jobs.', 'By noon nothing was left in the queue.'] }],
  },
  presentStates: {
    doc: 'Participles that tell how something is now, after "is" or "are": "checks the screen is attached".',
    words: `attached detached connected disconnected enabled disabled loaded unloaded mounted unmounted installed configured signed logged
locked unlocked expired cached stored set pinned sorted indexed encrypted covered`,
    examples: [{ rule: 'passive-voice', section: 'action', flags: ['The printer was disconnected during the audit.'], allows: ['The app checks that the printer is connected before it prints.'] }],
  },
  findingVerbs: {
    doc: 'Verbs of finding out: a passive after one is what the author found, not a hidden deed ("I found the cache was disabled").',
    verbs: true,
    words: `find see notice learn realize discover confirm show prove spot check verify suspect know trace`,
    examples: [{ rule: 'passive-voice', section: 'action', flags: ['The cache was disabled during the migration.'], allows: ['I found the cache was disabled during the migration.'] }],
  },
  notActors: {
    doc: 'Words after "by" that name a time or a way, not who acted ("by Friday", "by hand").',
    words: `monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october
november december then now noon midnight hand design default mistake accident region batch day week month night morning evening
end eod far percent`,
    examples: [{ rule: 'passive-voice', section: 'action', flags: ['The labels were reprinted by Friday.'], allows: ['The labels were reprinted by the night shift.'] }],
  },
  genericLessons: {
    doc: 'What a generic lesson is made of ("communication is key"); a trailing * matches any ending.',
    words: `communicat* teamwork collaborat* important importance key matter matters crucial essential vital better lesson lessons patience
patient planning plan management help transparen* trust listen* grow growth experience proactive proactively earlier sooner often
lot valuable alignment align expectations feedback mindset attitude humble humility persever* resilien* ownership initiative
accountab* responsib* hard work grew grown loop more calm pressure stay composed focused positive flexible adapt* ton tons
difference listen empathy open-minded proactiv* careful thorough diligent attention detail details biggest main room space
effective disagreement disagreements constructive data-driven decision decisions problem-solving open honest honesty clear clarity
common ground defensive rigorous testing coding everything page direction mistakes mistake own owning admit prepared preparation
organized organization priorit* balance kindness respect value values relationship relationships simple simpler simplicity complex
complexity battles mind minds contact close touch teach curiosity curious perspective people intent tolerance grows growing develop* calmer experiment experiments aligned clever status quo quality shoes
learning voice voices hearing argument arguments`,
    examples: [{ rule: 'generic-reflection', section: 'reflection', flags: ['I learned that communication is key.', 'Quality is everyone\'s job.'], allows: ['I learned that a cycle-count export needs a row-count check.', 'Quality checks on the label printer now run every shift.'] }],
  },
  lessonFiller: {
    doc: 'Words that carry nothing specific to one story, on top of the generic lesson words.',
    words: `i me my we us our you your it its this that these those the a an and or but so to of in on at for with from by about as is are was
were be been being am have has had do did does will would should could can may might must learn learned learnt learning realize
realized realise realised understand understood know knew see saw think thought need needs needed try tried keep kept make made
get got take took become became always never next time times more most less much many very really truly also just even still again
than then there here what how when why who which every everything something anything things thing stuff lot lots team teams people
others other everyone everybody someone stakeholders stakeholder colleagues colleague manager managers lead leads partner partners
members member person group groups skill skills way ways approach part role job project projects work working worked situation
situations issue issues problem problems story career first going forward future moving ahead importance sure well good great new
one show showed shown shows taught remind reminded across matter matters mattered engineer engineers developer loop check
checking keeping touch informed sync syncs up date updated updates makes making hard land lands landing fix fixes fixed deal
lesson lessons gained experience value values whole entire overall bit little ever 'd 'll 'm 've 're 's their them they his her
pay paid paying off usually sometimes generally best policy answer answers count counts counted talk talked talking spoke speaking stayed everyone's everybody's nobody's anyone's worth
she he takes taking under people's difference bad glad stuck happy proud give gave given giving biggest main hindsight retrospect
looking back takeaway takeaways where leader leaders early happen happened happens same pull pulled pulling staying finding
dealing having arise arises during crises crisis pick picking depend outside vendor vendors moment moments debate debates discussion discussions pace meet easier harder crack pays assume treat point view side sides workplace getting breaks break own undoes undo such honestly start beats push question pass customer customers test heard change feel speak example data another yourself putting put person's
perspectives different achieve achieving solution solutions provide providing guidance support supportive environment comfortable
figure out create creating mentoring mentor teaching code around table mind end user users step steps row rows rowing pulls real possible impossible
each small big knows go dissolve dissolves once both carry carried half principal deserve deserves proper
properly mostly stop stops night day trade field industry profession coin`,
    examples: [{ rule: 'generic-reflection', section: 'reflection', flags: ['I realized how much teamwork matters.', 'Patience pays off in the end.', 'Honesty is always the best policy.', 'Staying calm under pressure is what counts.', 'People need to keep talking to one another, and keeping everybody in the loop is half the battle.', "It's always worth putting yourself in the other person's shoes.", 'Working with the other teams showed me the value of different perspectives to achieve the best solution.', 'Mentoring is about creating a supportive environment and giving people the space to figure things out.', 'The lesson is that it pays to get everyone around the table.', 'Keep the end user in mind at every step.', 'Everyone has something to teach you.', 'The lesson is that when everybody rows in the same direction, anything is possible.', 'Above all, listening is the most important skill a leader has.', 'Small details can make a big difference.', 'Looking back, most disagreements dissolve once both people feel heard.'], allows: ['I realized how much the scanner battery drain matters.', 'In the end that is more or less what happened, since they took it from there.', 'Staying on the bridge call under pressure, I read the failover steps aloud.', 'The lesson is that when a feed goes quiet, I check the row counts before I close the ticket.'] }],
  },
  symptoms: {
    doc: 'What can go quiet or look normal: a symptom, or the work as a whole ("the alerts went quiet, so I closed it").',
    words: `error errors alert alerts pages report reports crash crashes complaints tickets failures warnings numbers dashboard dashboards graph
graphs metrics logs it things everything noise queue calls drops spikes timeouts retries issue issues bug bugs problem problems
symptoms freezes incident incidents latency rate rates counts totals readings results`,
    examples: [{ rule: 'unverified-result', section: 'action', flags: ['The alerts went quiet, so I closed the ticket.', "The next morning's report showed no mismatches, so I closed the investigation."], allows: ['The alerts went quiet for two weeks, so I closed the ticket.'] }],
  },
} as const satisfies Record<string, WordClass>;

export type WordClassName = keyof typeof WORD_CLASSES;

/** A class's words as a set. */
export function wordSet(name: WordClassName): Set<string> {
  return new Set(WORD_CLASSES[name].words.trim().split(/\s+/));
}

/** A test for a class whose words may end in * (any ending): exact words by a set, stems by their prefix. */
export function wordTest(name: WordClassName): (word: string) => boolean {
  const words = [...wordSet(name)];
  const exact = new Set(words.filter((w) => !w.endsWith('*')));
  const stems = words.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1));
  return stems.length === 0 ? (w) => exact.has(w) : (w) => exact.has(w) || stems.some((p) => w.startsWith(p));
}

/** A class's words as one alternation for a regular expression ("a|b|c"), longest first, special characters escaped. */
export function wordAlternation(name: WordClassName): string {
  return [...wordSet(name)].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}
