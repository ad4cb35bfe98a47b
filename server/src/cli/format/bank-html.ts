// `star-coach bank --format html`: one self-contained page to print for the interview day. No script, no remote
// resource (its Content Security Policy allows nothing but its own inline style), every piece of story text escaped.
// It prints on A4 and on Letter: the page's margins are set, never its size (test-editor/bank-report.mjs prints it on both).
import { formatDuration, VERDICT_LABEL, type Bank, type StoryProgress } from '../../core';
import { cellMark, initials } from './bank-text';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);

const STYLE = `
@page { margin: 14mm 12mm; }
* { box-sizing: border-box; }
/* A word longer than its line (a link, an address) breaks anywhere rather than push the page past its margin. */
body { font: 10pt/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b; margin: 0 auto; max-width: 190mm; padding: 8mm 0; overflow-wrap: anywhere; }
h1 { font-size: 17pt; margin: 0 0 2mm; }
h2 { font-size: 12.5pt; margin: 7mm 0 2mm; border-bottom: 1px solid #999; padding-bottom: 1mm; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 0; }
p { margin: 1mm 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #bbb; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
tr, .story { break-inside: avoid; }
thead { display: table-header-group; }
thead th, .matrix td { overflow-wrap: normal; }
.matrix td.numbers { white-space: nowrap; }
/* The competencies' heads stand upright, so a column is as wide as its mark: 19 columns fit A4 beside the titles. */
.matrix th.c, .matrix td.c { text-align: center; width: 5.5mm; padding: 1mm 0; }
.matrix thead th.c { writing-mode: vertical-rl; transform: rotate(180deg); vertical-align: top; white-space: nowrap; padding: 1.5mm 0; }
.matrix td.c { font-size: 11pt; }
td.strong { background: #1f7a3a; color: #fff; }
td.counted { background: #8fd19e; }
td.shown { background: #f3e3a3; }
td.none { color: #888; }
.gap { color: #a33; font-weight: 600; }
.muted { color: #555; }
.key { font-size: 8.5pt; color: #444; }
.story { border: 1px solid #bbb; padding: 2mm 3mm; margin: 0 0 2.5mm; }
.numbers { font-variant-numeric: tabular-nums; }
.progress { display: flex; gap: 2mm; align-items: center; }
.progress svg { flex: none; }
.progress .line { fill: none; stroke: #1b1b1b; stroke-width: 1.5; }
.progress .bar-line { stroke: #888; stroke-width: 1; stroke-dasharray: 2 2; }
.progress .dot { stroke: #fff; stroke-width: 1; }
.progress .dot.no-hire { fill: #a33; }
.progress .dot.lean-no-hire { fill: #b07a00; }
.progress .dot.hire, .progress .dot.strong-hire { fill: #1f7a3a; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
`;

const CLASS = { '●': 'strong', '◐': 'counted', '○': 'shown', '·': 'none' } as const;
const WORDS = { strong: 'shown strongly', counted: 'shown', shown: 'shown, not counted', none: 'not shown' } as const;
const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;

/** The chart draws at most this many readings, the last ones; the sentence beside it tells them all. */
const CHART_POINTS = 40;

/**
 * A story's readings over time as a small step chart (one step per reading, No Hire at the bottom, Strong Hire at the
 * top, a dashed line at Hire) with the history in words beside it, which a screen reader reads in its place.
 */
export function progressHtml(p: StoryProgress): string {
  const points = p.points.slice(-CHART_POINTS).filter((x) => x.level >= 0 && x.level <= 3);
  const width = Math.max(48, Math.min(160, (points.length - 1) * 8 + 8));
  const round = (n: number) => Math.round(n * 10) / 10;
  const x = (i: number) => round(points.length === 1 ? width / 2 : 4 + (i * (width - 8)) / (points.length - 1));
  const y = (level: number) => round(22 - (level * 18) / 3);
  const line = points.map((q, i) => (i === 0 ? `M${x(0)} ${y(q.level)}` : `H${x(i)}V${y(q.level)}`)).join('');
  const svg = `<svg aria-hidden="true" width="${width}" height="26" viewBox="0 0 ${width} 26"><line class="bar-line" x1="0" x2="${width}" y1="${y(2)}" y2="${y(2)}"/>${points.length > 1 ? `<path class="line" d="${line}"/>` : ''}${points.map((q, i) => `<circle class="dot ${esc(q.verdict)}" cx="${x(i)}" cy="${y(q.level)}" r="2.5"/>`).join('')}</svg>`;
  return `<p class="progress">${svg}<span><strong>Over time:</strong> ${esc(p.summary)}${p.sections ? ` ${esc(p.sections)}` : ''}</span></p>`;
}

/** The report; `progress` gives each story's readings over time, by path, when the practice file has them. */
export function formatBankHtml(b: Bank, progress: Readonly<Record<string, StoryProgress>> = {}): string {
  const titleOf = new Map(b.stories.map((s) => [s.path, s.title]));
  const story = (path: string | null) => (path ? `<a href="#${anchor(path)}">${esc(titleOf.get(path) ?? path)}</a>` : '<span class="gap">none yet</span>');
  const anchor = (path: string) => `s-${b.stories.findIndex((s) => s.path === path)}`;
  const parts: string[] = [];
  parts.push(`<h1>Story bank</h1>`, `<p>${plural(b.stories.length, 'story', 'stories')}, ${esc(formatDuration(b.totalSeconds))} to tell them all once. Loop: ${esc(b.plan.preset)}, ${plural(b.plan.interviews, 'interview')}.</p>`);
  if (b.plan.next) parts.push(`<p><strong>Next:</strong> ${esc(b.plan.next)}</p>`);

  // The matrix, a heat map: each cell says in a mark and in its title what the color says.
  const cols = b.competencies;
  parts.push('<h2>Stories by competency</h2>', '<table class="matrix"><thead><tr><th scope="col">Story</th>');
  for (const c of cols) parts.push(`<th scope="col" class="c"><abbr title="${esc(c.name)}">${esc(initials(c.name))}</abbr></th>`);
  parts.push('<th scope="col">Reading</th><th scope="col">Time</th></tr></thead><tbody>');
  for (const s of b.stories) {
    parts.push(`<tr><th scope="row"><a href="#${anchor(s.path)}">${esc(s.title)}</a></th>`);
    for (const c of cols) {
      const mark = cellMark(s.cells[c.name]);
      const kind = CLASS[mark];
      parts.push(`<td class="c ${kind}" title="${esc(`${c.name}: ${WORDS[kind]}`)}">${mark}</td>`);
    }
    parts.push(`<td>${s.failed ? 'not read' : esc(VERDICT_LABEL[s.verdict])}</td><td class="numbers">${esc(formatDuration(s.seconds))}</td></tr>`);
  }
  parts.push('</tbody></table>');
  parts.push(`<p class="key">● shown strongly · ◐ shown (both in a story that reads Hire or better) · ○ shown, not counted · · not shown. ${cols.map((c) => `${esc(initials(c.name))} ${esc(c.name)}`).join('; ')}.</p>`);

  parts.push('<h2>Competencies</h2><table><thead><tr><th scope="col">Competency</th><th scope="col">Best story</th><th scope="col">Why</th></tr></thead><tbody>');
  for (const c of cols) parts.push(`<tr><th scope="row">${esc(c.name)}</th><td>${story(c.best)}</td><td>${esc(c.why)}</td></tr>`);
  parts.push('</tbody></table>');

  if (b.overused.length || b.conflicts.length) {
    parts.push('<h2>Before the day</h2><ul>');
    for (const o of b.overused) parts.push(`<li>${esc(o.why)}</li>`);
    for (const c of b.conflicts) parts.push(`<li>${esc(c.what)}</li>`);
    parts.push('</ul>');
  }

  parts.push(`<h2>Loop plan</h2><table><thead><tr><th scope="col">Interview</th><th scope="col">Competency</th><th scope="col">Story</th></tr></thead><tbody>`);
  for (const slot of b.plan.slots) parts.push(`<tr><td>${slot.interview}</td><td>${esc(slot.competencies.join(', '))}</td><td>${story(slot.story)}${slot.story ? '' : ` <span class="muted">${esc(slot.why)}</span>`}</td></tr>`);
  parts.push('</tbody></table>');

  parts.push('<h2>Questions</h2><table><thead><tr><th scope="col">Question</th><th scope="col">Story to tell</th></tr></thead><tbody>');
  for (const q of b.questions) parts.push(`<tr><td>${esc(q.question)}</td><td>${story(q.story)}</td></tr>`);
  parts.push('</tbody></table>');

  parts.push('<h2>The stories</h2>');
  for (const s of b.stories) {
    parts.push(`<section class="story" id="${anchor(s.path)}"><h3>${esc(s.title)}</h3>`);
    parts.push(`<p class="muted">${esc(s.path)} · ${s.failed ? 'not read' : esc(s.reading)} · ${esc(formatDuration(s.seconds))}</p>`);
    if (s.question) parts.push(`<p><em>${esc(s.question)}</em></p>`);
    if (s.summary) parts.push(`<p>${esc(s.summary)}</p>`);
    if (s.numbers.length) parts.push(`<p class="numbers"><strong>Numbers:</strong> ${s.numbers.map(esc).join(' · ')}</p>`);
    if (progress[s.path]) parts.push(progressHtml(progress[s.path]));
    parts.push('</section>');
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Story bank</title>
<style>${STYLE}</style>
</head>
<body>
${parts.join('\n')}
</body>
</html>
`;
}
