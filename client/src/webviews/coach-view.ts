// Runs inside the coaching panel's webview: draws what the host sends and reports clicks. No analysis here.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { renderCoaching } from './render-coaching';

declare function acquireVsCodeApi(): { postMessage(message: unknown): void };

const vscode = acquireVsCodeApi();
const root = document.getElementById('root')!;
let last = '';

window.addEventListener('message', (event: MessageEvent) => {
  const message = event.data as { type?: unknown; data?: unknown } | null;
  if (!message || message.type !== 'coaching') return;
  const html = renderCoaching(message.data as Parameters<typeof renderCoaching>[0]);
  if (html === last) return; // nothing changed: no redraw, no flicker
  // Redraw in place: the scroll position stays, and open <details> stay open.
  const open = new Set([...root.querySelectorAll('details[open] > summary')].map((s) => s.textContent));
  root.innerHTML = html;
  for (const summary of root.querySelectorAll('details > summary')) if (open.has(summary.textContent)) summary.parentElement!.setAttribute('open', '');
  last = html;
});

root.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLElement>('button[data-action]');
  if (!button) return;
  const { action, line, character } = button.dataset;
  vscode.postMessage(line === undefined ? { type: action } : { type: action, line: Number(line), character: Number(character) });
});

vscode.postMessage({ type: 'ready' });
