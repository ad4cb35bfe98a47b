// An esbuild plugin shared by esbuild.mjs and the benchmark (bench/run.mjs), which bundles the core the same way.
import { readFileSync } from 'node:fs';

/**
 * markdown-it's published build sets every class field through Babel's `_defineProperty` helper (a key conversion,
 * an `in` test and `Object.defineProperty` per field). Its Token and parser states are built thousands of times per
 * story, and the helper was the most expensive function in the core's profile (about 9% of an analysis). No markdown-it
 * class has an accessor or a read-only property on its prototype chain, so a plain assignment gives the same objects.
 * The build fails if the helper's text changes, so an upgrade cannot drop this silently.
 */
export const markdownItFields = {
  name: 'markdown-it-fields',
  setup(b) {
    b.onLoad({ filter: /[\\/]markdown-it[\\/]dist[\\/]markdown-it\.(?:mjs|cjs\.js)$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const helper = /function _defineProperty\(e, r, t\) \{\s*return \(r = toPropertyKey\(r\)\) in e \? Object\.defineProperty\(e, r, \{[^}]*\}\) : e\[r\] = t, e;\s*\}/;
      if (!helper.test(source)) throw new Error(`${args.path}: Babel's _defineProperty helper is not where scripts/markdown-it-fields.mjs expects it; review that plugin`);
      return { contents: source.replace(helper, 'function _defineProperty(e, r, t) {\n\te[r] = t;\n\treturn e;\n}'), loader: 'js' };
    });
  },
};
