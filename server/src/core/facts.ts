// The facts a story states that another story may state differently: its figures (what each measures, in what unit),
// the team's size, the author's role, the year, and the named things it is about (a project, a system, a code name).
// The story bank compares them across stories, since interviewers compare notes; the printed report lists the figures.
// Word knowledge here is data with its examples (`FACT_EXAMPLES`, run by test/facts.test.ts).
import { wordSet } from './language/classes';
import { isPastOrParticipleForm, pastTense, verbLemma } from './language/lexicon';
import type { Token } from './language/tokens';
import type { Story, StorySentence } from './story';
import type { Span } from './text';

export type FactKind = 'figure' | 'people' | 'role' | 'year';

export interface Fact {
  kind: FactKind;
  /** '%', 'ms', 's', 'min', 'h', 'day', 'week', 'month', 'year', '$', 'x', 'people', a role, or the noun counted ("customer"). */
  unit: string;
  /** One value, or two for "from 900 ms to 300 ms" (before, after) and for a range ("3–4 weeks"). */
  values: number[];
  /** An approximate figure ("about 40%", "~2 weeks"): it agrees with a figure within 15% of it. */
  approximate: boolean;
  /** The words near the figure that say what it measures, singular, lower case ("p99", "latency"). */
  keys: string[];
  /** The verbs near it ("cut", "drop"): what it measures when no other word says. */
  weak: string[];
  /** What it is a share or a count of, from "of …" after it ("0.4% of orders": order). Also in `keys`. */
  of: string[];
  /** The figure as written ("40%", "six engineers", "tech lead"). */
  text: string;
  /** The figure with the words that say what it measures, as written ("p99 latency by 40%"), white space made one space. */
  phrase: string;
  span: Span;
  sentence: StorySentence;
  /** Where `phrase` starts and ends in the story (a figure's). */
  phraseStart?: number;
  phraseEnd?: number;
}

export interface NamedThing {
  /** Lower case, for matching ("project falcon"). */
  key: string;
  /** Its distinctive words ("falcon"): two names are the same thing when they share one. */
  words: string[];
  /** As first written. */
  text: string;
  span: Span;
  /**
   * Where and for whom the author works, as the scene introduces them ("I was a backend engineer at Gatefold Tickets",
   * "I joined Redline Blood Service", "reporting to Dev Raman"): every story of those years names them.
   */
  backdrop?: true;
}

/** The doc and words of each list the reader uses, with what each example must read (checked by test/facts.test.ts). */
export const FACT_WORDS = {
  /** Capitalized words that do not name a project: tools and platforms everyone uses, months, days, titles, acronyms. */
  commonNames: `i monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december q1 q2 q3 q4 h1 h2 aws gcp azure kubernetes k8s kafka postgres postgresql mysql redis
mongodb dynamodb elasticsearch solr opensearch bigquery jira slack github gitlab jenkins terraform docker python java javascript typescript go
golang rust react ios android excel sql api apis ci cd qa sre slo slos sla slas pr prs ui ux ceo cto cfo vp pm pms
okr okrs kpi kpis eng us eu uk black friday cyber lambda s3 ec2 datadog grafana prometheus snowflake spark airflow
salesforce zendesk google amazon microsoft apple meta chrome safari linux windows mac macos sdk http https json rest
graphql ml ai llm gpu cpu etl hr it p0 p1 p2 sev1 sev2 sev3 sev slack's on-call oncall devops mvp poc rfc wi-fi wifi a/b`,
  /** Words that only join a name's parts or say what kind of thing it is: "the Order Service" is the thing "order". */
  genericNameWords: `project program service services system platform team api app application pipeline tool initiative
migration launch rollout release incident outage database cluster dashboard portal the of and v1 v2 v3 new old`,
  /** Nouns after a number that count people: "six engineers" is a team size. */
  peopleNouns: `engineer engineers developer developers people person persons member members designer designers folk folks
staff analyst analysts tester testers contractor contractors teammate teammates hire hires report reports sre sres
nurse nurses agent agents technician technicians scientist scientists intern interns`,
  /** Words that say how sure a figure is: it is compared with some slack. */
  approximators: 'about around roughly nearly almost approximately ~ ≈ over under some close',
  /** Words a figure's neighbours never name what it measures by. */
  notKeys: `a an the of in on at by for with from to into over under about around roughly nearly almost approximately
than more less fewer per each every and or but so then that this these those it its our my their his her we i they he
she you me us him them later earlier ago sooner early late once now already currently today which who whom whose what where when while if not as because instead was were is are be been being had has have did do does also just only even still down up out back off same a.m. p.m.
total overall another other new extra additional some all both least most than percent pct times x`,
  /** Words too common in any story's scene to say which project it is. */
  topicStop: `that this these those with from into over under about than them they their there then them what which who
whom whose where when while also just only even still could would should will might must have been being were does
each every more most some such team work time week weeks month months year years days ours your yours mine`,
} as const;

const TOPIC_STOP = new Set(FACT_WORDS.topicStop.split(/\s+/));
const COMMON_NAMES = new Set(FACT_WORDS.commonNames.split(/\s+/));
const GENERIC_NAME_WORDS = new Set(FACT_WORDS.genericNameWords.split(/\s+/));
const PEOPLE_NOUNS = new Set(FACT_WORDS.peopleNouns.split(/\s+/));
const APPROXIMATORS = new Set(FACT_WORDS.approximators.split(/\s+/));
const PREPOSITIONS = wordSet('prepositions');
/** Words that say whose a figure is, not what it measures: every story has a team. */
const FIGURE_NOT_KEYS = new Set(['team']);
const NOT_KEYS = new Set([...FACT_WORDS.notKeys.split(/\s+/), ...PREPOSITIONS]);
const NUMBER_WORDS = wordSet('numberWords');

/** Sentences, each with what it must read: `figures` as "value unit: keys" (values joined by "→"), or `names`. */
export const FACT_EXAMPLES: ReadonlyArray<{ sentence: string; section?: 'situation' | 'result'; figures?: string[]; names?: string[]; roles?: string[]; backdrop?: string[] }> = [
  { sentence: 'I cut p99 latency by 40% for the checkout page.', figures: ['40 %: p99 latency'] },
  { sentence: 'The rebuilt job ran in forty minutes instead of three hours.', figures: ['180→40 min: job'] },
  { sentence: 'Failed payments fell to 8 a day, down from 12 a day.', figures: ['12→8 /day: payment'] },
  { sentence: 'I asked the 7 engineers on my team to add a guarantee.', figures: ['7 people: team'] },
  { sentence: 'In 2022 I was a senior engineer at Gatefold Tickets, reporting to Dev Raman.', section: 'situation', names: ['gatefold tickets', 'dev raman'], backdrop: ['gatefold tickets', 'dev raman'] },
  { sentence: 'I moved the Gatefold Tickets seat map to a new cache.', section: 'situation', names: ['gatefold tickets'], backdrop: [] },
  { sentence: 'Latency dropped from 900 ms to 300 ms.', figures: ['900→300 ms: latency'] },
  { sentence: 'The false-fail rate went from 4.2% to 0.3% within a week.', figures: ['4.2→0.3 %: false fail rate'] },
  { sentence: 'It was a 25% cut.', figures: ['25 %: '] },
  { sentence: 'I led a team of six engineers.', figures: ['6 people: team'] },
  { sentence: 'We shipped it in about three weeks.', figures: ['~3 week: '] },
  { sentence: 'Refund errors fell to 0.4% of orders.', figures: ['0.4 %: refund error order'] },
  { sentence: 'The pilot saved $120k a year.', figures: ['120000 $/year: pilot'] },
  { sentence: 'We onboarded 40 new customers.', figures: ['40 customer: '] },
  { sentence: 'One of the reviewers asked why.', figures: [] },
  { sentence: 'I led it with a team of 5: three engineers and a designer.', figures: ['5 people: team', '3 people: '] },
  { sentence: 'I was the tech lead of the five-person team.', figures: ['5 people: team'] },
  { sentence: 'The data science team of three reviewed it.', figures: [] },
  { sentence: 'Failed sessions fell from 14,000 a day to around 6,500.', figures: ['~14000→6500 /day: session'] },
  { sentence: 'Switchyard is now worth roughly €400k annually in fuel and overtime.', figures: ['~400000 $/year: switchyard worth fuel overtime'] },
  { sentence: 'In 2022 the Atlas migration had stalled.', section: 'situation', names: ['atlas'] },
  { sentence: 'My manager, Dana, asked me to look at Kafka lag on the Order Service.', section: 'situation', names: ['order service'] },
  { sentence: 'Project Falcon was late and Jira was full of stale tickets.', section: 'situation', names: ['project falcon'] },
  { sentence: 'I was the tech lead on the Orion rewrite.', section: 'situation', names: ['orion'], roles: ['tech lead'] },
  { sentence: 'As a junior engineer, I joined in March.', section: 'situation', names: [], roles: ['junior engineer'] },
];

/** The author's role, as the story says it: "I was the tech lead", "as a senior engineer". */
export const ROLES = ['tech lead', 'team lead', 'lead engineer', 'engineering manager', 'product manager', 'staff engineer',
  'principal engineer', 'senior engineer', 'junior engineer', 'new hire', 'intern', 'engineer', 'developer', 'manager',
  'architect', 'analyst', 'designer', 'data scientist', 'on-call engineer', 'sre'];
const ROLE = new RegExp(String.raw`\b(?:i was|i am|i'm|i was working as|as) (?:the|a|an|our|their) (?:new |lone |only |sole |acting |most |newest |youngest )?(${ROLES.slice().sort((a, b) => b.length - a.length).join('|')})\b`, 'g');

/**
 * A table read with a token's text: no prototype, so that a token spelled "constructor" or "toString" finds nothing
 * (a plain record gave "3 constructor calls" the value NaN).
 */
const table = <T>(entries: Record<string, T>): Record<string, T> => Object.assign(Object.create(null) as Record<string, T>, entries);
const UNIT_SUFFIX: Record<string, string> = table({
  '%': '%', '×': 'x', x: 'x', ms: 'ms', s: 's', sec: 's', secs: 's', min: 'min', mins: 'min', h: 'h', hr: 'h', hrs: 'h',
  d: 'day', k: '', m: '', b: '', bn: '', gb: 'gb', tb: 'tb', mb: 'mb', pp: 'pp',
});
const UNIT_WORD: Record<string, string> = table({
  percent: '%', pct: '%', 'per cent': '%', times: 'x', ms: 'ms', millisecond: 'ms', milliseconds: 'ms', second: 's',
  seconds: 's', sec: 's', secs: 's', minute: 'min', minutes: 'min', mins: 'min', hour: 'h', hours: 'h', hrs: 'h', day: 'day',
  days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year', quarter: 'quarter',
  quarters: 'quarter', points: 'pp', dollars: '$', usd: '$',
});
const SCALE: Record<string, number> = table({ k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9 });
const WORD_VALUES: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
const WORD_VALUE = new Map(Object.entries(WORD_VALUES));
/**
 * A number word's value, undefined for any other word (typed as the record was read). A Map, not the record: a
 * token's text is looked up for every word of every story, and a record also answered "constructor" and "toString".
 */
const wordValue = (w: string): number => WORD_VALUE.get(w) as number;
/** Words between a count and what it counts that say nothing of what it is ("40 new customers"). */
const COUNT_FILLERS = new Set('new more fewer extra additional other active paying unique separate different major critical open daily weekly monthly'.split(' '));
const WINDOW_BEFORE = 8;
const WINDOW_AFTER = 3;

/** The verb of an -ing form the lexicon knows ("saving" → save, "leading" → lead), or undefined for a noun ("pricing"). */
function ingLemma(w: string): string | undefined {
  const stem = w.slice(0, -3);
  for (const base of [stem, `${stem}e`, stem.replace(/([bdgkmnprt])\1$/, '$1')]) if (verbLemma(base) === base || verbLemma(pastTense(base)) === base) return base;
  return undefined;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim().replace(/[,;:]+$/, '');
const singular = (w: string) => (w.length > 4 && w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') ? w.slice(0, -1) : w);
const isBreak = (t: Token) => t.kind === 'punct' && t.text !== '-' && t.text !== '–' && t.text !== '.';
const isYear = (n: number, raw: string) => /^(19|20)\d\d$/.test(raw) && n >= 1990 && n <= 2039;

interface Numeral { values: number[]; unit: string; money: boolean; approximate: boolean; used: number; /** "seven of us": the author's own team. */ team?: boolean }

/** A fraction said in words, as a percentage: "a third", "two thirds", "a quarter", "three quarters", "half". */
const FRACTIONS: Record<string, number> = table({ 'a third': 100 / 3, 'one third': 100 / 3, 'two thirds': 200 / 3, 'a quarter': 25, 'one quarter': 25, 'three quarters': 75, 'a half': 50, half: 50 });
/** How many seconds a unit of time is, so that "six weeks" and "four months" are compared. */
const SECONDS: Record<string, number> = table({ ms: 0.001, s: 1, min: 60, h: 3600, day: 86400, week: 604800, month: 2592000, quarter: 7776000, year: 31536000 });
/** Money per a span of time ("$40K a month"), made per year. */
const PER_YEAR: Record<string, number> = table({ day: 365, week: 52, month: 12, quarter: 4, year: 1 });
/** The adverbs that say the span of a rate: "€400k annually" is €400k a year. */
const PER_ADVERB: Record<string, string> = table({ annually: 'year', yearly: 'year', monthly: 'month', weekly: 'week', daily: 'day', quarterly: 'quarter' });

/** Number words that scale what comes before them. */
const BIG: Record<string, number> = table({ hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, dozen: 12 });

/**
 * A number said in words, from `i`: "seven", "twenty-five", "two hundred", "a hundred and forty" (`a` is the "a"
 * before it), "three thousand". Returns its value and the index after its last word.
 */
function wordsNumber(tokens: Token[], i: number, a = false): { value: number; end: number } | undefined {
  let total = 0;
  let current = a ? 1 : 0;
  let seen = false;
  let j = i;
  for (; j < tokens.length; j++) {
    const w = tokens[j].lower;
    const parts = w.split('-');
    if (parts.length === 2 && wordValue(parts[0]) !== undefined && wordValue(parts[1]) !== undefined && wordValue(parts[1]) < 10) {
      current += wordValue(parts[0]) + wordValue(parts[1]); // "twenty-five"
    } else if (BIG[w] && w !== 'dozen' || (w === 'dozen' && seen === false)) {
      if (w === 'hundred' || w === 'dozen') current = (current || 1) * BIG[w];
      else {
        total += (current || 1) * BIG[w];
        current = 0;
      }
    } else if (wordValue(w) !== undefined && w !== 'hundred' && w !== 'dozen') {
      current += wordValue(w);
    } else if (w === 'and' && seen && wordValue(tokens[j + 1]?.lower ?? '') !== undefined && (current >= 100 || total > 0)) {
      continue; // "a hundred and forty"
    } else break;
    seen = true;
  }
  return seen ? { value: total + current, end: j } : undefined;
}

/** Reads a bare number ("3", "six", "2.5k") for the second half of "from 12 minutes to 3". */
function bareValue(t: Token | undefined): number | undefined {
  if (!t) return undefined;
  if (t.kind === 'word') return wordValue(t.lower);
  const m = /^[~≈]?(\d[\d,]*(?:\.\d+)?)([kmb]?)$/i.exec(t.text.replace(/,+$/, ''));
  return m ? Number(m[1].replace(/,/g, '')) * (SCALE[m[2].toLowerCase()] ?? 1) : undefined;
}

/** Reads the number at `i` (a numeral, a number word or a fraction followed by what it counts), with its unit. */
function numeralAt(tokens: Token[], i: number, verbs: ReadonlySet<number>): Numeral | undefined {
  const t = tokens[i];
  const next = tokens[i + 1]?.lower;
  let values: number[];
  let unit = '';
  let money = false;
  let used = 1;
  let approximate = /^[~≈]/.test(t.text) || APPROXIMATORS.has(tokens[i - 1]?.lower ?? '');
  const fraction = FRACTIONS[`${t.lower} ${next}`] ?? (t.lower === 'half' && ['by', 'in'].includes(tokens[i - 1]?.lower ?? '') ? FRACTIONS.half : undefined);
  // "by a third", "a third of the time", "cut it in half": a share. "A third test" is an ordinal.
  const afterFraction = tokens[i + (t.lower === 'half' ? 1 : 2)];
  if (fraction !== undefined && (!afterFraction || afterFraction.kind === 'punct' || afterFraction.lower === 'of' || ['by', 'than', 'about', 'roughly', 'nearly', 'almost', 'over'].includes(tokens[i - 1]?.lower ?? ''))) {
    // "cut it by a third": a share of what it measures, as a percentage.
    return { values: [fraction], unit: '%', money: false, approximate: true, used: t.lower === 'half' ? 1 : 2 };
  }
  if (t.kind === 'number') {
    // The tokenizer keeps a comma that follows a number ("2023," "12,"): it is the sentence's, not the number's.
    const m = /^[~≈]?([$€£¥]?)(\d[\d,]*(?:\.\d+)?)([%×]|[a-zA-Z]+\d*)?(?:[-–/]([$€£¥]?)(\d[\d,]*(?:\.\d+)?)([%×]|[a-zA-Z]+)?)?$/.exec(t.text.replace(/,+$/, ''));
    if (!m) return undefined;
    money = m[1] !== '' || (m[4] !== '' && m[4] !== undefined);
    const suffix = (m[3] ?? m[6] ?? '').toLowerCase();
    const scale = SCALE[suffix] ?? 1;
    values = [Number(m[2].replace(/,/g, '')) * scale];
    if (m[5]) values.push(Number(m[5].replace(/,/g, '')) * (SCALE[(m[6] ?? '').toLowerCase()] ?? scale));
    if (suffix && !(suffix in SCALE)) {
      if (!(suffix in UNIT_SUFFIX)) return undefined; // "p99" is a word; "3rd", "2x4" say no measure
      unit = UNIT_SUFFIX[suffix];
    }
    if (values.length === 1 && !unit && !money && isYear(values[0], m[2])) return { values, unit: 'date', money, approximate, used: 1 };
    if (next && SCALE[next]) {
      values = values.map((v) => v * SCALE[next]);
      used++;
    }
  } else if (t.kind === 'word' && /^[a-z]+-(?:person|people|strong|member|engineer)$/.test(t.lower) && wordValue(t.lower.split('-')[0]) !== undefined && TEAM_NOUNS.has(next ?? '')) {
    // "the five-person team", "a six-strong squad": the author's team, by its size
    return { values: [wordValue(t.lower.split('-')[0])], unit: 'people', money: false, approximate, used: 1, team: true };
  } else if (t.kind === 'word' && /^[a-z]+-[a-z]+$/.test(t.lower) && wordValue(t.lower.split('-')[0]) !== undefined && UNIT_WORD[t.lower.split('-')[1]]) {
    // "six-week", "two-hour": one word.
    const [n, u] = t.lower.split('-');
    return { values: [wordValue(n)], unit: UNIT_WORD[u], money: false, approximate, used: 1 };
  } else if (t.kind === 'word' && (wordValue(t.lower) !== undefined || wordValue(t.lower.split('-')[0]) !== undefined || (t.lower === 'a' && BIG[next ?? '']))) {
    const said = wordsNumber(tokens, t.lower === 'a' ? i + 1 : i, t.lower === 'a');
    if (!said) return undefined;
    values = [said.value];
    used = said.end - i;
    // A number word counts only what a unit or a people noun follows, or "of us": "one of the reviewers" is not a figure.
    const after = tokens[i + used]?.lower === '-' ? tokens[i + used + 1]?.lower : tokens[i + used]?.lower;
    if (after === 'of' && tokens[i + used + 1]?.lower === 'us') return { values, unit: 'people', money: false, approximate, used: used + 2, team: true };
    if (teamOfBefore(tokens, i) && !(after && (UNIT_WORD[after] || PEOPLE_NOUNS.has(after)))) return { values, unit: 'people', money: false, approximate, used, team: true };
    // A big number in words may count anything ("a hundred and forty stores"); a small one only a unit or people.
    if (!after || (!(UNIT_WORD[after] ?? (PEOPLE_NOUNS.has(after) ? 'people' : undefined)) && said.value < 13)) return undefined;
  } else return undefined;
  // "12-minute", "3-person": the number, a hyphen, the unit.
  if (tokens[i + used]?.text === '-' && tokens[i + used + 1]?.kind === 'word') {
    const u = tokens[i + used + 1].lower;
    const word = UNIT_WORD[u] ?? (PEOPLE_NOUNS.has(u) || u === 'person' ? 'people' : undefined);
    if (word && !unit) return { values, unit: word, money, approximate, used: used + 2 };
  }
  const after = tokens[i + used]?.lower;
  // "14,000 a day", "300 per week": a count by the span of time, of what the sentence's words say ("failed sessions")
  const perSpan = !money && !unit && ['a', 'per', 'each', 'every'].includes(after ?? '') ? UNIT_WORD[tokens[i + used + 1]?.lower ?? ''] : undefined;
  if (perSpan && PER_YEAR[perSpan]) {
    unit = `/${perSpan}`;
    used += 2;
  } else if (money || after === 'dollars' || after === 'usd') {
    unit = '$';
    if (after === 'dollars' || after === 'usd') used++;
  } else if (!unit && after) {
    const word = UNIT_WORD[after] ?? (PEOPLE_NOUNS.has(after) ? 'people' : undefined);
    if (word) {
      unit = word;
      used++;
    } else {
      const skip = COUNT_FILLERS.has(after) ? 1 : 0;
      const noun = tokens[i + used + skip];
      const plain = (x: Token | undefined) => x?.kind === 'word' && !NOT_KEYS.has(x.lower) && !verbs.has(x.start) && !NUMBER_WORDS.has(x.lower) && !isPastOrParticipleForm(x.lower);
      if (plain(noun)) {
        // "60 internal services": the noun is the last of two plain words.
        const second = tokens[i + used + skip + 1];
        const counted = plain(second) ? second! : noun!;
        // A counted thing keeps the word before it: "30 controller variants" counts controller variants.
        unit = PEOPLE_NOUNS.has(counted.lower) ? 'people' : counted === noun ? singular(counted.lower) : `${noun!.lower} ${singular(counted.lower)}`;
        used += skip + (counted === noun ? 1 : 2);
      }
    }
  }
  // "a team of 5: three engineers, …": the team's size, with no people noun after it
  if (!unit && !money && values.length === 1 && teamOfBefore(tokens, i)) return { values, unit: 'people', money: false, approximate, used: 1, team: true };
  if (!unit) return undefined;
  // Money by the span of time: "$40K a month", "$1.2M per year".
  if (unit === '$' && ['a', 'per', 'each', 'every'].includes(tokens[i + used]?.lower ?? '') && PER_YEAR[UNIT_WORD[tokens[i + used + 1]?.lower ?? ''] ?? '']) {
    unit = `$/${UNIT_WORD[tokens[i + used + 1].lower]}`;
    used += 2;
  } else if (unit === '$' && PER_ADVERB[tokens[i + used]?.lower ?? '']) {
    // "€400k annually", "$3k monthly"
    unit = `$/${PER_ADVERB[tokens[i + used].lower]}`;
    used += 1;
  }
  approximate ||= tokens[i - 1]?.lower === 'than' && ['more', 'less', 'fewer'].includes(tokens[i - 2]?.lower ?? '');
  // "from 12 minutes to 3", "from twelve minutes to about six": the second number takes the first one's unit.
  if (tokens[i + used]?.lower === 'to' && tokens.slice(Math.max(0, i - 3), i).some((x) => x.lower === 'from')) {
    const skip = APPROXIMATORS.has(tokens[i + used + 1]?.lower ?? '') ? 1 : 0;
    const second = bareValue(tokens[i + used + 1 + skip]);
    const after2 = tokens[i + used + 2 + skip];
    if (second !== undefined && !(after2 && (after2.kind === 'word' && (UNIT_WORD[after2.lower] || PEOPLE_NOUNS.has(after2.lower))))) {
      values = [...values, second];
      if (skip) approximate = true;
      used += 2 + skip;
    }
  }
  return { values, unit, money, approximate, used };
}

/** Nouns for the author's own group, whose size a number gives: "a team of five", "the five-person team". */
const TEAM_NOUNS = new Set(['team', 'squad', 'crew']);
/** "a team of" or "our team of" just before a number (not "the data science team of three", which is another team). */
function teamOfBefore(tokens: Token[], i: number): boolean {
  return tokens[i - 1]?.lower === 'of' && TEAM_NOUNS.has(tokens[i - 2]?.lower ?? '') && /^(?:a|our|my)$/.test(tokens[i - 3]?.lower ?? '');
}

/** "the 7 engineers on my team", "four analysts in our squad": the author's own team, by its size. */
const onMyTeam = (tokens: Token[], after: number, unit: string) => unit === 'people' && ['on', 'in'].includes(tokens[after]?.lower ?? '')
  && ['my', 'our'].includes(tokens[after + 1]?.lower ?? '') && TEAM_NOUNS.has(tokens[after + 2]?.lower ?? '');

/** A word that may start a figure: a number word, "six-week", or the "a" of "a third". */
const mayCount = (w: string) => wordValue(w) !== undefined || w === 'a' || w === 'half' || (w.includes('-') && wordValue(w.split('-')[0]) !== undefined);

/** The words near a figure that say what it measures (nouns) and what happened to it (the clauses' verbs, by offset). */
function keysNear(tokens: Token[], i: number, used: number, verbs: ReadonlySet<number>, floor: number): { keys: string[]; weak: string[]; of: string[]; from: number; to: number } {
  const keys: string[] = [];
  const of: string[] = [];
  const weak: string[] = [];
  let from = tokens[i].start;
  let to = tokens[i + used - 1].end;
  const take = (t: Token) => {
    if (t.kind !== 'word') return;
    const w = t.lower;
    if (NOT_KEYS.has(w) || NUMBER_WORDS.has(w) || UNIT_WORD[w] || PEOPLE_NOUNS.has(w)) return;
    from = Math.min(from, t.start);
    to = Math.max(to, t.end);
    const ing = w.length > 5 && w.endsWith('ing') ? ingLemma(w) : undefined;
    if (verbs.has(t.start) || (isPastOrParticipleForm(w) && verbLemma(w)) || ing) {
      const lemma = ing ?? verbLemma(w) ?? w;
      if (!weak.includes(lemma)) weak.push(lemma);
    } else {
      // "false-fail" is the words "false" and "fail", so that another story's "false fails" measures the same.
      for (const part of w.replace(/'s?$/, '').split(/[-/]/)) if (part && !NOT_KEYS.has(part) && !keys.includes(singular(part))) keys.push(singular(part));
    }
  };
  let first = i;
  while (first > Math.max(floor, i - WINDOW_BEFORE) && !isBreak(tokens[first - 1]) && tokens[first - 1].kind !== 'number') first--;
  for (let j = first; j < i; j++) take(tokens[j]);
  // After it, only what it is of ("0.4% of orders") or the word it qualifies ("a 25% cut"): later words tell of other things.
  const after = i + used;
  if (tokens[after]?.lower === 'of' || tokens[after]?.lower === 'in') {
    const before = keys.length;
    for (let j = after + 1; j < Math.min(tokens.length, after + 1 + WINDOW_AFTER) && !isBreak(tokens[j]) && tokens[j].kind !== 'number' && !PREPOSITIONS.has(tokens[j].lower); j++) take(tokens[j]);
    if (tokens[after].lower === 'of') of.push(...keys.slice(before));
  } else if (tokens[after]?.kind === 'word') take(tokens[after]);
  return { keys, weak, of, from, to };
}

/** Every figure, team size and role the story states in its spoken text, in order. Years come as kind `year`. */
/** The words between two figures that make the second the value before the change: "40 minutes instead of three hours". */
const BEFORE_LINKS = new Set(['instead of', 'rather than', 'down from', 'up from', 'compared with', 'compared to', ', down from', ', up from']);

export function storyFacts(story: Story): Fact[] {
  const facts: Fact[] = [];
  for (const sentence of story.sentences) {
    if (sentence.probe) continue; // a prepared answer to a probe may tell another project
    const tokens = sentence.tokens;
    let verbs: Set<number> | undefined;
    let floor = 0; // a figure's words are looked for after the figure before it
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].kind !== 'number' && !mayCount(tokens[i].lower)) continue;
      verbs ??= new Set(sentence.clauses.flatMap((c) => c.verbGroup.map((t) => t.start)));
      const n = numeralAt(tokens, i, verbs);
      if (!n) continue;
      const last = tokens[i + n.used - 1];
      const span = { start: tokens[i].start, end: last.end - (last.kind === 'number' ? /,*$/.exec(last.text)![0].length : 0) };
      const text = story.text.slice(span.start, span.end);
      const base = { approximate: n.approximate, text, phrase: text, span, sentence };
      if (n.unit === 'date') {
        const by = tokens[i - 1] && PREPOSITIONS.has(tokens[i - 1].lower) ? tokens[i - 1] : undefined; // "in 2022"
        facts.push({ ...base, phrase: by ? oneLine(story.text.slice(by.start, span.end)) : text, kind: 'year', unit: 'year', values: n.values, keys: [], weak: [], of: [] });
        floor = i + 1;
        continue;
      }
      const near = keysNear(tokens, i, n.used, verbs, floor);
      floor = i + n.used;
      // "from 900 ms to 300 ms": one fact with both values, so that another story's "300 ms" agrees with it.
      const prev = facts[facts.length - 1];
      if (prev && prev.sentence === sentence && prev.kind === 'figure' && prev.unit === n.unit && prev.values.length === 1
        && tokens[i - 1]?.lower === 'to' && tokens.slice(0, i).some((t) => t.start >= prev.span.end && t.lower === 'to')
        && tokens.some((t) => t.end <= prev.span.start && t.lower === 'from' && t.start >= prev.span.start - 40)) {
        prev.values.push(...n.values);
        prev.text = story.text.slice(prev.span.start, span.end);
        prev.phrase = oneLine(story.text.slice(prev.phraseStart ?? prev.span.start, Math.max(span.end, prev.phraseEnd ?? span.end)));
        prev.span = { start: prev.span.start, end: span.end };
        i += n.used - 1;
        continue;
      }
      // "in forty minutes instead of three hours", "to 8%, down from 12%": one change, the figure after the link first.
      const link = prev && prev.sentence === sentence && prev.kind === 'figure' && prev.values.length === 1
        ? tokens.filter((t) => t.start >= prev.span.end && t.end <= span.start).map((t) => t.lower).join(' ') : '';
      const ratio = !link ? undefined : n.unit === prev.unit ? 1 : SECONDS[n.unit] && SECONDS[prev.unit] ? SECONDS[n.unit] / SECONDS[prev.unit] : undefined;
      if (BEFORE_LINKS.has(link) && ratio !== undefined) {
        prev.values.unshift(...n.values.map((v) => v * ratio));
        prev.text = story.text.slice(prev.span.start, span.end);
        prev.phrase = oneLine(story.text.slice(prev.phraseStart ?? prev.span.start, Math.max(span.end, prev.phraseEnd ?? span.end)));
        prev.span = { start: prev.span.start, end: span.end };
        i += n.used - 1;
        continue;
      }
      facts.push({ ...base, phrase: oneLine(story.text.slice(near.from, near.to)), phraseStart: near.from, phraseEnd: near.to, kind: n.unit === 'people' ? 'people' : 'figure', unit: n.unit, values: n.values, keys: n.team || onMyTeam(tokens, i + n.used, n.unit) ? ['team'] : n.unit === 'people' ? near.keys : near.keys.filter((k) => !FIGURE_NOT_KEYS.has(k)), weak: near.weak, of: near.of });
      i += n.used - 1;
    }
    if (sentence.section.kind === 'situation' || sentence.section.kind === 'task') {
      const lower = story.spokenLower.slice(sentence.start, sentence.end);
      for (const m of lower.matchAll(ROLE)) {
        const start = sentence.start + m.index + m[0].length - m[1].length;
        const span = { start, end: start + m[1].length };
        const said = story.text.slice(sentence.start + m.index, span.end);
        facts.push({ kind: 'role', unit: 'role', values: [], approximate: false, keys: [], weak: [], of: [], text: story.text.slice(span.start, span.end), phrase: oneLine(said), span, sentence });
      }
    }
  }
  return facts;
}

const STARTS_UPPER = /^\p{Lu}/u;
/** Whether a word starts with a capital: an ASCII letter by its code (nearly every word), any other by its Unicode class. */
const startsUpper = (text: string) => {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : STARTS_UPPER.test(text);
};
const capitalized = (t: Token) => t.kind === 'word' && startsUpper(t.text);
/** A name that is surely a name wherever it stands: inner capitals or a digit ("PayFlow", "Orion2"), or all capitals ("ORION"). */
const marked = (t: Token) => t.kind === 'word' && (INNER_CAPITAL.test(t.text) || (LETTER_BY_DIGIT.test(t.text) && !ACRONYM.test(t.text)) || ALL_CAPITALS.test(t.text));
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
const LETTER_BY_DIGIT = /\p{L}\d|\d\p{L}/u;
const ALL_CAPITALS = /^\p{Lu}{5,}$/u;
/** A short word in capitals, with or without a digit ("TLS", "SDE1", "P99"): an acronym everyone uses, not a project's name. */
const ACRONYM = /^\p{Lu}{1,4}\d{0,2}$/u;

/**
 * The named things the story tells of (its probes' answers left out): names that stand after "the" or "our" or before
 * a word that says what they are ("the Atlas migration", "the Order Service", "Project Falcon"), two capitalized words
 * mid-sentence ("Pocket Scan"), or names marked as such ("PayFlow", "ORION"). Tools everyone uses, months and people's
 * names (no "the" before them) do not count.
 */
export function storyNames(story: Story): NamedThing[] {
  const names = new Map<string, NamedThing>();
  for (const sentence of story.sentences) {
    if (sentence.probe || sentence.section.kind === 'other') continue;
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (!capitalized(tokens[i]) || tokens[i].quoted) continue;
      let j = i;
      while (j + 1 < tokens.length && capitalized(tokens[j + 1])) j++;
      const run = tokens.slice(i, j + 1);
      const after = tokens[j + 1]?.lower ?? '';
      const before = tokens[i - 1]?.lower;
      const first = i;
      const words = run.filter((t) => !ACRONYM.test(t.text)).map((t) => t.lower).filter((w) => !GENERIC_NAME_WORDS.has(w) && !COMMON_NAMES.has(w));
      // A sentence's first word is capitalized anyway: it counts only as "Project Falcon" or as a marked name.
      const named = run.some(marked) || (run.length > 1 && GENERIC_NAME_WORDS.has(run[0].lower));
      // Mid-sentence, two capitalized words in a row name a thing too ("rolled Pocket Scan out").
      const thing = named || (i > 0 && (before === 'the' || before === 'our' || GENERIC_NAME_WORDS.has(after) || run.length > 1));
      i = j;
      if (!thing || words.length === 0) continue;
      const key = run.map((t) => t.lower).join(' ');
      const shown = run[0].lower === 'the' ? run.slice(1) : run; // "The Voltline" at a sentence's start is "Voltline"
      const at = before === 'the' ? tokens[first - 2]?.lower : before;
      const backdrop = (sentence.section.kind === 'situation' || sentence.section.kind === 'task') && sentence.clauses.some((c) => c.actor === 'i')
        && (at === 'at' || at === 'joined' || at === 'under' || (at === 'to' && tokens[first - 2]?.lower === 'reporting'));
      const known = names.get(key);
      if (!known) names.set(key, { key, words, text: shown.map((t) => t.text).join(' '), span: { start: shown[0].start, end: shown[shown.length - 1].end }, ...(backdrop ? { backdrop: true as const } : {}) });
      else if (backdrop) known.backdrop = true;
    }
  }
  return [...names.values()];
}

/** What two facts are compared by. */
export type Measured = Pick<Fact, 'kind' | 'unit' | 'values' | 'approximate' | 'keys' | 'weak' | 'text' | 'of'>;

/** Words that say which statistic a figure is: "median" and "p99" latency are not one measure. */
const STATISTICS = new Set('median mean average avg p50 p75 p90 p95 p99 p999 peak worst typical tail best max maximum min minimum'.split(' '));
/** The verbs that make a count of people the author's own team: "leading six engineers", "I managed four". */
const TEAM_VERBS = new Set('lead manage run head'.split(' '));

/** The dimension a fact's unit measures and its values in that dimension's base: seconds for time, dollars a year for a rate. */
function base(f: Measured): { dim: string; values: number[] } {
  if (SECONDS[f.unit]) return { dim: 'time', values: f.values.map((v) => v * SECONDS[f.unit]) };
  const per = /^\$\/(\w+)$/.exec(f.unit)?.[1] ?? (f.unit === '$' ? (f.keys.some((k) => k === 'annual' || k === 'yearly' || k === 'annually') ? 'year' : f.keys.includes('monthly') ? 'month' : undefined) : undefined);
  if (per) return { dim: '$/year', values: f.values.map((v) => v * PER_YEAR[per]) };
  return { dim: f.unit, values: f.values };
}

/** Words that make a figure a plan, not what happened: "the planned four hours", "a target of 2%", "instead of". */
const PLAN_WORDS = new Set('plan target goal budget expect estimate forecast project promise instead aim ask request propose offer set'.split(' '));
/** Verbs of a change up and of a change down: "grew 40%" and "cut by a third" are not one measure. */
const UP = new Set('grow rise increase climb jump double triple raise gain add spike balloon'.split(' '));
const DOWN = new Set('cut fall drop reduce decrease lower shrink save halve trim slash decline sink eliminate'.split(' '));
const direction = (f: Measured) => (f.weak.some((w) => UP.has(w)) ? 'up' : '') + (f.weak.some((w) => DOWN.has(w)) ? 'down' : '');
const planned = (f: Measured) => f.keys.some((k) => PLAN_WORDS.has(k)) || f.weak.some((k) => PLAN_WORDS.has(k));
/** A unit that is the noun a figure counts ("store", "controller variant"), not a measure ("%", "ms", "$"). */
const isCount = (unit: string) => !SECONDS[unit] && !/^(%|x|\$|\$\/\w+|pp|people|gb|tb|mb|role|year)$/.test(unit);
const statistics = (f: Measured) => f.keys.filter((k) => STATISTICS.has(k)).sort().join(' ');
/** What a count of people is of: the author's own team ("team of six", "leading six engineers"), or something else. */
const teamOf = (f: Measured) => f.keys.length === 0 ? f.weak.some((w) => TEAM_VERBS.has(w)) : f.keys.length === 1 && f.keys[0] === 'team';

/**
 * The words a story's Situation and Task set the scene with (four letters or more, no function words, singular): two
 * stories that share many of them are about one project even when neither names it (the bank's pair search).
 */
export function storyTopic(story: Story): string[] {
  const words = new Set<string>();
  for (const sentence of story.sentences) {
    const kind = sentence.section.kind;
    if (kind !== 'situation' && kind !== 'task') continue;
    for (const t of sentence.tokens) if (t.kind === 'word' && t.lower.length >= 4 && !TOPIC_STOP.has(t.lower)) words.add(singular(t.lower.replace(/'s?$/, '')));
  }
  return [...words].sort();
}

/** Two stories share this share of their scene's words (Jaccard) … */
export const SAME_PROJECT_SHARE = 0.22;
/** … and at least this many of them, to be read as one project told twice. */
export const SAME_PROJECT_WORDS = 12;

/** With a name in common, a lower share is enough to read the scenes as alike (for a year or a role told twice). */
export const NAMED_PROJECT_SHARE = 0.15;

/** Every capitalized word the story says (lower case), wherever it stands: another story's name is looked for in them. */
export function storyCapitals(story: Story): string[] {
  const words = new Set<string>();
  for (const sentence of story.sentences) for (const t of sentence.tokens) if (t.kind === 'word' && !t.quoted && startsUpper(t.text) && !COMMON_NAMES.has(t.lower)) words.add(t.lower);
  return [...words].sort();
}

/** Whether two facts measure the same thing: the same dimension, and what one measures is what the other does. */
export function sameMeasure(a: Measured, b: Measured): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'role' || a.kind === 'year') return true;
  // A team's size is compared only where both tell of the author's own team, unqualified ("the data science team of three" is another).
  if (a.kind === 'people') return teamOf(a) && teamOf(b);
  if (base(a).dim !== base(b).dim || statistics(a) !== statistics(b) || planned(a) !== planned(b)) return false;
  const [da, db] = [direction(a), direction(b)];
  if (da && db && da !== db) return false;
  // "70% of the failures" and "20% of runs": a share of one thing is not a share of another.
  if ((a.of.length || b.of.length) && !(a.of.every((k) => b.of.includes(k)) || b.of.every((k) => a.of.includes(k)))) return false;
  if (a.of.length !== 0 && b.of.length === 0 && a.unit === '%' || b.of.length !== 0 && a.of.length === 0 && b.unit === '%') return false;
  const [x, y] = a.keys.length <= b.keys.length ? [a, b] : [b, a];
  // Spans of time are everywhere ("a retry one day later", "a second retry two days later"): one is compared with
  // another only when the same words say what it is, or when both are a change ("from 12 minutes to 3").
  if (SECONDS[a.unit] !== undefined && x.keys.length > 0 && !(a.values.length > 1 && b.values.length > 1)) {
    // … and where both say what happened, the same thing: "refreshed every 60 seconds" is not "loaded in 2 seconds".
    const verbs = a.weak.length === 0 || b.weak.length === 0 || a.weak.some((w) => b.weak.includes(w));
    return verbs && x.keys.length === y.keys.length && x.keys.every((k) => y.keys.includes(k));
  }
  if (x.keys.length > 0) return x.keys.every((k) => y.keys.includes(k));
  // With no word for what it measures, only a change ("a 40% cut", "saved $2k", "3x faster") or a count of a thing
  // ("moved 2.3 million subscribers") is compared, by its verbs; a bare duration ("in 30 days") says too little.
  // A count of a thing ("30 controller variants", "212 stores") is of one measure when the words around it say the
  // same, or when the same thing happened to both ("moved 2.3 million subscribers", "moved 3.2 million"): "ninety
  // rules blocked" is not "an engine with 1,100 rules".
  if (isCount(a.unit)) return (x.keys.length > 0 && x.keys.every((k) => y.keys.includes(k))) || a.weak.some((w) => b.weak.includes(w));
  if (y.keys.length > 0 || SECONDS[a.unit] !== undefined) return false;
  return x.weak.length > 0 && x.weak.some((k) => y.weak.includes(k));
}

/**
 * Whether two facts that measure the same thing agree (within 15% where either is approximate): two changes
 * ("from 4.2% to 0.3%") agree when they end alike; otherwise a value in common is enough ("300 ms" agrees with "from
 * 900 ms to 300 ms").
 */
export function agree(a: Measured, b: Measured): boolean {
  if (a.kind === 'role') return a.text.toLowerCase() === b.text.toLowerCase();
  if (a.kind === 'year') return a.values.some((v) => b.values.includes(v));
  const slack = a.approximate || b.approximate ? 0.15 : 0.005;
  const near = (v: number, w: number) => Math.abs(v - w) <= slack * Math.max(Math.abs(v), Math.abs(w));
  const [x, y] = [base(a).values, base(b).values];
  if (x.length > 1 && y.length > 1) return near(x[x.length - 1], y[y.length - 1]);
  return x.some((v) => y.some((w) => near(v, w)));
}

/** A figure as it reads in a sentence about it ("40%", "6 people", "900→300 ms"). */
export function factLine(f: Fact): string {
  if (f.kind === 'role') return f.text;
  const v = f.values.map((n) => (Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100))).join('→');
  return `${f.approximate ? '~' : ''}${v} ${f.unit}`;
}
