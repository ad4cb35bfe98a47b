// The bar raiser's reading as HTML, from the server's ReadingView: the verdict and its note, a grade bar per section,
// the fix first as a button, the competencies with their evidence. Pure and escaped, like the rest of the panel.
import type { ReadingView } from '../../../server/src/protocol';
import { esc, int } from './format';

const GRADE_STEPS: Record<string, number> = { missing: 0, weak: 1, adequate: 2, strong: 3 };
const SHOWN_STEPS: Record<string, number> = { none: 0, some: 1, strong: 2 };
const SHOWN_WORDS: Record<string, string> = { none: 'not shown', some: 'some evidence', strong: 'strong evidence' };

/** A bar of `of` steps with `on` filled; the word beside it says the same, so color and length are never all there is. */
function bar(on: number, of: number): string {
  return `<span class="bar" aria-hidden="true">${Array.from({ length: of }, (_, i) => `<span${i < on ? ' class="on"' : ''}></span>`).join('')}</span>`;
}

const line = (range: { start: { line: number } }) => int(range.start.line) + 1;

function fixFirst(r: ReadingView): string {
  const w = r.primaryWeakness;
  if (!w) {
    const held = r.verdict === 'no-hire' || r.verdict === 'lean-no-hire';
    return `<p class="fix-first none">${held ? 'No one finding holds it back: the reading comes from what the story does not show.' : 'Nothing to fix first.'}</p>`;
  }
  const title = w.fixable ? `Go to line ${line(w.range)} and show the fixes` : `Go to line ${line(w.range)}`;
  return `<p class="fix-first"><button type="button" class="weakness" data-action="${w.fixable ? 'fix' : 'reveal'}" data-line="${int(w.range.start.line)}" data-character="${int(w.range.start.character)}" title="${esc(title)}"><span class="label">Fix first, line ${line(w.range)}</span> ${esc(w.message)} <code>${esc(w.rule)}</code></button></p>${
    w.raisesTo !== r.verdict ? `<p class="raises">Fixed, the reading would be <strong>${esc(w.raisesToLabel)}</strong>.</p>` : ''}`;
}

function grades(r: ReadingView): string {
  return `<h3>Sections</h3><ul class="grades">${r.sections.map((s) => `<li class="grade ${esc(s.grade)}"><details><summary title="${esc(s.reasons.join('\n'))}"><span class="name">${esc(s.name)}</span> ${bar(GRADE_STEPS[s.grade] ?? 0, 3)} <span class="word">${esc(s.grade)}</span></summary><ul class="reasons">${s.reasons.map((why) => `<li>${esc(why)}</li>`).join('')}</ul></details></li>`).join('')}</ul>`;
}

function competencies(r: ReadingView): string {
  if (r.competencies.length === 0) return '';
  const items = r.competencies.map((c) => {
    const tags = [c.claimed ? 'claimed' : '', c.name === r.primaryCompetency && c.shown !== 'none' ? 'most shown' : ''].filter(Boolean).map((t) => `<span class="tag">${t}</span>`).join(' ');
    const evidence = c.evidence.map((e) => `<li><button type="button" class="link" data-action="reveal" data-line="${int(e.range.start.line)}" data-character="${int(e.range.start.character)}">Line ${line(e.range)}</button>, ${esc(e.shows)}: <q>${esc(e.text)}</q></li>`).join('');
    const needs = c.shown === 'none' && c.missing.length ? `<p class="needs">It needs ${esc(c.missing.join('; '))}.</p>` : '';
    const down = c.takenDownBy?.length ? `<p class="taken-down">Taken down: ${esc(c.takenDownBy.join('; '))}.</p>` : '';
    return `<li class="competency ${esc(c.shown)}"><details><summary><span class="name">${esc(c.name)}</span> <span class="strength">${bar(SHOWN_STEPS[c.shown] ?? 0, 2)} <span class="word">${esc(SHOWN_WORDS[c.shown] ?? c.shown)}</span> ${tags}</span></summary>${evidence ? `<ul class="evidence">${evidence}</ul>` : ''}${down}${needs}</details></li>`;
  });
  return `<h3>Competencies</h3><ul class="shown">${items.join('')}</ul>`;
}

/** The reading the panel opens with; nothing when the server sent none (a story it could not read). */
export function renderReading(r: ReadingView | null | undefined): string {
  if (!r) return '';
  const forWhom = r.head.startsWith(r.label) ? r.head.slice(r.label.length) : '';
  return `<section class="reading" aria-labelledby="reading-heading">
<h2 id="reading-heading"><span class="verdict ${esc(r.verdict)}">${esc(r.label)}</span>${esc(forWhom)}</h2>
<p class="note">${esc(r.note)}</p>
${fixFirst(r)}
${grades(r)}
${competencies(r)}
<h3>Level</h3><p class="level">${esc(r.level.why)}</p>
<p class="how"><button type="button" class="link" data-action="reviewDocs">How the reading is reached</button></p>
</section>`;
}
