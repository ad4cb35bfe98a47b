// Starts code-server (VS Code 1.100 as a web app) on a free loopback port with a throwaway profile, and headless Chromium.
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const CS = resolve(process.env.CODE_SERVER ?? '.vscode-test/code-server/node_modules/.bin/code-server');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const freePort = () => new Promise((ok) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => ok(port));
  });
});

/**
 * workspace: a folder of stories; the workbench opens a copy, so no test can change the repository's files.
 * keybindings: the user's keybindings.json, e.g. to run a command with arguments, which the command palette cannot.
 */
export async function startCodeServer({ workspace, vsix = [], settings = {}, keybindings = [], log = !!process.env.VERBOSE, keep = false }) {
  const root = mkdtempSync(join(tmpdir(), 'cs-'));
  const at = (p) => join(root, p);
  const folder = at('ws');
  const io = log ? 'inherit' : 'ignore';
  for (const d of ['home', 'data/User', 'ext', 'tmp']) mkdirSync(at(d), { recursive: true });
  cpSync(resolve(workspace), folder, { recursive: true });
  writeFileSync(at('data/User/settings.json'), JSON.stringify({
    'files.autoSave': 'off', 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false, 'workbench.colorTheme': 'Default Dark Modern', ...settings,
  }));
  writeFileSync(at('data/User/keybindings.json'), JSON.stringify(keybindings));
  const env = { ...process.env, HOME: at('home'), XDG_CONFIG_HOME: at('home/.config'), XDG_DATA_HOME: at('home/.local/share'), XDG_CACHE_HOME: at('home/.cache'), TMPDIR: at('tmp') };
  const dirs = ['--config', at('config.yaml'), '--user-data-dir', at('data'), '--extensions-dir', at('ext')];
  for (const f of vsix) execFileSync(CS, [...dirs, '--install-extension', resolve(f)], { env, stdio: io });
  const port = Number(process.env.PORT) || (await freePort());
  const proc = spawn(CS, [...dirs, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust'], { env, detached: true, stdio: io });
  proc.on('error', (e) => {
    console.error(`${e.message}: run test-editor/setup.sh first`);
    process.exit(1);
  });
  const group = (sig) => {
    try {
      process.kill(-proc.pid, sig);
      return true;
    } catch {
      return false;
    }
  };
  const cleanup = () => { if (!keep) rmSync(root, { recursive: true, force: true }); };
  process.once('exit', () => {
    group('SIGKILL');
    cleanup();
  });
  for (const sig of ['SIGINT', 'SIGTERM']) process.once(sig, () => process.exit(130));
  const stop = async () => {
    group('SIGTERM');
    for (let i = 0; i < 60 && group(0); i++) await sleep(50);
    group('SIGKILL');
    cleanup();
  };
  const url = `http://127.0.0.1:${port}`;
  for (const t0 = Date.now(); ; await sleep(100)) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {}
    if (Date.now() - t0 > 30000 || proc.exitCode !== null) {
      await stop();
      throw new Error('code-server did not start');
    }
  }
  const workbench = (payload) => `${url}/?folder=${encodeURIComponent(folder)}` + (payload ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : '');
  return { url, folder, extensions: at('ext'), proc, stop, workbench, remote: (p) => `vscode-remote://127.0.0.1:${port}${resolve(p)}` };
}

export async function launchBrowser() {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  return { browser, page: await browser.newPage({ viewport: { width: 1400, height: 900 } }) };
}

/**
 * Named steps for a browser-driven run: each prints ✔ or ✘ with the first line of its error, and a failing step
 * leaves a screenshot `out/ui/<prefix>failure-N.png`. `counts` holds how many passed and failed.
 */
export function stepper(prefix = '') {
  const counts = { passed: 0, failed: 0 };
  const step = async (page, name, fn) => {
    try {
      await fn();
      counts.passed++;
      console.log(`  ✔ ${name}`);
    } catch (error) {
      counts.failed++;
      console.log(`  ✘ ${name}\n    ${String(error.message).split('\n')[0]}`);
      await page.screenshot({ path: `out/ui/${prefix}failure-${counts.passed + counts.failed}.png` }).catch(() => undefined);
    }
  };
  return { step, counts };
}

/** The webview frame whose document has `selector` (and `text` in one such element, when given): webviews sit two iframes deep. */
export async function findFrame(page, selector, { text = '', timeout = 20000 } = {}) {
  for (const t0 = Date.now(); Date.now() - t0 < timeout; await page.waitForTimeout(100)) {
    for (const frame of page.frames()) {
      if (await frame.evaluate(([s, t]) => [...document.querySelectorAll(s)].some((e) => e.textContent.includes(t)), [selector, text]).catch(() => false)) return frame;
    }
  }
  throw new Error(`no webview shows ${selector}${text ? ` with “${text}”` : ''}`);
}

/** Opens a workspace file by name through Quick Open (Ctrl+P), as a person would, until its tab is the active one. */
export async function openFile(page, name) {
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type(name);
  // the focused row, not any row: until the list is filtered, the first row is the file opened last
  await page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: name }).waitFor();
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.tab.active[aria-label*="${name}"]`);
}

/**
 * Ends a workbench script: writes its row of RELIABILITY.md when given one (`out/reliability/<name>-editor.json`),
 * prints `<name>: N passed, M failed`, rewrites RELIABILITY.md, and exits 0 only when something passed and nothing failed.
 */
export function finish(name, counts, row) {
  if (row) {
    mkdirSync('out/reliability', { recursive: true });
    writeFileSync(`out/reliability/${name}-editor.json`, JSON.stringify([row]));
  }
  console.log(`${name}: ${counts.passed} passed, ${counts.failed} failed`);
  execFileSync(process.execPath, ['scripts/reliability-report.mjs']);
  process.exit(counts.failed === 0 && counts.passed > 0 ? 0 : 1);
}

/**
 * Runs a command from the command palette by its title, as a person would: the row of that very title, focused (Enter
 * runs the focused row, and other commands may rank above it). Before a story is open the palette may come before the
 * workbench has read the extension's commands: then it lists none, and a second try does.
 */
export async function runCommand(page, title) {
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('F1');
    await page.keyboard.type(title);
    try {
      const row = page.locator(`.quick-input-widget .monaco-list-row[aria-label="${title}"], .quick-input-widget .monaco-list-row[aria-label^="${title},"]`).first();
      await row.waitFor({ timeout: 5000 });
      for (let i = 0; i < 10 && !(await row.evaluate((r) => r.classList.contains('focused'))); i++) await page.keyboard.press('ArrowDown');
      await page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: title }).waitFor({ timeout: 2000 });
      await page.keyboard.press('Enter');
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

/** Clicks into the line that holds `text` in `path` (a file of the workspace), until the status bar shows the cursor on that line. */
export async function clickLine(page, path, text) {
  const line = readFileSync(path, 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;
  const cursorThere = page.locator('.statusbar-item', { hasText: `Ln ${line},` }).first();
  for (let attempt = 1; ; attempt++) {
    await page.locator('.monaco-editor .view-line', { hasText: text }).first().click();
    try {
      await cursorThere.waitFor({ timeout: 3000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      await page.keyboard.press('Escape'); // a notification or a widget took the click
    }
  }
}

/** Opens the quick-fix menu at the cursor until it lists `title` (a busy server can answer after the first try). */
export async function openQuickFix(page, title) {
  const entry = page.locator('.action-widget .monaco-list-row', { hasText: title });
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+Period');
    try {
      await entry.waitFor({ timeout: 4000 });
      return entry;
    } catch (error) {
      if (attempt === 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
}
