// A deterministic generator of realistic stories: front matter, five or six sections, bullets, numbers, code spans,
// comments and follow-ups, 450–650 words each. Same seed, same corpus.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DOMAINS = [
  ['payments', 'webhook delivery', 'the Platform team', 'merchants', 'retry logic'],
  ['logistics', 'route planner', 'the Dispatch team', 'drivers', 'time-window solver'],
  ['health', 'appointment reminders', 'the Clinical Apps team', 'patients', 'SMS queue'],
  ['games', 'matchmaking service', 'the Online team', 'players', 'rating cache'],
  ['search', 'query suggestions', 'the Relevance team', 'shoppers', 'synonym index'],
  ['data', 'nightly exports', 'the Data Platform team', 'analysts', 'warehouse loader'],
  ['mobile', 'offline sync', 'the Mobile Core team', 'field agents', 'conflict resolver'],
  ['security', 'key rotation', 'the Identity team', 'partners', 'credential broker'],
];
const LEVELS = ['sde1', 'sde2', 'senior', 'staff', 'manager'];
const VERBS = ['pulled', 'traced', 'reproduced', 'measured', 'wrote', 'added', 'tested', 'compared', 'profiled', 'rewrote', 'shipped', 'documented', 'reviewed', 'instrumented', 'migrated'];
const OBJECTS = ['the delivery logs', 'a race in the retry path', 'the failing requests', 'a minimal fix', 'a dead letter queue alert', 'the p99 latency', 'the error budget', 'a load test', 'the rollout plan', 'a canary', 'the dashboard', 'the runbook'];
const FILLER = ['over two days', 'with a script I wrote', 'against a week of production traffic', 'behind a feature flag', 'with their tech lead', 'before the freeze', 'in a staging copy', 'region by region'];

export function story(r, i) {
  const pick = (a) => a[Math.floor(r() * a.length)];
  const [domain, system, owner, users, component] = DOMAINS[i % DOMAINS.length];
  const n = () => Math.floor(r() * 900) + 10;
  const pct = () => (r() * 5).toFixed(1);
  const sentence = () => `I ${pick(VERBS)} ${pick(OBJECTS)} ${pick(FILLER)}.`;
  const para = (k) => Array.from({ length: k }, sentence).join(' ');
  const bullets = (k) => Array.from({ length: k }, () => `- ${sentence()}`).join('\n');
  const level = pick(LEVELS);
  const words = 450 + Math.floor(r() * 200);
  let text = `---
question: Tell me about a time you fixed something nobody owned (${domain} ${i})
competencies: [Ownership, ${pick(['Dive Deep', 'Deliver Results', 'Customer Obsession'])}]
level: ${level}
---

# ${system[0].toUpperCase() + system.slice(1)} drops

## Situation
I noticed a persistent ${pct()}% failure rate in ${owner}'s ${system}, which delayed work for about ${n()} ${users} a week. ${para(1)}

## Task
The ${system} belonged to ${owner}, not my team, and no ticket existed. I set out to find the root cause in the \`${component}\` and fix it.

## Action
${bullets(4)}
<!-- checked with ${owner} on the rollout window -->
${para(2)}

## Result
The failure rate went from ${pct()}% to zero, which recovered about $${n()},000 a month for ${n()} ${users}. ${owner} adopted my alert as the standard for every new service.

## Reflection
I learned to check the \`${component}\` for races before shipping a change to it.

## Follow-ups
### How did you get ${owner} to ship your fix?
I flagged it to their lead and brought a tested fix; ${para(1)}
`;
  while (text.split(/\s+/).length < words) text = text.replace('\n## Result', `\n${sentence()}\n\n## Result`);
  return text;
}

export function generate(root, count = 2000, seed = 7, documentSizes = [1000, 5000, 20000, 50000]) {
  const r = rng(seed);
  rmSync(root, { recursive: true, force: true });
  const stories = join(root, 'stories');
  mkdirSync(stories, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(join(stories, `story-${String(i).padStart(4, '0')}.star.md`), story(r, i));
  const sizes = {};
  for (const words of documentSizes) {
    let text = story(r, words);
    const body = text.split('## Action')[1].split('## Result')[0];
    while (text.split(/\s+/).length < words) text = text.replace('\n## Result', `\n${body}\n## Result`);
    sizes[words] = join(root, `doc-${words}.star.md`);
    writeFileSync(sizes[words], text);
  }
  return { stories, sizes };
}
