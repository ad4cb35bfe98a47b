// The story bank's printed page (`star-coach bank --format html`) in real headless Chromium: a bank of 25 stories, one
// of them hostile (markup, `javascript:` links, a style and an `@import` of a loopback address in its title, question
// and Result), opened from file://. Nothing runs, nothing is fetched, no style leaks; printed on A4 and on Letter, the
// matrix stays inside the printable width, no table row or story is split across pages, and the PDF's own text holds
// the matrix, the question-to-story table and every story's summary. Screenshots and PDFs: out/ui/bank-report-*.
// KEEP=1 keeps the temporary folder (the bank, the page, the PDFs of the page-end checks).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser, stepper, finish } from './codeserver.mjs';

mkdirSync('out/ui', { recursive: true });
const { step: runStep, counts } = stepper('bank-report-');
console.log("the story bank's printed page");

// Builds the CLI when dist/cli.js is missing or older than a source file (`npm run test:editor` has just built it).
const CLI = resolve('dist/cli.js');
const newest = (dir) => Math.max(...readdirSync(dir, { recursive: true }).map((f) => statSync(join(dir, f)).mtimeMs));
let built = 0;
try {
  built = statSync(CLI).mtimeMs;
} catch {}
if (built < newest('server/src')) execFileSync(process.execPath, ['esbuild.mjs'], { stdio: 'inherit' });

// Any request that reaches this loopback server is a fetch the page must never make.
const hits = [];
const server = createServer((req, res) => {
  hits.push(req.url);
  res.end();
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const remote = `http://127.0.0.1:${server.address().port}`;
// The same server by name, where a dot in the address would end the Result's first sentence (the page shows only that).
const local = `http://localhost:${server.address().port}`;

// Each script payload sets window.__ran to its own name if it ever runs.
const tmp = mkdtempSync(join(tmpdir(), 'bank-report-'));
cpSync('test-fixtures/review/blind-r1', join(tmp, 'bank'), { recursive: true });
const payloads = {
  question: `Tell me about a time <script>window.__ran='question'</script> you <img src=${remote}/question.png onerror="window.__ran='question-img'"> acted [fast](javascript:window.__ran='question-link') <style>@import url(${remote}/question.css);</style>`,
  // A link is one long word: no line of the page may run past the margin for it.
  title: `Checkout <script>window.__ran='title'</script> outage <img src=x onerror="window.__ran='title-img'"> [fixed](javascript:window.__ran='title-link';void'${'x'.repeat(120)}') <style>body{display:none}</style>`,
  // The page shows the first 200 characters of the Result's first sentence: the payloads fit in them.
  result: `Failures fell from 20% to 0.5% <img src=${remote}/r.png onerror="window.__ran='ri'"> <script>window.__ran='result'</script> <style>@import url(${local}/r)</style> in 10 minutes, and we kept about $40,000 in orders that evening.`,
};
writeFileSync(join(tmp, 'bank', 'zz-hostile.star.md'), `---
question: ${JSON.stringify(payloads.question)}
competencies: [Bias for Action]
level: sde2
---

# ${payloads.title}

## Situation
At a shoe retailer, checkout failed for one in five buyers on a Friday evening. The payments team owned the service, and their on-call had not answered for 30 minutes.

## Task
Nobody asked me to act, and the service was not mine, but every minute cost orders.

## Action
- I read the payment logs and found a timeout set to 200 ms by a config change that morning.
- I rolled back the config change myself, which my role allowed, and watched the error rate.
- I wrote a note for the payments on-call with what I changed and how to undo it.

## Result
${payloads.result}

## Reflection
I learned to check config changes against the timeouts they touch. I now add a timeout check to every config review I do.
`);
const PAYLOAD_COUNT = Object.values(payloads).join(' ').match(/<script|<img|javascript:|<style/g).length;
const bankJson = JSON.parse(execFileSync(process.execPath, [CLI, 'bank', 'bank', '--format', 'json'], { cwd: tmp, encoding: 'utf8' }));
const pagePath = join(tmp, 'bank.html');
const pageUrl = pathToFileURL(pagePath).href;
// The same page with its rows and stories free to break, to show that the split check sees a split.
const controlPath = join(tmp, 'bank-control.html');
const controlUrl = pathToFileURL(controlPath).href;

const PAPERS = [
  { name: 'A4', file: 'a4', widthMm: 210, heightMm: 297 },
  { name: 'Letter', file: 'letter', widthMm: 8.5 * 25.4, heightMm: 11 * 25.4 },
];
const PX_PER_MM = 96 / 25.4;
const PT_PER_PX = 72 / 96;
/** A CSS length in mm, px, pt, cm or in, as CSS px. */
const cssPx = (length) => {
  const m = /^(-?[\d.]+)(mm|cm|in|pt|px)?$/.exec(String(length).trim());
  if (!m) return 0;
  const n = Number(m[1]);
  return n * { mm: PX_PER_MM, cm: 10 * PX_PER_MM, in: 96, pt: 96 / 72, px: 1 }[m[2] ?? 'px'];
};
const squash = (s) => s.replace(/\s+/g, '');
/** The margins of the page open in `p`, in CSS px, from its own @page rule: they decide the printable area. */
const pageMargins = async (p) => {
  const m = await p.evaluate(() => {
    const style = [...document.styleSheets].flatMap((s) => [...s.cssRules]).find((r) => r instanceof CSSPageRule)?.style;
    return { top: style?.marginTop, right: style?.marginRight, bottom: style?.marginBottom, left: style?.marginLeft };
  });
  return Object.fromEntries(Object.entries(m).map(([k, v]) => [k, cssPx(v ?? '0')]));
};

/** The words pdftotext finds on each page, with their boxes in pt. */
function pdfPages(path) {
  let xml;
  try {
    xml = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    throw new Error(`pdftotext failed (${error.code === 'ENOENT' ? 'not installed: run test-editor/setup.sh first' : error.message})`);
  }
  const unescape = (s) => s.replace(/&(lt|gt|amp|quot|apos|#39);/g, (_, e) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", '#39': "'" })[e]);
  return [...xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(([, width, height, body]) => ({
    width: Number(width),
    height: Number(height),
    words: [...body.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(([, x0, y0, x1, y1, text]) => ({ x0: +x0, y0: +y0, x1: +x1, y1: +y1, text: unescape(text) })),
  }));
}

/** A page's text between two x positions (pt), line by line from the top, with no white space: a column of a table. */
function columnText(page, left, right) {
  const words = page.words.filter((w) => (w.x0 + w.x1) / 2 >= left - 1 && (w.x0 + w.x1) / 2 <= right + 1).sort((a, b) => a.y0 - b.y0);
  const lines = [];
  for (const w of words) {
    const line = lines.at(-1);
    if (line && w.y0 - line[0].y0 < 3) line.push(w);
    else lines.push([w]);
  }
  return lines.map((l) => l.sort((a, b) => a.x0 - b.x0).map((w) => w.text).join('')).join('');
}

const blockText = (b) => b.cells.map((c) => c.text.trim()).join(' | ').replace(/\s+/g, ' ');

/**
 * Prints the page open in `p` (print media, at the printable width) to `pdf` and reads it back: its pages, each table
 * row and story of the page with its cells' text and place, and those no single page holds whole (`split`).
 */
async function printed(p, paper, pdf) {
  const blocks = await p.evaluate(() => {
    const box = (e) => ({ text: e.textContent, left: e.getBoundingClientRect().left, right: e.getBoundingClientRect().right });
    return [
      ...[...document.querySelectorAll('tbody tr')].map((tr) => ({ where: tr.closest('table').previousElementSibling?.textContent ?? '', cells: [...tr.children].map(box), moved: 'moved' in tr.dataset })),
      ...[...document.querySelectorAll('section.story')].map((s) => ({ where: 'The stories', cells: [box(s)], moved: 'moved' in s.dataset })),
    ];
  });
  const margin = await pageMargins(p);
  await p.pdf({ path: pdf, format: paper.name });
  const pages = pdfPages(pdf);
  if (pages.length < 1) throw new Error('no page printed');
  const want = paper.widthMm * PX_PER_MM * PT_PER_PX;
  if (Math.abs(pages[0].width - want) > 1) throw new Error(`pages are ${pages[0].width} pt wide, not ${want.toFixed(1)} (${paper.name})`);
  // A block is whole when one page holds each of its cells' text, line after line, in that cell's column.
  const at = (x) => (margin.left + x) * PT_PER_PX;
  const whole = (b) => pages.some((pg) => b.cells.every((c) => columnText(pg, at(c.left), at(c.right)).includes(squash(c.text))));
  return { pages, blocks, split: blocks.filter((b) => !whole(b)) };
}

/**
 * In the page open in `p` (print media), moves the tallest element `selector` finds to the top of the page (a row with
 * its table, as that table's first row) under a spacer that puts the element's middle on the first page's end, and
 * marks it `data-moved`. Nothing above it can break, so where it lands does not depend on the rest of the bank.
 */
async function acrossPageEnd(p, paper, selector) {
  const margin = await pageMargins(p);
  const pageHeight = paper.heightMm * PX_PER_MM - margin.top - margin.bottom;
  return p.evaluate(([selector, pageHeight]) => {
    const el = [...document.querySelectorAll(selector)].reduce((a, b) => (b.offsetHeight > a.offsetHeight ? b : a));
    el.dataset.moved = '';
    const spacer = document.createElement('div');
    if (el.tagName === 'TR') {
      el.parentElement.prepend(el);
      document.body.prepend(spacer, el.closest('table'));
    } else document.body.prepend(spacer, el);
    const r = el.getBoundingClientRect();
    spacer.style.height = `${pageHeight - r.top - r.height / 2}px`;
    return { text: el.textContent.replace(/\s+/g, ' ').trim(), lines: r.height / parseFloat(getComputedStyle(el.querySelector('th, td, p') ?? el).lineHeight) };
  }, [selector, pageHeight]);
}

const { browser, page } = await launchBrowser();
const step = (name, fn) => runStep(page, name, fn);
const seen = { requests: [], console: [], errors: [] };
const watch = async (p) => {
  p.on('request', (r) => seen.requests.push(r.url()));
  p.on('console', (m) => seen.console.push(`${m.type()}: ${m.text()}`));
  p.on('pageerror', (e) => seen.errors.push(e.message));
  // The test's own listener (DevTools scripts are not the page's and bypass its CSP): every blocked load or script.
  await p.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
};
const nothingFetchedOrLogged = () => {
  const others = seen.requests.filter((u) => u !== pageUrl);
  if (others.length) throw new Error(`the page requested ${others.join(', ')}`);
  if (hits.length) throw new Error(`the loopback server was asked for ${hits.join(', ')}`);
  if (seen.console.length || seen.errors.length) throw new Error(`the page logged: ${[...seen.console, ...seen.errors].join(' | ')}`);
};
const noViolations = async (p) => {
  const v = await p.evaluate(() => window.__violations);
  if (v.length) throw new Error(`the page's CSP blocked: ${v.join(', ')}`);
};

try {
  await step('bank --format html writes one page for 25 stories, the hostile one among them', async () => {
    const r = spawnSync(process.execPath, [CLI, 'bank', 'bank', '--format', 'html'], { cwd: tmp, encoding: 'utf8' });
    if (r.status !== 0 || r.stderr) throw new Error(`exit ${r.status}: ${r.stderr}`);
    if (!r.stdout.startsWith('<!doctype html>')) throw new Error(`not a page: ${r.stdout.slice(0, 80)}`);
    writeFileSync(pagePath, r.stdout);
    writeFileSync(controlPath, r.stdout.replace('</head>', '<style>tr, section.story { break-inside: auto !important; }</style>\n</head>'));
    if (bankJson.stories.length !== 25) throw new Error(`${bankJson.stories.length} stories in the bank`);
  });

  await watch(page);
  await step('opened from file://, the page fetches nothing but itself and logs nothing', async () => {
    await page.goto(pageUrl, { waitUntil: 'load' });
    if (!seen.requests.includes(pageUrl)) throw new Error(`the page itself was not seen: ${seen.requests.join(', ')}`);
    nothingFetchedOrLogged();
    await noViolations(page);
  });

  await step('no payload runs, no element is injected, no style leaks, the hostile text shows as text', async () => {
    const dom = await page.evaluate(() => ({
      ran: window.__ran,
      csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? '',
      elements: [...document.querySelectorAll('script, img, link, iframe, object, embed, svg, video, audio, source, base, form, meta[http-equiv="refresh"]')].map((e) => e.outerHTML.slice(0, 60)),
      styles: document.querySelectorAll('style').length,
      sheets: document.styleSheets.length,
      handlers: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName} ${a.name}`)),
      links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')).filter((h) => !/^#s-\d+$/.test(h)),
      shown: getComputedStyle(document.body).display,
      text: document.body.innerText,
    }));
    if (dom.ran !== undefined) throw new Error(`a payload ran: __ran = ${dom.ran}`);
    if (!dom.csp.includes("default-src 'none'")) throw new Error(`no CSP that forbids everything: "${dom.csp}"`);
    if (dom.elements.length) throw new Error(`elements that load or run: ${dom.elements.join(', ')}`);
    if (dom.styles !== 1 || dom.sheets !== 1) throw new Error(`${dom.styles} style elements, ${dom.sheets} style sheets; the page has one`);
    if (dom.handlers.length) throw new Error(`event handler attributes: ${dom.handlers.join(', ')}`);
    if (dom.links.length) throw new Error(`links out of the page: ${dom.links.join(', ')}`);
    if (dom.shown !== 'block') throw new Error(`a story's style hid the page: body is ${dom.shown}`);
    const shownAsText = [
      "<script>window.__ran='question'</script>", "[fast](javascript:window.__ran='question-link')", `<style>@import url(${remote}/question.css);</style>`,
      `[fixed](javascript:window.__ran='title-link';void'${'x'.repeat(120)}')`, `<img src=${remote}/r.png onerror="window.__ran='ri'">`, "<script>window.__ran='result'</script>", `<style>@import url(${local}/r)</style>`,
    ];
    for (const bit of shownAsText) {
      if (!dom.text.includes(bit)) throw new Error(`not shown as text: ${bit}`);
    }
    await noViolations(page);
  });

  for (const paper of PAPERS) {
    const p = await browser.newPage();
    await watch(p);
    await p.goto(pageUrl, { waitUntil: 'load' });
    await p.emulateMedia({ media: 'print' });
    const margin = await pageMargins(p);
    const printable = paper.widthMm * PX_PER_MM - margin.left - margin.right;
    await p.setViewportSize({ width: Math.floor(printable), height: 1000 });
    const label = `${paper.name} (${Math.round(printable / PX_PER_MM)} mm printable)`;

    await runStep(p, `${label}: the matrix of ${bankJson.competencies.length} competencies and every table stay inside the printable width`, async () => {
      await p.screenshot({ path: `out/ui/bank-report-${paper.file}.png`, fullPage: true });
      const m = await p.evaluate(() => ({
        tables: [...document.querySelectorAll('table')].map((t) => ({ name: t.className || t.previousElementSibling?.textContent, right: t.getBoundingClientRect().right })),
        columns: document.querySelectorAll('table.matrix thead th.c').length,
        page: document.documentElement.scrollWidth,
      }));
      if (m.columns !== bankJson.competencies.length) throw new Error(`${m.columns} columns in the matrix`);
      const width = Math.floor(printable) + 0.5;
      for (const t of m.tables) if (t.right > width) throw new Error(`table ${t.name} ends at ${t.right.toFixed(1)} px, past ${width} px`);
      if (m.page > width) throw new Error(`the page is ${m.page} px wide, past ${width} px`);
    });

    await runStep(p, `${label}: rows and stories keep together (break-inside: avoid applies), the header repeats`, async () => {
      const s = await p.evaluate(() => ({
        rows: [...document.querySelectorAll('tr, section.story')].map((e) => getComputedStyle(e).breakInside).filter((b) => b !== 'avoid'),
        heads: [...document.querySelectorAll('thead')].map((e) => getComputedStyle(e).display).filter((d) => d !== 'table-header-group'),
      }));
      if (s.rows.length) throw new Error(`${s.rows.length} rows or stories may break: ${[...new Set(s.rows)].join(', ')}`);
      if (s.heads.length) throw new Error(`a table header is ${s.heads[0]}`);
    });

    await runStep(p, `${label}: printed, no row or story is split across pages and the PDF's text holds the matrix, the questions and every summary`, async () => {
      const pdf = `out/ui/bank-report-${paper.file}.pdf`;
      const { pages, blocks, split } = await printed(p, paper, pdf);
      const [lo, hi] = [margin.left * PT_PER_PX - 1, pages[0].width - margin.right * PT_PER_PX + 1];
      for (const [i, pg] of pages.entries()) {
        const out = pg.words.find((w) => w.x0 < lo || w.x1 > hi);
        if (out) throw new Error(`page ${i + 1}: “${out.text}” is printed at ${out.x0.toFixed(1)}–${out.x1.toFixed(1)} pt, outside ${lo.toFixed(1)}–${hi.toFixed(1)}`);
      }
      if (split.length) throw new Error(`${split.length} split or missing, the first in ${split[0].where}: “${blockText(split[0]).slice(0, 90)}”`);
      // No word of the page is cut across two lines to make room. A line may break after a dash or a slash, and a word
      // of more than 30 characters (the hostile link and addresses) anywhere.
      const pieces = (text, longest = Infinity) => text.split(/\s+/).filter((w) => w.length <= longest).flatMap((w) => w.split(/(?<=[-–—/])/)).filter(Boolean);
      const printedWords = new Set(pages.flatMap((pg) => pg.words.flatMap((w) => pieces(w.text))));
      const pageWords = await p.evaluate(() => {
        const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const out = [];
        for (let n = walk.nextNode(); n; n = walk.nextNode()) if (!n.parentElement.closest('.matrix thead')) out.push(n.data);
        return out.join(' ');
      });
      const cut = [...new Set(pieces(pageWords, 30))].filter((w) => !printedWords.has(w));
      if (cut.length) throw new Error(`${cut.length} words cut across lines or not printed: ${cut.slice(0, 8).join(', ')}`);
      // What the issue asks the page to hold, from the bank's own JSON.
      const first = (where) => blocks.filter((b) => b.where === where).map((b) => squash(b.cells[0].text));
      const matrix = first('Stories by competency');
      const questions = first('Questions');
      const stories = first('The stories');
      for (const s of bankJson.stories) {
        if (!matrix.includes(squash(s.title))) throw new Error(`the matrix has no row for “${s.title}”`);
        const card = stories.find((t) => t.startsWith(squash(s.title)));
        if (!card) throw new Error(`no story printed for “${s.title}”`);
        // A story with no Result has no summary (r18 of the set has none).
        if (!card.includes(squash(s.summary))) throw new Error(`no summary printed for “${s.title}”`);
      }
      for (const q of bankJson.questions) if (!questions.includes(squash(q.question))) throw new Error(`the question table has no row for “${q.question}”`);
      const all = pages.map((pg) => pg.words.map((w) => w.text).join(' ')).join(' ');
      for (const h of ['Stories by competency', 'Questions', 'The stories']) if (!all.includes(h)) throw new Error(`no heading “${h}” printed`);
      console.log(`    ${pages.length} pages, ${blocks.length} rows and stories, each on one page`);
    });

    // The rule itself, on a row and on a story set across a page's end: on the page they move whole to the next page;
    // on a copy whose rule is taken out they split, so the split check above can see a split.
    for (const [what, selector] of [['row', 'table.matrix tbody tr'], ['story', 'section.story']]) {
      await runStep(p, `${label}: a ${what} set across a page's end prints whole; without break-inside: avoid it splits`, async () => {
        for (const [url, rule] of [[pageUrl, true], [controlUrl, false]]) {
          const c = await browser.newPage({ viewport: { width: Math.floor(printable), height: 1000 } });
          try {
            await c.goto(url, { waitUntil: 'load' });
            await c.emulateMedia({ media: 'print' });
            const moved = await acrossPageEnd(c, paper, selector);
            if (moved.lines < 4) throw new Error(`the tallest ${what} is ${moved.lines.toFixed(1)} lines: too short to split (orphans and widows keep 2 lines)`);
            const { split } = await printed(c, paper, join(tmp, `${what}-${rule}-${paper.file}.pdf`));
            const isSplit = split.some((b) => b.moved);
            if (rule && isSplit) throw new Error(`split across pages or cut: “${moved.text.slice(0, 80)}”`);
            if (!rule && !isSplit) throw new Error(`without the rule the ${what} did not split, so the check cannot see a split: “${moved.text.slice(0, 80)}”`);
          } finally {
            await c.close();
          }
        }
      });
    }

    await runStep(p, `${label}: nothing was fetched, logged or blocked while printing`, async () => {
      nothingFetchedOrLogged();
      await noViolations(p);
      if ((await p.evaluate(() => window.__ran)) !== undefined) throw new Error('a payload ran while printing');
    });
    await p.close();
  }

  // The traps themselves: a script and an image the test adds are blocked by the page's CSP, and the listener sees both.
  await step('the traps work: a script and an image the test adds are blocked by the CSP and reported', async () => {
    await page.evaluate((url) => {
      const s = document.createElement('script');
      s.textContent = "window.__ran = 'control'";
      document.body.append(s);
      document.body.insertAdjacentHTML('beforeend', `<img src="${url}/control.png">`);
    }, remote);
    await page.waitForFunction(() => window.__violations.length >= 2);
    const v = await page.evaluate(() => window.__violations.join(', '));
    if (!/script-src/.test(v) || !/img-src|default-src/.test(v)) throw new Error(`blocked: ${v}`);
    if ((await page.evaluate(() => window.__ran)) !== undefined) throw new Error('the test’s own script ran');
    if (hits.length) throw new Error(`the test’s own image was fetched: ${hits.join(', ')}`);
  });
} finally {
  await browser.close();
  server.close();
  if (!process.env.KEEP) rmSync(tmp, { recursive: true, force: true });
}

finish('bank-report', counts, {
  area: 'views',
  input: `the story bank's printed page for 25 stories, one with ${PAYLOAD_COUNT} payloads (script, img onerror, javascript: links, a style, an @import of a loopback address) in its title, question and Result, opened from file:// and printed on A4 and Letter`,
  cases: PAYLOAD_COUNT,
  result: 'shown as text; nothing ran, was fetched or was blocked; one style sheet; the matrix inside the printable width; no row or story split across pages',
});
