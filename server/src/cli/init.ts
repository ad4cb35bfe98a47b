// `star-coach init [folder]`: a new story bank, with a `.starcoach.json`, a README and a first story from the template
// New Story from Template uses. It never writes over a file that is there; every write goes through ../fsio.ts.
import { relative, resolve, sep } from 'node:path';
import { CONFIG_FILE, DEFAULT_LEVEL, expandSnippet, LEVELS, type Level } from '../core';
import { storyFileName, storyTemplate, TEMPLATE_QUESTION } from '../core/template';
import { createFile, findUpward, makeFolder } from '../fsio';
import type { Io } from './main';
import { oneOf, parseOptions, UsageError } from './options';

/**
 * Where a project that installs star-coach (`npm install --save-dev star-coach`) has the schema of `.starcoach.json`.
 * `$schema` points there, relative to the bank, only when the file is there: VS Code reads a file's `$schema` before the
 * schema the extension brings, and one that cannot be loaded leaves the file unchecked. Nothing is ever fetched.
 */
export const INSTALLED_SCHEMA = 'node_modules/star-coach/schemas/starcoach.schema.json';

/** The competencies the first story claims: the ones its example question asks about. */
const FIRST_STORY_COMPETENCIES = ['Ownership'];

function readme(story: string): string {
  return `# Interview stories

A story bank: one behavioral-interview answer per \`.star.md\` file, told in STAR form (Situation, Task, Action, Result,
Reflection, and the follow-up questions you expect). Star Coach reads each story the way an interviewer listens, and
times it as you would say it.

## Check the stories

- In VS Code with the Star Coach extension, open a story: findings show as you type, and the Problems view lists them
  for every story here.
- On the command line, run \`star-coach check\` in this folder. It lists each finding and each story's spoken time, and
  exits 1 when a story has an error.

## Write a story

Start from \`${story}\`, or run **Star Coach: New Story from Template** in VS Code. Put your own words in place of each
‹placeholder›; Star Coach reports each one until you do.

## Settings

\`${CONFIG_FILE}\` holds the settings for every story here: your level, your speaking rate, rule severities, words to
flag and stories to leave out. A story's own front matter wins over it.
`;
}

const INIT_OPTIONS = { level: { type: 'string', example: 'senior' }, help: { type: 'boolean', short: 'h' } } as const;

export function init(args: string[], io: Io, usage: string): number {
  const { values, positionals } = parseOptions('init', args, INIT_OPTIONS, true);
  if (values.help) {
    io.out(usage);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError('init takes one folder at most');
  const level = (values.level ?? DEFAULT_LEVEL).toLowerCase() as Level;
  if (!LEVELS.includes(level)) throw new UsageError(oneOf('level', values.level!, LEVELS));

  const folder = resolve(io.cwd, positionals[0] ?? '.');
  const shown = (path: string) => relative(io.cwd, path).split(sep).join('/') || '.';
  const unusable = makeFolder(folder);
  if (unusable) {
    io.err(`star-coach: ${shown(folder)} ${unusable}\n`);
    return 2;
  }

  const schema = findUpward(folder, INSTALLED_SCHEMA);
  const schemaRef = schema && relative(folder, schema).split(sep).join('/');
  const config = { ...(schemaRef ? { $schema: schemaRef.startsWith('../') ? schemaRef : `./${schemaRef}` } : {}), level };
  const story = storyFileName(TEMPLATE_QUESTION);
  const files: Array<[string, string]> = [
    [CONFIG_FILE, `${JSON.stringify(config, null, 2)}\n`],
    ['README.md', readme(story)],
    [story, expandSnippet(storyTemplate({ question: TEMPLATE_QUESTION, level, competencies: FIRST_STORY_COMPETENCIES }))],
  ];

  let created = 0;
  let there = 0;
  for (const [name, text] of files) {
    const path = resolve(folder, name);
    const result = createFile(path, text);
    if (result === 'created') {
      created++;
      io.out(`created ${shown(path)}\n`);
      if (name === CONFIG_FILE && !schemaRef) io.out(`  It has no "$schema": star-coach is not installed in this folder or above it. The VS Code extension checks the file without one.\n`);
    } else if (result === 'exists') {
      there++;
      io.out(`left alone ${shown(path)}: it is there already\n`);
    } else {
      io.err(`star-coach: ${shown(path)} ${result.error}\n`);
    }
  }
  if (created === 0) {
    io.err(`star-coach: init created nothing${there === files.length ? '; every file was there already' : ''}\n`);
    return 2;
  }
  const where = shown(folder);
  io.out(`\nNext: put your own words in place of each ‹placeholder› in ${where === '.' ? story : `${where}/${story}`}, then run: star-coach check${where === '.' ? '' : ` ${where}`}\n`);
  return 0;
}
