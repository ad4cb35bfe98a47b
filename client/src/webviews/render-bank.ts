// The Story Bank view as HTML, from the server's BankResult: the matrix of stories by competencies as a heat map, then
// the gaps, the stories that disagree, the stories leaned on too much, the next story to write, the loop plan and the
// questions. Pure, so it is tested without VS Code; every piece of story text goes through `esc`. It only shows what
// the server computed: whether a cell counts, the best story, the plan and every sentence come from the core.
import type { Bank, BankResult, StoryProgress } from '../../../server/src/protocol';
import { duration, esc, int } from './format';

type Story = Bank['stories'][number];
type Cell = Story['cells'][string];
type Range = { start: { line: number; character: number }; end: { line: number; character: number } };

/**
 * The verdicts' words, short enough for the matrix's row heads in a side bar: the core's VERDICT_LABEL, which the view
 * does not bundle (test/render-bank.test.ts keeps the two alike). The whole reading is the row head's tooltip.
 */
export const VERDICT_WORDS: Record<string, string> = { 'strong-hire': 'Strong Hire', hire: 'Hire', 'lean-no-hire': 'Lean No Hire', 'no-hire': 'No Hire' };

/** How a cell looks: its class (the heat map's color), its mark, and the same in words. */
const MARK = { strong: '●', counted: '◐', shown: '○', none: '·' } as const;

/**
 * The first letters of a competency's words, as a column's head ("Customer Obsession" is "CO"): the same heads as
 * `star-coach bank` prints (test/render-bank.test.ts keeps the two alike).
 */
export function initials(name: string): string {
  return name.split(/[^A-Za-z']+/).filter((w) => w && !/^(and|a|the|to|be|of|on|for)$/i.test(w)).map((w) => w[0].toUpperCase()).join('');
}

/** A cell's kind and what it says in words ("shown strongly, claimed, counted"). Color is never all there is. */
export function cellState(cell: Cell | undefined): { kind: keyof typeof MARK; words: string } {
  if (!cell || cell.shown === 'none') return { kind: 'none', words: cell?.claimed ? 'claimed, not shown' : 'not shown' };
  const words = [cell.shown === 'strong' ? 'shown strongly' : 'shown in part', cell.claimed ? 'claimed' : '', cell.counts ? 'counted' : 'not counted'].filter(Boolean).join(', ');
  return { kind: !cell.counts ? 'shown' : cell.shown === 'strong' ? 'strong' : 'counted', words };
}

const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;
const lineOf = (r: Range | undefined) => (r ? int(r.start.line) + 1 : 1);
const TOP: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** A button that opens a story at a range: the host opens only a story the server listed, and checks the range. */
function open(path: string, range: Range | undefined, content: string, attrs = ''): string {
  const r = range ?? TOP;
  return `<button type="button" data-action="openStory" data-path="${esc(path)}" data-line="${int(r.start.line)}" data-character="${int(r.start.character)}" data-end-line="${int(r.end.line)}" data-end-character="${int(r.end.character)}"${attrs}>${content}</button>`;
}

/** Plain messages for a bank with nothing to show. Fixed text: nothing of a story reaches them. */
export const NO_STORIES = `<section class="bank-empty" aria-labelledby="bank-empty-heading">
<h2 id="bank-empty-heading">No stories yet</h2>
<p>The Story Bank reads every <code>.star.md</code> story in this workspace as one interview loop: which competencies each story shows, what is missing, and which story to tell in which interview.</p>
<p class="actions"><button type="button" class="primary" data-action="newStory">New story</button></p>
</section>`;
export const READING = `<section class="bank-empty" aria-labelledby="bank-empty-heading">
<h2 id="bank-empty-heading">Reading your stories</h2>
<p class="empty">Star Coach is reading the stories in this workspace. The Story Bank shows them once it is done.</p>
</section>`;

function matrix(b: Bank): string {
  const cols = b.competencies;
  const heads = cols.map((c) => {
    const note = [c.gap ? 'a gap' : '', c.inLoop ? '' : 'not in the loop'].filter(Boolean).join(', ');
    const title = `${c.name}${note ? `: ${note}` : ''}`;
    return `<th scope="col" class="${c.gap ? 'gap' : 'covered'}${c.inLoop ? '' : ' outside'}" title="${esc(title)}"><span aria-hidden="true">${esc(initials(c.name))}</span><span class="visually-hidden">${esc(title)}</span></th>`;
  });
  const rows = b.stories.map((s, row) => {
    const reading = s.failed ? 'not read' : s.reading;
    const head = `<th scope="row">${open(s.path, undefined, esc(s.title), ` class="story" data-row="${row}" data-col="0" tabindex="${row === 0 ? 0 : -1}" title="${esc(`${s.title}\n${s.path}`)}"`)}<span class="story-reading" title="${esc(reading)}"><span class="verdict ${esc(s.verdict)}">${s.failed ? 'not read' : esc(VERDICT_WORDS[s.verdict] ?? s.verdict)}</span> <span class="time">${esc(duration(s.seconds))}</span></span></th>`;
    const cells = cols.map((c, i) => {
      const cell = s.cells[c.name];
      const { kind, words } = cellState(cell);
      const evidence = cell?.evidence ? `\nLine ${lineOf(cell.evidence.range)}: “${cell.evidence.text}”` : '';
      const attrs = ` class="cell" data-row="${row}" data-col="${i + 1}" tabindex="-1" aria-label="${esc(`${c.name}: ${words}, in “${s.title}”`)}" title="${esc(`${c.name}: ${words}${evidence}`)}"`;
      return `<td class="${kind}">${open(s.path, cell?.evidence?.range, `<span aria-hidden="true">${MARK[kind]}</span>`, attrs)}</td>`;
    });
    return `<tr>${head}${cells.join('')}</tr>`;
  });
  const key = `<p class="key"><span aria-hidden="true">${MARK.strong}</span> shown strongly, counted · <span aria-hidden="true">${MARK.counted}</span> shown in part, counted · <span aria-hidden="true">${MARK.shown}</span> shown, not counted · <span aria-hidden="true">${MARK.none}</span> not shown. A story counts for a competency when it reads Hire or better and shows it strongly, or shows some of it and claims it.</p>
<p class="key">${cols.map((c) => `${esc(initials(c.name))} ${esc(c.name)}`).join(' · ')}</p>`;
  return `<section class="bank-matrix" aria-labelledby="matrix-heading">
<h2 id="matrix-heading">Stories by competency</h2>
<div class="matrix-scroll">
<table class="matrix" role="grid" aria-labelledby="matrix-heading">
<thead><tr><th scope="col">Story</th>${heads.join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody>
</table>
</div>
${key}
</section>`;
}

function gaps(b: Bank): string {
  const gaps = b.competencies.filter((c) => c.gap);
  const items = gaps.map((c) => `<li><strong>${esc(c.name)}</strong>${c.inLoop ? '' : ' <span class="tag">not in the loop</span>'}: ${esc(c.why)}</li>`);
  return `<section class="bank-gaps" aria-labelledby="gaps-heading">
<h2 id="gaps-heading">Gaps</h2>
${items.length ? `<ul class="gaps">${items.join('')}</ul>` : '<p class="empty">Every competency has a story that reads Hire or better.</p>'}
</section>`;
}

function conflicts(b: Bank, title: (path: string) => string): string {
  const items = b.conflicts.map((c) => `<li><p>${esc(c.what)}</p><p class="both">${c.paths.map((p, i) => open(p, c.ranges[i], `“${esc(title(p))}”, line ${lineOf(c.ranges[i])}`, ' class="link"')).join(' and ')}</p></li>`);
  return `<section class="bank-conflicts" aria-labelledby="conflicts-heading">
<h2 id="conflicts-heading">Stories that disagree</h2>
${items.length ? `<ul class="conflicts">${items.join('')}</ul>` : '<p class="empty">No two stories were found to tell one project differently.</p>'}
</section>`;
}

function overused(b: Bank, title: (path: string) => string): string {
  if (b.overused.length === 0) return '';
  const items = b.overused.map((o) => `<li>${open(o.path, undefined, esc(title(o.path)), ' class="link"')}: ${esc(o.why)}</li>`);
  return `<section class="bank-overused" aria-labelledby="overused-heading">
<h2 id="overused-heading">Leaned on too much</h2>
<ul class="overused">${items.join('')}</ul>
</section>`;
}

function next(b: Bank): string {
  return `<section class="bank-next" aria-labelledby="next-heading">
<h2 id="next-heading">Next story to write</h2>
${b.plan.next ? `<p>${esc(b.plan.next)}</p>\n<p class="actions"><button type="button" class="primary" data-action="newStory">New story</button></p>` : '<p class="empty">Every competency of the loop has a story for its interview.</p>'}
</section>`;
}

function plan(b: Bank, byPath: ReadonlyMap<string, Story>): string {
  const interviews = new Map<number, Bank['plan']['slots']>();
  for (const slot of b.plan.slots) interviews.set(slot.interview, [...(interviews.get(slot.interview) ?? []), slot]);
  const items = [...interviews].map(([n, slots]) => `<li><h3>Interview ${int(n)}</h3><ul>${slots.map((slot) => {
    const what = `<span class="slot-competency">${esc(slot.competencies.join(', '))}</span>`;
    const s = slot.story ? byPath.get(slot.story) : undefined;
    if (!slot.story || !s) return `<li class="open">${what}: <span class="none">none yet.</span> ${esc(slot.why)}</li>`;
    const evidence = slot.competencies.map((c) => s.cells[c]?.evidence).find(Boolean);
    return `<li>${what}: ${open(s.path, evidence?.range, esc(s.title), ` class="link" title="${esc(slot.why)}"`)}</li>`;
  }).join('')}</ul></li>`);
  return `<section class="bank-plan" aria-labelledby="plan-heading">
<h2 id="plan-heading">Loop plan</h2>
<p>${plural(b.plan.interviews, 'interview')}, each story told once.</p>
<ol class="plan">${items.join('')}</ol>
</section>`;
}

function questions(b: Bank, byPath: ReadonlyMap<string, Story>): string {
  const answered = b.questions.filter((q) => q.story).length;
  const items = b.questions.map((q) => {
    const s = q.story ? byPath.get(q.story) : undefined;
    const evidence = s ? q.competencies.map((c) => s.cells[c]?.evidence).find(Boolean) : undefined;
    const answer = s ? `${open(s.path, evidence?.range, esc(s.title), ' class="link"')} <span class="why">${esc(q.why)}</span>` : `<span class="why">${esc(q.why)}</span>`;
    return `<li><q>${esc(q.question)}</q><br>${answer}</li>`;
  });
  return `<section class="bank-questions" aria-labelledby="questions-heading">
<h2 id="questions-heading">Questions</h2>
<details><summary>${answered} of ${plural(b.questions.length, 'common question')} have a story</summary>
<ul class="questions">${items.join('')}</ul>
</details>
</section>`;
}

/** The chart draws at most this many readings, the last ones; its caption tells them all. */
export const CHART_POINTS = 40;
const CHART = { height: 36, top: 5, bottom: 31, step: 14, minWidth: 64, maxWidth: 220 } as const;

/**
 * A story's readings over time as a step chart: one step per reading, its height the verdict (No Hire at the bottom,
 * Strong Hire at the top), a dashed line at Hire (where a story counts), a dot per reading with its verdict and day as
 * a tooltip. Drawn in `currentColor` and theme colors by class only (the CSP allows no inline style); hidden from
 * screen readers, which read the caption beside it instead. A verdict the view does not know is left out of the line.
 */
export function progressChart(progress: StoryProgress): string {
  const points = progress.points.slice(-CHART_POINTS).filter((p) => p.level >= 0 && p.level <= 3);
  const width = Math.max(CHART.minWidth, Math.min(CHART.maxWidth, (points.length - 1) * CHART.step + 8));
  const x = (i: number) => (points.length === 1 ? width / 2 : 4 + (i * (width - 8)) / (points.length - 1));
  const y = (level: number) => CHART.bottom - (level * (CHART.bottom - CHART.top)) / 3;
  const round = (n: number) => Math.round(n * 10) / 10;
  const line = points.map((p, i) => (i === 0 ? `M${round(x(0))} ${round(y(p.level))}` : `H${round(x(i))}V${round(y(p.level))}`)).join('');
  const dots = points.map((p, i) => `<circle class="dot ${esc(p.verdict)}" cx="${round(x(i))}" cy="${round(y(p.level))}" r="2.5"><title>${esc(`${p.label} on ${p.day}`)}</title></circle>`).join('');
  return `<svg class="progress-chart" aria-hidden="true" focusable="false" width="${round(width)}" height="${CHART.height}" viewBox="0 0 ${round(width)} ${CHART.height}"><line class="bar-line" x1="0" x2="${round(width)}" y1="${round(y(2))}" y2="${round(y(2))}"/>${points.length > 1 ? `<path class="line" d="${line}"/>` : ''}${dots}</svg>`;
}

function progress(result: BankResult, b: Bank): string {
  const all = result.progress ?? {};
  const told = b.stories.filter((s) => all[s.path]);
  const items = told.map((s) => {
    const p = all[s.path];
    const last = p.points[p.points.length - 1];
    const trend = p.trend === 'up' ? 'up' : p.trend === 'down' ? 'down' : 'same';
    return `<li class="trend-${trend}"><figure>${open(s.path, undefined, esc(s.title), ' class="link"')} ${progressChart(p)} <span class="verdict ${esc(last.verdict)}">${esc(last.label)}</span><figcaption><span class="progress-summary">${esc(p.summary)}</span>${p.sections ? ` <span class="progress-sections">${esc(p.sections)}</span>` : ''}</figcaption></figure></li>`;
  });
  const rest = b.stories.length - told.length;
  const note = told.length === 0
    ? '<p class="empty">Each save of a story adds its reading here when it reads differently from the last one, so you can see a story improve.</p>'
    : rest > 0 ? `<p class="empty">${rest === 1 ? '1 story has' : `${rest} stories have`} no reading saved yet.</p>` : '';
  return `<section class="bank-progress" aria-labelledby="progress-heading">
<h2 id="progress-heading">Readings over time</h2>
${items.length ? `<ul class="progress">${items.join('')}</ul>` : ''}${note}
</section>`;
}

/**
 * The whole view. `null`: the server has not read the stories yet. `noStories`: no server, because the workspace has
 * no story (the host looked), so there is nothing to ask.
 */
export function renderBank(result: BankResult | null | undefined, noStories = false): string {
  if (!result) return noStories ? NO_STORIES : READING;
  const b = result.bank;
  if (b.stories.length === 0) return NO_STORIES;
  const byPath = new Map(b.stories.map((s) => [s.path, s]));
  const title = (path: string) => byPath.get(path)?.title ?? path;
  const config = result.configUri ? ` <button type="button" class="link" data-action="openConfig">Open .starcoach.json</button>` : '';
  return `<section class="bank-head" aria-labelledby="bank-heading">
<h2 id="bank-heading">${plural(b.stories.length, 'story', 'stories')}, ${esc(duration(b.totalSeconds))} to tell them all once</h2>
<p class="loop">Loop: ${esc(b.plan.preset)}, ${plural(b.plan.interviews, 'interview')}.${config}</p>
</section>
${matrix(b)}
${progress(result, b)}
${gaps(b)}
${conflicts(b, title)}
${overused(b, title)}
${next(b)}
${plan(b, byPath)}
${questions(b, byPath)}`;
}
