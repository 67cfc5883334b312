/**
 * sim-core must be reproducible: no unseeded randomness and no wall-clock reads anywhere in
 * its source, and no Node-only modules (it runs in the browser too).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../packages/sim-core/src/', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

describe('sim-core source', () => {
  const files = sources(SRC);

  it('is found', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each([
    ['Math.random', /Math\.random/],
    ['Date.now', /Date\.now/],
    ['new Date() without arguments', /new Date\(\s*\)/],
    ['performance.now', /performance\.now/],
    ['a Node built-in module', /from ['"]node:/],
  ])('never uses %s', (_what, pattern) => {
    const offenders = files.filter((file) => pattern.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
