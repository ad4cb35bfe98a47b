// `star-coach init`, run as a user would (the built CLI in a real process, in a temp folder): the bank it makes checks
// clean of errors and its configuration validates, and it never writes over anything, however the name is taken.
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import { afterAll, describe, expect, test } from 'vitest';
import { CONFIG_FILE, DEFAULT_LEVEL, expandSnippet, parseConfig, RULE_IDS } from '../server/src/core';
import { EDITOR_KEYWORDS } from '../server/src/core/config-schema';
import { storyFileName, storyTemplate, TEMPLATE_QUESTION } from '../server/src/core/template';
import { INSTALLED_SCHEMA } from '../server/src/cli/init';
import { record, writeReport } from './support/reliability-report';
import { ROOT, runCli } from './support/run-cli';

afterAll(() => writeReport('init'));

const STORY = storyFileName(TEMPLATE_QUESTION);
const FILES = [CONFIG_FILE, 'README.md', STORY];
const temp = () => mkdtempSync(join(tmpdir(), 'star-init-'));
const ajv = new Ajv({ strict: true });
ajv.addVocabulary(EDITOR_KEYWORDS);
const schemaAccepts = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', 'starcoach.schema.json'), 'utf8')));

/** Every entry under a folder with its bytes, kind and modification time: what "changes nothing" compares. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const s = lstatSync(p);
      out[p.slice(dir.length)] = s.isSymbolicLink() ? 'link' : s.isDirectory() ? 'folder' : `${s.mtimeMs} ${readFileSync(p, 'base64')}`;
      if (s.isDirectory()) walk(p);
    }
  };
  walk(dir);
  return out;
}

describe('star-coach init', () => {
  test('makes a bank: a configuration that validates, a README, and a story that checks with no error', () => {
    const dir = temp();
    const r = runCli(['init', 'bank'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`created bank/${CONFIG_FILE}\n`);
    expect(r.stdout).toContain('created bank/README.md\n');
    expect(r.stdout).toContain(`created bank/${STORY}\n`);
    expect(readdirSync(join(dir, 'bank')).sort()).toEqual([...FILES].sort());

    const configText = readFileSync(join(dir, 'bank', CONFIG_FILE), 'utf8');
    const parsed = parseConfig(configText, RULE_IDS);
    expect(parsed.invalid).toBeUndefined();
    expect(parsed.problems).toEqual([]);
    expect(parsed.config).toEqual({ level: DEFAULT_LEVEL });
    expect(schemaAccepts(JSON.parse(configText))).toBe(true);

    const checked = runCli(['check', '--format', 'json', 'bank'], dir);
    expect(checked.stderr).toBe('');
    expect(checked.code).toBe(0);
    const [file] = JSON.parse(checked.stdout).files;
    expect(file.path).toBe(`bank/${STORY}`);
    expect(file.diagnostics.filter((d: { severity: string }) => d.severity === 'error')).toEqual([]);
    // The template's placeholders are reported: the story is a start, not an answer.
    expect(file.diagnostics.some((d: { rule: string }) => d.rule === 'unfilled-placeholder')).toBe(true);
    expect(readFileSync(join(dir, 'bank', 'README.md'), 'utf8')).toContain('star-coach check');
  });

  test('the story is the one New Story from Template inserts, with each placeholder as written', () => {
    const dir = temp();
    runCli(['init', '--level', 'Staff'], dir);
    const story = readFileSync(join(dir, STORY), 'utf8');
    expect(story).toBe(expandSnippet(storyTemplate({ question: TEMPLATE_QUESTION, level: 'staff', competencies: ['Ownership'] })));
    expect(story).toMatch(/^level: staff$/m);
    expect(story).toContain('The deeper cause was ‹'); // the Reflection a staff answer needs
    expect(parseConfig(readFileSync(join(dir, CONFIG_FILE), 'utf8'), RULE_IDS).config).toEqual({ level: 'staff' });
    // The client builds its snippet from the same function and keeps no template text of its own.
    const commands = readFileSync(join(ROOT, 'client', 'src', 'commands.ts'), 'utf8');
    expect(commands).toMatch(/import \{[^}]*\bstoryTemplate\b[^}]*\} from '\.\.\/\.\.\/server\/src\/core\/template'/);
    expect(commands).not.toContain('## Situation');
  });

  test('running it twice changes nothing, says what it left alone, and exits 2 for having created nothing', () => {
    const dir = temp();
    expect(runCli(['init', 'bank'], dir).code).toBe(0);
    const before = snapshot(dir);
    const again = runCli(['init', 'bank'], dir);
    expect(snapshot(dir)).toEqual(before);
    expect(again.code).toBe(2);
    for (const name of FILES) expect(again.stdout).toContain(`left alone bank/${name}: it is there already\n`);
    expect(again.stderr).toBe('star-coach: init created nothing; every file was there already\n');
  });

  test('a name taken by a folder or a broken link is left alone; the rest is created, and the run succeeds', () => {
    const dir = temp();
    mkdirSync(join(dir, 'README.md'));
    symlinkSync(join(dir, 'nowhere.json'), join(dir, CONFIG_FILE));
    const r = runCli(['init'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('left alone README.md: it is there already\n');
    expect(r.stdout).toContain(`left alone ${CONFIG_FILE}: it is there already\n`);
    expect(r.stdout).toContain(`created ${STORY}\n`);
    expect(statSync(join(dir, 'README.md')).isDirectory()).toBe(true);
    expect(existsSync(join(dir, 'nowhere.json'))).toBe(false); // the link was not followed
    record({ area: 'cli', input: 'init over an existing bank, a README.md that is a folder, a .starcoach.json that is a broken link, a folder that is a file', cases: 4, result: 'nothing written over or through; each left alone named; exit 2 only when nothing was created' });
  });

  test('a folder that cannot be made: one line, exit 2', () => {
    const dir = temp();
    writeFileSync(join(dir, 'taken'), 'x');
    const r = runCli(['init', 'taken/bank'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('star-coach: taken/bank is a file, not a folder\n');
    expect(readFileSync(join(dir, 'taken'), 'utf8')).toBe('x');
  });

  test('"$schema" points at the schema of the star-coach installed in the project, and is left out when there is none', () => {
    const project = temp();
    mkdirSync(join(project, 'node_modules', 'star-coach', 'schemas'), { recursive: true });
    writeFileSync(join(project, INSTALLED_SCHEMA), readFileSync(join(ROOT, 'schemas', 'starcoach.schema.json')));
    for (const [folder, expected] of [['.', `./${INSTALLED_SCHEMA}`], ['stories/mine', `../../${INSTALLED_SCHEMA}`]]) {
      expect(runCli(['init', folder], project).code).toBe(0);
      const config = JSON.parse(readFileSync(join(project, folder, CONFIG_FILE), 'utf8'));
      expect(config.$schema).toBe(expected);
      expect(resolve(project, folder, config.$schema)).toBe(join(project, INSTALLED_SCHEMA));
      expect(parseConfig(JSON.stringify(config), RULE_IDS).problems).toEqual([]);
    }
    const bare = temp();
    const r = runCli(['init'], bare);
    expect(JSON.parse(readFileSync(join(bare, CONFIG_FILE), 'utf8'))).toEqual({ level: DEFAULT_LEVEL });
    expect(r.stdout).toContain('It has no "$schema"');
  });

  test('a bad level or a second folder is a usage error, and --help names init', () => {
    const dir = temp();
    const bad = runCli(['init', '--level', 'staf'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('star-coach: --level must be one of sde1, sde2, senior, staff, manager, not "staf"; did you mean staff?\n');
    expect(runCli(['init', 'a', 'b'], dir).code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
    expect(runCli(['--help']).stdout).toContain('star-coach init [folder] [--level LEVEL]');
  });
});
