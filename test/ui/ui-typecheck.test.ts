/**
 * The web app is typechecked with the DOM library in its own project (`packages/ui/tsconfig.json`),
 * which the root typecheck leaves out so the DOM never leaks into sim-core's types. This test
 * runs that typecheck as part of `check`.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

it('the web app typechecks (strict, with the DOM library)', () => {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  let output = '';
  try {
    execFileSync(process.execPath, [tsc, '-p', join(root, 'packages', 'ui', 'tsconfig.json'), '--noEmit'], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (error) {
    output = String((error as { stdout?: string }).stdout ?? error);
  }
  expect(output).toBe('');
});
