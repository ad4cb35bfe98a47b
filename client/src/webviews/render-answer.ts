// The spoken-answer preview as HTML, from the server's AnswerView. Pure and escaped, like the coaching panel.
import type { AnswerView, ReadingView } from '../../../server/src/protocol';
import { TIME_STATUS_LABEL } from '../../../server/src/core/timing';
import { duration, esc, int } from './format';

const STATUS: Record<string, string> = TIME_STATUS_LABEL;

/** Whose rate the times are at: "130 wpm, the story's rate", or "rehearsing at 150 wpm; the story says 130". */
export function rateLabel(view: Pick<AnswerView, 'wpm' | 'wpmFrom' | 'rehearsalWpm'>): string {
  const own = view.wpmFrom === 'story' ? 'the story says' : 'your setting says';
  if (view.rehearsalWpm !== undefined) return `rehearsing at ${view.rehearsalWpm} wpm; ${own} ${view.wpm}`;
  return `${view.wpm} wpm, ${view.wpmFrom === 'story' ? "the story's rate" : 'your setting'}`;
}

export function answerAsPlainText(view: AnswerView): string {
  const lines: string[] = [];
  if (view.title) lines.push(view.title, '');
  for (const s of view.sections) lines.push(`${s.name}`, s.sentences.map((x) => x.text).join(' '), '');
  return lines.join('\n').trim() + '\n';
}

/** The reading in the header, as `star-coach check` prints it: "No Hire for Ownership; fix first: line 14, …". */
function readingLine(r: ReadingView | null | undefined): string {
  if (!r) return '';
  if (!r.line.startsWith(r.label)) return `<p class="reading-line">${esc(r.line)}</p>`;
  return `<p class="reading-line"><span class="verdict ${esc(r.verdict)}">${esc(r.label)}</span>${esc(r.line.slice(r.label.length))}</p>`;
}

export function renderAnswer(view: (AnswerView & { review?: ReadingView | null }) | null | undefined, options: { practice?: boolean } = {}): string {
  if (!view) return '<p class="empty">Open a <code>.star.md</code> story to preview it as it will be spoken.</p>';
  const totalState = view.totalSeconds > view.range.max ? 'over' : view.totalSeconds < view.range.min ? 'under' : 'within';
  const head = `<header class="answer-head">
<h1>${esc(view.title ?? 'Your answer')}</h1>
${readingLine(view.review)}
<p class="total ${totalState}"><span class="time">${esc(duration(view.totalSeconds))}</span> at ${int(view.wpm)} words a minute; ${esc(view.level)} answers run ${esc(duration(view.range.min))}–${esc(duration(view.range.max))} <span class="status">(${esc(totalState)})</span></p>
${view.rehearsalWpm !== undefined ? `<p class="rehearsal">Rehearsing at ${int(view.rehearsalWpm)} wpm: the answer takes <span class="time">${esc(duration(view.rehearsalSeconds ?? 0))}</span>. The times below are at the story's rate, ${int(view.wpm)} wpm, as in the editor.</p>` : ''}
<meter class="time-meter ${totalState}" min="0" max="${Math.max(view.range.max * 1.3, view.totalSeconds)}" low="${view.range.min}" high="${view.range.max}" optimum="${(view.range.min + view.range.max) / 2}" value="${view.totalSeconds}" aria-label="Total spoken time"></meter>
</header>`;
  const sections = view.sections
    .map((s, i) => `<section class="spoken ${esc(s.status)}" data-line="${int(s.line)}" aria-labelledby="s${i}">
<h2 id="s${i}">${esc(s.name)} <span class="time">${esc(duration(s.seconds))}${s.targetSeconds ? ` / ${esc(duration(s.targetSeconds))}` : ''}</span> <span class="status">${esc(STATUS[s.status] ?? '')}</span></h2>
${s.targetSeconds ? `<meter class="time-meter ${esc(s.status)}" min="0" max="${Math.max(s.capSeconds ?? s.targetSeconds * 2, s.seconds)}" low="${s.targetSeconds}" high="${s.capSeconds ?? s.targetSeconds * 1.5}" optimum="0" value="${s.seconds}" aria-label="${esc(s.name)}: ${esc(duration(s.seconds))} spoken"></meter>` : ''}
<p>${s.sentences.map((x) => `<span class="sentence" data-line="${int(x.line)}" data-start="${Number(x.startSecond) || 0}" data-seconds="${Number(x.seconds) || 0}">${esc(x.text)}</span>`).join(' ')}</p>
</section>`)
    .join('\n');
  const probes = view.probes.length
    ? `<section class="probes" aria-labelledby="probes-h"><h2 id="probes-h">Follow-ups</h2>${view.probes
        .map((p, i) => `<div class="probe" data-line="${int(p.line)}"><h3>${esc(p.question)} <span class="time ${esc(p.status)}">${esc(duration(p.seconds))}</span></h3>${
          options.practice
            ? `<button type="button" class="reveal-answer" aria-expanded="false" aria-controls="a${i}">Show my answer</button><p id="a${i}" class="answer" hidden>${esc(p.answer.map((a) => a.text).join(' '))}</p>`
            : `<p class="answer">${esc(p.answer.map((a) => a.text).join(' ')) || '<em>No answer yet.</em>'}</p>`
        }</div>`)
        .join('')}</section>`
    : '';
  return `${head}\n${sections}\n${probes}`;
}
