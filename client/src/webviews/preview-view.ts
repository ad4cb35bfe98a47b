// Runs inside the answer preview's webview: draws the answer, the rate control, rehearsal and practice modes, scroll sync.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { rateLabel, renderAnswer } from './render-answer';
import { duration } from './format';

declare function acquireVsCodeApi(): { postMessage(message: unknown): void; getState(): unknown; setState(state: unknown): void };
type View = Parameters<typeof renderAnswer>[0];

const vscode = acquireVsCodeApi();
const root = document.getElementById('root')!;
const wpmInput = document.getElementById('wpm') as HTMLInputElement;
const wpmLabel = document.getElementById('wpm-value')!;
const rehearse = document.getElementById('rehearse') as HTMLButtonElement;
const practice = document.getElementById('practice') as HTMLButtonElement;
const copy = document.getElementById('copy') as HTMLButtonElement;
const storyRate = document.getElementById('story-rate') as HTMLButtonElement;
const clock = document.getElementById('clock')!;

let view: View = null;
let practising = false;
let timer: ReturnType<typeof setInterval> | undefined;
let startedAt = 0;
let syncingUntil = 0;

function draw() {
  root.innerHTML = renderAnswer(view, { practice: practising });
  if (view) {
    wpmInput.min = String(view.rateRange.min);
    wpmInput.max = String(view.rateRange.max);
    wpmInput.value = String(view.rehearsalWpm ?? view.wpm);
    wpmLabel.textContent = rateLabel(view);
    storyRate.hidden = view.rehearsalWpm === undefined;
  }
}

window.addEventListener('message', (event: MessageEvent) => {
  const message = event.data as { type?: unknown; data?: unknown; line?: unknown } | null;
  if (!message) return;
  if (message.type === 'answer') {
    view = message.data as View;
    draw();
  } else if (message.type === 'scrollTo' && typeof message.line === 'number') {
    const target = [...root.querySelectorAll<HTMLElement>('[data-line]')].filter((el) => Number(el.dataset.line) <= (message.line as number)).pop();
    if (target) {
      syncingUntil = Date.now() + 300;
      target.scrollIntoView({ block: 'start' });
    }
  }
});

wpmInput.addEventListener('input', () => {
  if (view) wpmLabel.textContent = rateLabel({ ...view, rehearsalWpm: Number(wpmInput.value) === view.wpm ? undefined : Number(wpmInput.value) });
});
wpmInput.addEventListener('change', () => vscode.postMessage({ type: 'wpm', value: Number(wpmInput.value) }));
storyRate.addEventListener('click', () => view && vscode.postMessage({ type: 'wpm', value: view.wpm }));

function stopRehearsal() {
  clearInterval(timer);
  timer = undefined;
  rehearse.textContent = 'Rehearse';
  rehearse.setAttribute('aria-pressed', 'false');
  root.querySelectorAll('.sentence.current').forEach((el) => el.classList.remove('current'));
}

rehearse.addEventListener('click', () => {
  if (timer) return stopRehearsal();
  startedAt = Date.now();
  rehearse.textContent = 'Stop';
  rehearse.setAttribute('aria-pressed', 'true');
  timer = setInterval(() => {
    const elapsed = (Date.now() - startedAt) / 1000;
    clock.textContent = duration(elapsed);
    const sentences = [...root.querySelectorAll<HTMLElement>('.sentence')];
    const current = sentences.filter((s) => Number(s.dataset.start) <= elapsed).pop();
    sentences.forEach((s) => s.classList.toggle('current', s === current));
    if (current && !current.dataset.seen) {
      current.dataset.seen = '1';
      current.scrollIntoView({ block: 'center', behavior: 'smooth' });
    }
    const last = sentences[sentences.length - 1];
    if (!last || elapsed > Number(last.dataset.start) + Number(last.dataset.seconds)) stopRehearsal();
  }, 200);
});

practice.addEventListener('click', () => {
  practising = !practising;
  practice.setAttribute('aria-pressed', String(practising));
  draw();
});

copy.addEventListener('click', () => vscode.postMessage({ type: 'copy' }));

root.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button.reveal-answer');
  if (!button) return;
  const answer = document.getElementById(button.getAttribute('aria-controls') ?? '');
  if (answer) answer.hidden = false;
  button.setAttribute('aria-expanded', 'true');
  button.remove();
});

let scrollTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('scroll', () => {
  if (Date.now() < syncingUntil || timer) return;
  clearTimeout(scrollTimer);
  scrollTimer = setTimeout(() => {
    const first = [...root.querySelectorAll<HTMLElement>('[data-line]')].find((el) => el.getBoundingClientRect().bottom > 0);
    if (first) vscode.postMessage({ type: 'reveal', line: Number(first.dataset.line), character: 0 });
  }, 80);
});

vscode.postMessage({ type: 'ready' });
