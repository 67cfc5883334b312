/**
 * sim-core must be reproducible: no unseeded randomness and no wall-clock reads anywhere in
 * its source, no Node-only modules (it runs in the browser too), and no engine-approximated
 * Math functions (their last bits differ between V8 versions, so Node and the browser would
 * disagree).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
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

/** Math functions ECMAScript leaves "implementation-approximated": engines may differ in the last bit. */
const APPROXIMATED =
  'acos acosh asin asinh atan atan2 atanh cbrt cos cosh exp expm1 hypot log log10 log1p log2 pow sin sinh tan tanh'.split(
    ' ',
  );
const APPROXIMATED_CALL = new RegExp(`\\bMath\\s*\\.\\s*(${APPROXIMATED.join('|')})\\b`, 'g');
/** `a ** b`: exact only when both are integer literals (folded to an exact constant). */
const POWER = /(\S+)\s*\*\*\s*(\S+)/g;
const INTEGER_LITERAL = /^\(?\d+\)?[;,)]*$/;

/** Source without comments (block comments and line comments), so prose may name Math.log. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');
}

describe('sim-core arithmetic', () => {
  const files = sources(SRC).filter((file) => basename(file) !== 'portable-math.ts');

  it('calls no engine-approximated Math function (Math.log, Math.exp, Math.cos, Math.pow, …)', () => {
    const offenders = files.flatMap((file) =>
      [...code(readFileSync(file, 'utf8')).matchAll(APPROXIMATED_CALL)].map((m) => `${file}: ${m[0]}`),
    );
    expect(
      offenders,
      'ECMAScript leaves Math.log/exp/cos/pow/… implementation-approximated and V8 versions differ in the ' +
        'last bit, so Node and the browser would give different results. Use log/exp/cos from ' +
        'foundation/portable-math.ts (IEEE-exact operations only) or add a port there.',
    ).toEqual([]);
  });

  it('raises to a power (**) only between integer literals', () => {
    const offenders = files.flatMap((file) =>
      [...code(readFileSync(file, 'utf8')).matchAll(POWER)]
        .filter((m) => !(INTEGER_LITERAL.test(m[1]!) && INTEGER_LITERAL.test(m[2]!)))
        .map((m) => `${file}: ${m[0]}`),
    );
    expect(
      offenders,
      '`x ** y` is Math.pow, which ECMAScript leaves implementation-approximated (engines differ in the ' +
        'last bit). Use multiplication, Number("1e" + n) for powers of ten, or foundation/portable-math.ts.',
    ).toEqual([]);
  });

  it('still finds the ones it forbids (the checks are not vacuous)', () => {
    expect('const y = Math.log(x);'.match(APPROXIMATED_CALL)).not.toBeNull();
    expect(code('// Math.exp in prose\n/** Math.cos */ const a = 1;').match(APPROXIMATED_CALL)).toBeNull();
    expect([...'const u = 10 ** (d - f);'.matchAll(POWER)].length).toBe(1);
    expect([...'const s = 2 ** 32;'.matchAll(POWER)].every((m) => INTEGER_LITERAL.test(m[1]!))).toBe(true);
  });
});
