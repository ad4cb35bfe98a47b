// The coaching panel as HTML, from the server's CoachingView. Pure, so it is tested without VS Code; every text is escaped.
import type { AimedFollowup, CoachingView, ReadingView } from '../../../server/src/protocol';
import { duration, esc, int } from './format';
import { renderReading } from './render-reading';

const SEVERITY_LABEL: Record<string, string> = { error: 'Error', warning: 'Warning', info: 'Info', hint: 'Hint' };

function meter(seconds: number, status: string, target?: number, cap?: number): string {
  if (!target) return '';
  const max = Math.max(cap ?? target * 2, seconds);
  return `<meter class="time-meter ${esc(status)}" min="0" max="${max}" low="${target}" high="${cap ?? target * 1.5}" optimum="0" value="${seconds}" aria-label="Spoken time ${esc(duration(seconds))} of ${esc(duration(target))} target"></meter>`;
}

/**
 * The panel with no story in front: STAR in three lines and two ways in. Fixed text, so nothing of a story reaches it;
 * the host shows it without the server, which starts only once a story is in sight.
 */
export const WELCOME = `<section class="welcome" aria-labelledby="welcome-heading">
<h2 id="welcome-heading">Tell it in STAR order</h2>
<ul class="star">
<li><strong>Situation, Task</strong>: where you were, what was going wrong, and why it was yours to fix.</li>
<li><strong>Action</strong>: each step you took, told with “I”.</li>
<li><strong>Result, Reflection</strong>: what changed, with a number, and what you would change beyond the fix.</li>
</ul>
<p class="actions"><button type="button" class="primary" data-action="newStory">New story</button> <button type="button" data-action="openSample">Open a sample</button></p>
<p class="empty">Open a <code>.star.md</code> story to see coaching for the part you are writing.</p>
</section>`;

/**
 * The follow-ups an interviewer would aim at this story, as the server found them: each question, the story's words it
 * is about as a button that puts the cursor on them, and what a strong answer does. Nothing when there are none.
 */
export function renderAimed(followups: readonly AimedFollowup[] | undefined): string {
  if (!followups || followups.length === 0) return '';
  const items = followups.map((f) => `<li class="aimed ${esc(f.kind)}"><p class="question">${esc(f.question)}</p><p class="about">About <button type="button" class="link" data-action="reveal" data-line="${int(f.range.start.line)}" data-character="${int(f.range.start.character)}" title="Go to line ${int(f.range.start.line) + 1}"><q>${esc(f.about)}</q>, line ${int(f.range.start.line) + 1}</button></p><p class="strong"><strong>What a strong answer does:</strong> ${esc(f.strong)}</p></li>`);
  return `<section class="aimed-followups" aria-labelledby="aimed-heading"><h2 id="aimed-heading">Follow-ups an interviewer would aim at this story</h2><ul class="aimed">${items.join('')}</ul></section>`;
}

/** The panel for a story: the bar raiser's reading of the whole story first, then the section the cursor is in. */
export function renderCoaching(view: (CoachingView & { review?: ReadingView | null; followups?: AimedFollowup[] }) | null | undefined): string {
  if (!view) return WELCOME;
  const parts: string[] = [];
  const reading = renderReading(view.review);
  if (reading) parts.push(reading);
  const s = view.section;
  if (s) {
    const target = s.targetSeconds ? ` / ${duration(s.targetSeconds)} target` : '';
    parts.push(`<section class="current" aria-labelledby="current-heading">
<h2 id="current-heading">${esc(s.name)} <span class="time">${esc(duration(s.seconds))}${esc(target)}</span>${s.status === 'empty' ? ' <span class="status">empty</span>' : ''}</h2>
${s.status === 'empty' ? '' : meter(s.seconds, s.status, s.targetSeconds, s.capSeconds)}
<p class="purpose">${esc(s.purpose)}</p>
${s.checklist.length ? `<h3>Checklist</h3><ul class="checklist">${s.checklist.map((c) => `<li class="${c.done ? 'done' : 'todo'}"><span class="mark" aria-hidden="true">${c.done ? '✓' : '○'}</span><span class="visually-hidden">${c.done ? 'Done: ' : 'To do: '}</span>${esc(c.label)}</li>`).join('')}</ul>` : ''}
${s.diagnostics.length ? `<h3>In this section</h3><ul class="findings">${s.diagnostics.map((d) => `<li><button type="button" class="finding ${esc(d.severity)}" data-action="${d.fixable ? 'fix' : 'reveal'}" data-line="${int(d.range.start.line)}" data-character="${int(d.range.start.character)}" title="${d.fixable ? 'Go there and show the fixes' : 'Go there'}"><span class="severity">${esc(SEVERITY_LABEL[d.severity] ?? d.severity)}</span> ${esc(d.message)} <code>${esc(d.rule)}</code></button></li>`).join('')}</ul>` : '<p class="clean">Nothing flagged in this section.</p>'}
<h3>Common mistake</h3><ul class="mistakes">${s.mistakes.map((m) => `<li>${esc(m)}</li>`).join('')}</ul>
${s.phrasing.length ? `<h3>Strong phrasing</h3><ul class="phrasing">${s.phrasing.map((p) => `<li>${esc(p)}</li>`).join('')}</ul>` : ''}
</section>`);
  } else {
    parts.push('<section class="current"><p class="empty">Put the cursor in a section (Situation, Task, Action, Result, Reflection, Follow-ups) to see what it must do.</p></section>');
  }
  if (view.competencies.length) {
    parts.push(`<section aria-labelledby="angle-heading"><h2 id="angle-heading">Angle for the competencies</h2>${view.competencies
      .map((c) => `<h3>${esc(c.name)}</h3><dl><dt>Lead with</dt><dd>${esc(c.lead)}</dd><dt>Emphasize</dt><dd>${esc(c.emphasize)}</dd><dt>Downplay</dt><dd>${esc(c.downplay)}</dd></dl>`)
      .join('')}</section>`);
  }
  const l = view.level;
  parts.push(`<section aria-labelledby="level-heading"><h2 id="level-heading">${esc(l.level)} expectations <span class="time">${esc(duration(l.totalSeconds))} / ${esc(duration(l.range.min))}–${esc(duration(l.range.max))}</span></h2>
<p>${esc(l.summary)}</p><dl><dt>Reflection</dt><dd>${esc(l.reflection)}</dd><dt>The bar</dt><dd>${esc(l.bar)}</dd></dl></section>`);
  const aimed = renderAimed(view.followups);
  if (aimed) parts.push(aimed);
  const prepared = view.prepared.length
    ? `<h3>Your prepared answers</h3><ul class="prepared">${view.prepared.map((p) => `<li><button type="button" class="link" data-action="reveal" data-line="${int(p.line)}" data-character="0">${esc(p.question)}</button> <span class="time ${esc(p.status)}">${esc(duration(p.seconds))}</span></li>`).join('')}</ul>`
    : '<p>No prepared answers yet: add a <code>## Follow-ups</code> section with a <code>###</code> question for each probe.</p>';
  parts.push(`<section aria-labelledby="probes-heading"><h2 id="probes-heading">Follow-up probes</h2>${prepared}<h3>Likely probes</h3>${view.probes
    .map((p) => `<details><summary>${esc(p.question)}</summary><p class="probes">Tests: ${esc(p.probes)}</p><p><strong>Strong:</strong> ${esc(p.strong)}</p><p><strong>Weak:</strong> ${esc(p.weak)}</p></details>`)
    .join('')}</section>`);
  return parts.join('\n');
}
