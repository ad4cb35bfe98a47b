// An esbuild plugin shared by esbuild.mjs and the benchmark (bench/run.mjs), which bundles the core the same way.
import { readFileSync } from 'node:fs';

/**
 * markdown-it's published build sets every class field through Babel's `_defineProperty` helper (a key conversion,
 * an `in` test and `Object.defineProperty` per field). Its Token and parser states are built thousands of times per
 * story, and the helper was the most expensive function in the core's profile (about 9% of an analysis). No markdown-it
 * class has an accessor or a read-only property on its prototype chain, and no call uses the helper's result, so each
 * call becomes the plain assignment it stands for: `_defineProperty(this, "map", null)` → `void (this.map = null)`.
 * The build fails if a call is left over, so an upgrade that changes the helper's use cannot slip through.
 * (test/guards.test.ts checks that every fixture analyzes alike with and without this.)
 */
export const markdownItFields = {
  name: 'markdown-it-fields',
  setup(b) {
    b.onLoad({ filter: /[\\/]markdown-it[\\/]dist[\\/]markdown-it\.(?:mjs|cjs\.js)$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      // The target, an optional doc comment, the field's name as a string literal, then the value up to the call's own `)`.
      const call = /\b_defineProperty\(\s*(this|[A-Z]\w*)\s*,\s*(?:\/\*[\s\S]*?\*\/\s*)?"([A-Za-z_$][\w$]*)"\s*,/g;
      let replaced = 0;
      const contents = source.replace(call, (_, target, field) => {
        replaced++;
        return `void (${target}.${field} =`;
      });
      const left = contents.match(/\b_defineProperty\(/g)?.length ?? 0;
      if (replaced === 0 || left !== 1 /* the helper's own definition */) {
        throw new Error(`${args.path}: ${replaced} calls of Babel's _defineProperty rewritten and ${left - 1} left over; review scripts/markdown-it-fields.mjs for this markdown-it version`);
      }
      return { contents, loader: 'js' };
    });
  },
};
