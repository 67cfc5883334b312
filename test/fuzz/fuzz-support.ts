/**
 * What every fuzz test shares: how many cases to try, and what a clear outcome is.
 *
 * Each property has a default number of cases small enough for every test run (the whole fuzz
 * suite takes seconds); `FUZZ_RUNS=N` tries N cases in each instead (CI's long mode, e.g.
 * `FUZZ_RUNS=2000`). Cases come from the suite's one fast-check seed (`test/fast-check-seed.ts`,
 * `FC_SEED` to change it), so a failure is the same failure on every machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect, onTestFinished } from 'vitest';

/** Cases for one property: `fallback` by default, `FUZZ_RUNS` when it is set. */
export function fuzzRuns(fallback: number): number {
  const text = process.env.FUZZ_RUNS;
  if (text === undefined || text === '') return fallback;
  const runs = Number(text);
  if (!Number.isSafeInteger(runs) || runs < 1) {
    throw new RangeError(`FUZZ_RUNS: expected a whole number of cases from 1, found ${JSON.stringify(text)}`);
  }
  return runs;
}

/** `fc.assert`'s parameters for a fuzz property of `fallback` cases (the suite's seed, the cases asked for). */
export function fuzzParameters(fallback: number): fc.Parameters<unknown> {
  return { numRuns: fuzzRuns(fallback) };
}

/**
 * A hang guard for a fuzz test of `fallback` cases (by default) that each take well under
 * `perCaseMs`: a minute, and that much for every case asked for. Not a speed test: a case that
 * never ends is what it catches.
 */
export function fuzzTimeout(fallback: number, perCaseMs: number): number {
  return 60_000 + fuzzRuns(fallback) * perCaseMs;
}

/**
 * Samples of `arbitrary` drawn from the suite's seed (for the few cases run as real processes,
 * where a property's shrinking would cost a process per step).
 */
export function fuzzSample<T>(arbitrary: fc.Arbitrary<T>, count: number): T[] {
  const seed = fc.readConfigureGlobal().seed ?? 0;
  return fc.sample(arbitrary, { seed, numRuns: count });
}

/**
 * The first character a terminal would obey rather than print: C0 controls but line breaks and
 * tabs, DEL and the C1 range (the same set `printable` writes out as `\xNN`), with its index.
 * Written as a loop over code units: biome refuses control characters in a regular expression.
 */
export function firstControlCharacter(text: string): { index: number; code: number } | undefined {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const c0 = code < 0x20 && code !== 0x0a && code !== 0x09 && code !== 0x0d;
    if (c0 || (code >= 0x7f && code <= 0x9f)) return { index: i, code };
  }
  return undefined;
}

/** Expect `text` to hold nothing a terminal would obey, naming where it is when it does. */
export function expectPrintable(text: string, what: string): void {
  const found = firstControlCharacter(text);
  expect(
    found,
    found === undefined
      ? what
      : `${what}: control character 0x${found.code.toString(16)} at ${found.index}: ${JSON.stringify(text.slice(Math.max(0, found.index - 40), found.index + 40))}`,
  ).toBeUndefined();
}

/** Signs of an error nobody meant the user to see: a stack trace, a JavaScript error's name, "internal error". */
const CRASH_SIGNS = [
  /\n\s+at [^\n]*[(:/]/, // a stack frame: "    at fn (file:line:col)"
  /\b(TypeError|ReferenceError|SyntaxError|RangeError|Error): /,
  /internal error/,
  /of undefined|of null|reading '/, // "Cannot read properties of undefined (reading 'x')"
  /Maximum call stack/,
] as const;

/** Expect `text` (an error message) to show no sign of a crash. */
export function expectNoCrash(text: string, what: string): void {
  for (const sign of CRASH_SIGNS) expect(text, `${what}: ${text.slice(0, 600)}`).not.toMatch(sign);
}

/** The longest line a clear message may have: long enough for a field path and a list of choices. */
export const MAX_MESSAGE_LINE = 2_000;

/** Expect every line of `text` to be at most `MAX_MESSAGE_LINE` characters (a message, not a dump). */
export function expectShortLines(text: string, what: string): void {
  for (const line of text.split('\n')) {
    expect(
      line.length,
      `${what}: a line of ${line.length} characters: ${line.slice(0, 200)}…`,
    ).toBeLessThanOrEqual(MAX_MESSAGE_LINE);
  }
}

/** The most memory a fuzz case may leave the test process using (a run that blew up reached 2.9 GB). */
export const MAX_RSS_BYTES = 1.5 * 1024 ** 3;

/** Expect the test process to be within `MAX_RSS_BYTES` (checked after each case). */
export function expectMemoryBound(what: string): void {
  const rss = process.memoryUsage().rss;
  expect(rss, `${what}: resident memory ${(rss / 1024 ** 2).toFixed(0)} MB`).toBeLessThan(MAX_RSS_BYTES);
}

/**
 * A fresh folder for one fuzz test's files, removed when the test ends (in long mode its cases
 * write thousands). Call it inside a test.
 */
export function fuzzFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
