// Builds the bundles once before the suite, so CLI tests run the real executable.
import { execFileSync } from 'node:child_process';

export default function setup() {
  execFileSync(process.execPath, ['esbuild.mjs'], { stdio: 'inherit' });
}
