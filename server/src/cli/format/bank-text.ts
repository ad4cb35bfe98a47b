// `star-coach bank` as text: the matrix of stories by competencies, then what is missing, what is leaned on, what
// disagrees, the loop plan, the story to write next, and the story to tell for each common question.
import { formatDuration, VERDICT_LABEL, type Bank, type BankCell } from '../../core';
import { NO_PAINT, type Paint } from './text';

/** A cell as one character: counted and strong, counted, shown but not counted, not shown. */
export const CELL_MARK = { strong: '●', counted: '◐', shown: '○', none: '·' } as const;
export const cellMark = (c: BankCell | undefined) => (!c || c.shown === 'none' ? CELL_MARK.none : !c.counts ? CELL_MARK.shown : c.shown === 'strong' ? CELL_MARK.strong : CELL_MARK.counted);

/** The first letters of a competency's words, for a column's head: "Customer Obsession" is "CO", "Have Backbone; Disagree and Commit" "HBDC". */
export function initials(name: string): string {
  return name.split(/[^A-Za-z']+/).filter((w) => w && !/^(and|a|the|to|be|of|on|for)$/i.test(w)).map((w) => w[0].toUpperCase()).join('');
}

const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;
const basename = (p: string) => p.replace(/^.*[\\/]/, '');

export function formatBankText(b: Bank, paint: Paint = NO_PAINT): string {
  const out: string[] = [];
  const columns = b.competencies;
  out.push(paint.bold(`Story bank: ${plural(b.stories.length, 'story', 'stories')}, ${formatDuration(b.totalSeconds)} to tell them all once`));
  out.push(`Loop: ${b.plan.preset}, ${plural(b.plan.interviews, 'interview')}`, '');
  // The matrix: one row per story, one column per competency (its initials; the key follows).
  const heads = columns.map((c) => initials(c.name));
  const width = Math.max(3, ...heads.map((h) => h.length)) + 1;
  const names = b.stories.map((s) => basename(s.path));
  const nameWidth = Math.min(40, Math.max(5, ...names.map((n) => n.length)));
  out.push(`${'Story'.padEnd(nameWidth)}  ${heads.map((h) => h.padEnd(width)).join('')}  Reading`);
  b.stories.forEach((s, i) => {
    const cells = columns.map((c) => cellMark(s.cells[c.name]).padEnd(width)).join('');
    const name = names[i].length > nameWidth ? `${names[i].slice(0, nameWidth - 1)}…` : names[i].padEnd(nameWidth);
    out.push(`${name}  ${cells}  ${s.failed ? 'not read' : `${VERDICT_LABEL[s.verdict]}, ${formatDuration(s.seconds)}`}`);
  });
  out.push('', paint.dim(`${CELL_MARK.strong} shown strongly  ${CELL_MARK.counted} shown  (both at Hire or better)   ${CELL_MARK.shown} shown, not counted   ${CELL_MARK.none} not shown`));
  out.push(paint.dim(columns.map((c, i) => `${heads[i]} ${c.name}`).join(' · ')), '');

  out.push(paint.bold('Competencies'));
  const cw = Math.max(...columns.map((c) => c.name.length));
  for (const c of columns) out.push(`  ${c.name.padEnd(cw)}  ${c.gap ? paint.yellow('gap') : paint.green('ok ')}  ${c.why}`);
  if (b.overused.length) {
    out.push('', paint.bold('Leaned on too much'));
    for (const o of b.overused) out.push(`  ${o.path}: ${o.why}`);
  }
  if (b.conflicts.length) {
    out.push('', paint.bold('Stories that disagree'));
    for (const c of b.conflicts) out.push(`  ${c.paths[0]}:${c.ranges[0].start.line + 1} and ${c.paths[1]}:${c.ranges[1].start.line + 1}`, `    ${c.what}`);
  }
  out.push('', paint.bold(`Loop plan (${plural(b.plan.interviews, 'interview')}, each story told once)`));
  const sw = Math.max(...b.plan.slots.map((s) => s.competencies.join(', ').length));
  let last = 0;
  for (const slot of b.plan.slots) {
    const head = slot.interview !== last ? `Interview ${slot.interview}` : '';
    last = slot.interview;
    out.push(`  ${head.padEnd(12)}  ${slot.competencies.join(', ').padEnd(sw)}  ${slot.story ?? paint.yellow('none')}  ${paint.dim(slot.why)}`);
  }
  if (b.plan.next) out.push('', `${paint.bold('Next:')} ${b.plan.next}`);
  const answered = b.questions.filter((q) => q.story).length;
  out.push('', paint.bold(`Questions: ${answered} of ${b.questions.length} have a story`));
  for (const q of b.questions) out.push(`  ${q.question}`, `    ${q.story ? `${q.story}: ` : ''}${paint.dim(q.why)}`);
  return `${out.join('\n')}\n`;
}
