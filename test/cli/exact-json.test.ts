/**
 * Exact JSON, what jobs and results travel through Redis as: everything a replication's result
 * can hold comes back as the same value (NaN, -0 and ±Infinity, which plain JSON loses, among
 * them), and what it cannot carry exactly is refused rather than changed.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { fromExactJson, toExactJson } from '@send-sim/cli';
import { parseScenarioFile, resolveScenario, runReplication } from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './cli-harness.js';

/** `value` through exact JSON and back, checked to be what a structured clone (the local pool's route) gives. */
function expectExact(value: unknown): void {
  const back = fromExactJson(toExactJson(value));
  // isDeepStrictEqual tells -0 from 0, a missing key from an undefined one, and array types apart.
  expect(isDeepStrictEqual(back, structuredClone(value))).toBe(true);
  expect(back).toStrictEqual(structuredClone(value));
}

describe('exact JSON', () => {
  it('gives back the numbers plain JSON loses', () => {
    const value = { a: [-0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0, 1.5e-300] };
    expect(JSON.parse(JSON.stringify(value))).not.toStrictEqual(value);
    const back = fromExactJson(toExactJson(value)) as typeof value;
    expect(Object.is(back.a[0], -0)).toBe(true);
    expect(Number.isNaN(back.a[1])).toBe(true);
    expect(back.a.slice(2)).toStrictEqual([Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0, 1.5e-300]);
    expectExact(value);
  });

  it('keeps undefined values, typed arrays and a key named __proto__', () => {
    expectExact({ a: undefined, b: [undefined, null], c: new Float64Array([-0, Number.NaN, 2.5]) });
    expectExact({ i: new Int32Array([-1, 2]), u: new Uint8Array([255]), f: new Float32Array([0.1]) });
    expectExact(JSON.parse('{"__proto__": {"x": 1}, "y": [1, 2]}'));
  });

  it('gives back any plain data exactly', () => {
    const plain = fc.anything({
      key: fc.string().filter((k) => k !== '$sendsim'),
      withBoxedValues: false,
      withMap: false,
      withSet: false,
      withObjectString: false,
      withNullPrototype: false,
      withBigInt: false,
      withDate: false,
      withTypedArray: true,
      withSparseArray: false,
    });
    fc.assert(fc.property(plain, (value) => expectExact(value)));
  });

  it("gives back a replication's result exactly", () => {
    const file = parseScenarioFile(
      readFileSync(join(REPO_ROOT, 'scenarios/baseline.json'), 'utf8'),
      'baseline.json',
    );
    if (file.kind !== 'baseline') throw new Error('expected the baseline');
    const { metrics, costs, monthly } = runReplication(
      resolveScenario(file),
      { seed: 1, replications: 1, years: 1, scale: 0.0005 },
      0,
    );
    const result = { metrics, costs, monthly };
    // A result does hold numbers plain JSON would change (a mean of no waits is NaN).
    expect(toExactJson(result)).toContain('"$sendsim"');
    expectExact(result);
  });

  it('refuses what it cannot give back exactly, naming where it is', () => {
    expect(() => toExactJson({ a: new Map() })).toThrow('$.a is a Map');
    expect(() => toExactJson({ a: [new Date(0)] })).toThrow('$.a[0] is a Date');
    expect(() => toExactJson({ a: 1n })).toThrow('$.a is a bigint');
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    expect(() => toExactJson([1, , 3])).toThrow('$[1] is a hole');
    expect(() => toExactJson({ b: { $sendsim: 'number', value: 'NaN' } })).toThrow(
      '$.b has a key "$sendsim"',
    );
    expect(() => toExactJson({ f: () => 1 })).toThrow('$.f is a function');
  });
});
