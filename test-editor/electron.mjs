// The same integration suite on desktop VS Code, for machines that can download it (not these: no network).
// Run: node esbuild.mjs && node test-editor/electron.mjs
import { runTests } from '@vscode/test-electron';
import { resolve } from 'node:path';

await runTests({
  version: '1.100.3',
  extensionDevelopmentPath: resolve('.'),
  extensionTestsPath: resolve('out/test/index.js'),
  launchArgs: [resolve('test-editor/workspace'), '--disable-extensions', '--disable-workspace-trust'],
});
