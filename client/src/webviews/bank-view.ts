// Runs inside the Story Bank view: draws what the host sends, moves through the matrix by keyboard, and reports clicks.
// No analysis here.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { renderBank } from './render-bank';

declare function acquireVsCodeApi(): { postMessage(message: unknown): void };

const vscode = acquireVsCodeApi();
const root = document.getElementById('root')!;
let last = '';

/** The matrix's buttons as a grid: one is in the Tab order (the last one focused), arrow keys move between them. */
const gridButtons = () => [...root.querySelectorAll<HTMLButtonElement>('table.matrix button[data-row]')];
const place = (b: HTMLElement) => `${b.dataset.path}\u0000${b.dataset.col}`;
/** What a button is, across a redraw: what it does, where it goes and what it says. */
const identity = (b: HTMLElement) => (b.dataset.row !== undefined ? `cell\u0000${place(b)}` : [b.dataset.action, b.dataset.path, b.dataset.line, b.textContent].join('\u0000'));

function rove(to: HTMLButtonElement, focus: boolean) {
  for (const b of gridButtons()) b.tabIndex = b === to ? 0 : -1;
  if (focus) to.focus();
}

window.addEventListener('message', (event: MessageEvent) => {
  const message = event.data as { type?: unknown; data?: unknown; noStories?: unknown } | null;
  if (!message || message.type !== 'bank') return;
  const html = renderBank(message.data as Parameters<typeof renderBank>[0], message.noStories === true);
  if (html === last) return; // nothing changed: no redraw, no flicker
  // Redraw in place: the scroll position stays, open <details> stay open, the cell in the Tab order stays the same
  // story and competency, and a focused button keeps the focus when it is still there.
  const open = new Set([...root.querySelectorAll('details[open]')].map((d) => d.closest('section')?.className));
  const active = document.activeElement instanceof HTMLElement && root.contains(document.activeElement) ? document.activeElement : undefined;
  const focused = active && identity(active);
  const current = gridButtons().find((b) => b.tabIndex === 0);
  const keep = current && place(current);
  root.innerHTML = html;
  for (const d of root.querySelectorAll('details')) if (open.has(d.closest('section')?.className)) d.setAttribute('open', '');
  const again = keep ? gridButtons().find((b) => place(b) === keep) : undefined;
  if (again) rove(again, false);
  if (focused) [...root.querySelectorAll<HTMLElement>('button')].find((b) => identity(b) === focused)?.focus();
  last = html;
});

root.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLElement>('button[data-action]');
  if (!button) return;
  const d = button.dataset;
  if (d.row !== undefined) rove(button as HTMLButtonElement, false);
  if (d.action === 'openStory') {
    vscode.postMessage({ type: 'openStory', path: d.path, line: Number(d.line), character: Number(d.character), endLine: Number(d.endLine), endCharacter: Number(d.endCharacter) });
  } else vscode.postMessage({ type: d.action });
});

// Arrow keys, Home and End move across the matrix, as in a spreadsheet; Enter and Space open (the buttons' own keys).
root.addEventListener('keydown', (event) => {
  const from = (event.target as Element).closest<HTMLButtonElement>('table.matrix button[data-row]');
  if (!from) return;
  const buttons = gridButtons();
  const row = Number(from.dataset.row);
  const col = Number(from.dataset.col);
  const rows = Math.max(...buttons.map((b) => Number(b.dataset.row)));
  const cols = Math.max(...buttons.map((b) => Number(b.dataset.col)));
  const target: Record<string, [number, number]> = {
    ArrowRight: [row, Math.min(cols, col + 1)],
    ArrowLeft: [row, Math.max(0, col - 1)],
    ArrowDown: [Math.min(rows, row + 1), col],
    ArrowUp: [Math.max(0, row - 1), col],
    Home: event.ctrlKey ? [0, 0] : [row, 0],
    End: event.ctrlKey ? [rows, cols] : [row, cols],
  };
  const to = target[event.key];
  if (!to) return;
  event.preventDefault();
  const next = buttons.find((b) => Number(b.dataset.row) === to[0] && Number(b.dataset.col) === to[1]);
  if (next) rove(next, true);
});

vscode.postMessage({ type: 'ready' });
