// Reading the command line: each command's options, our own one-line usage errors (with "did you mean --color?"
// for a near miss), and whether to paint the output (NO_COLOR, FORCE_COLOR, --color / --no-color).
import { parseArgs } from 'node:util';
import { closest } from '../core';

/** A mistake on the command line: one line on stderr, exit 2. */
export class UsageError extends Error {}

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** For a string option: an example value, for the message when it is given none. */
  example?: string;
}

/** What each option gave: a string option its value, a switch true; undefined when not given. */
export type Values<S extends Record<string, OptionSpec>> = { [K in keyof S]?: S[K]['type'] extends 'string' ? string : boolean };

export interface Parsed<S extends Record<string, OptionSpec>> {
  values: Values<S>;
  positionals: string[];
  /** The options given, in order, by long name: the last of two that contradict each other wins. */
  order: string[];
}

/** Where to look for the options: a pointer for a usage error that has no suggestion. */
const SEE_HELP = 'see star-coach --help';

/**
 * Reads `args` against `spec`. Unknown options, a string option with no value, a value given to a switch, and
 * positionals where the command takes none are usage errors in our own words, with "did you mean" when an unknown
 * option is a slip away from a known one (`--colour`).
 */
export function parseOptions<S extends Record<string, OptionSpec>>(command: string, args: string[], spec: S, allowPositionals: boolean): Parsed<S> {
  const options = Object.fromEntries(Object.entries(spec).map(([name, o]) => [name, { type: o.type, ...(o.short ? { short: o.short } : {}) }]));
  // Not strict: every token comes back, known or not, and the messages are ours.
  const { tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true });
  const values: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  const order: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      if (!allowPositionals) throw new UsageError(`${command} takes no file or folder ("${token.value}"); ${SEE_HELP}`);
      positionals.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue;
    const known = spec[token.name];
    if (!known) throw new UsageError(unknownOption(token.rawName, spec));
    if (known.type === 'string') {
      // `--format --color` takes no value; a value of its own starting with "-" is written `--format=-x`.
      if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))) {
        throw new UsageError(`--${token.name} needs a value${known.example ? `, such as --${token.name} ${known.example}` : ''}`);
      }
      values[token.name] = token.value;
    } else {
      if (token.value !== undefined) throw new UsageError(`--${token.name} takes no value, so "${token.rawName}=${token.value}" is not understood`);
      values[token.name] = true;
    }
    order.push(token.name);
  }
  return { values: values as Values<S>, positionals, order };
}

function unknownOption(raw: string, spec: Record<string, OptionSpec>): string {
  // A single letter (`-x`) is too short to guess from.
  const near = raw.startsWith('--') ? closest(raw.slice(2), Object.keys(spec)) : undefined;
  return `unknown option ${raw}; ${near ? `did you mean --${near}?` : SEE_HELP}`;
}

/** A value that must be one of a few words: "did you mean" when it is a slip away from one. */
export function oneOf(option: string, value: string, allowed: readonly string[], what = `one of ${allowed.join(', ')}`): string {
  const near = closest(value, allowed);
  return `--${option} must be ${what}, not "${value}"${near ? `; did you mean ${near}?` : ''}`;
}

/** "unknown command", with "did you mean" for a near miss (`chek`). */
export function unknownCommand(command: string, commands: readonly string[]): string {
  if (command.startsWith('-')) return `unknown option ${command}; ${SEE_HELP}`;
  const near = closest(command, commands);
  return `unknown command "${command}"; ${near ? `did you mean ${near}?` : SEE_HELP}`;
}

/**
 * Whether output to this stream is painted when the command line does not say: FORCE_COLOR (as Node reads it: 1,
 * 2, 3, true or empty turn color on even in a pipe, any other value, such as 0, turns it off; it wins over
 * NO_COLOR, as in Node), then NO_COLOR (any non-empty value turns color off), then whether it is a terminal.
 */
export function colorFromEnvironment(env: NodeJS.ProcessEnv, isTerminal: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return ['', '1', '2', '3', 'true'].includes(force);
  if (env.NO_COLOR) return false;
  return isTerminal;
}

/** --color and --no-color win over the environment; the last one given wins over the other. */
export function colorChoice(order: readonly string[], fromEnvironment: boolean): boolean {
  const last = order.filter((name) => name === 'color' || name === 'no-color').pop();
  return last === undefined ? fromEnvironment : last === 'color';
}
