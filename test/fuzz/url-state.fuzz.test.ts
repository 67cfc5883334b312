/**
 * Fuzz: the web app's address (issue 13, requirement 3). `readOpenedLink` is what the page
 * runs on the address it opened with (`LinkController.readOpened` shows its result), and it is
 * pure, so it runs here in Node. Whatever the address holds, it gives a view that encodes back
 * to itself, or nothing to run and problems that each name the parameter, what was expected
 * and what was found, in a readable length and without control characters; their number grows
 * with what the app reads, never with the length of the address.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LEVERS, MODEL_VERSION } from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readOpenedLink } from '../../packages/ui/src/links/opened-link.js';
import { decodeViewState, encodeViewState, type UrlContext } from '../../packages/ui/src/links/url-state.js';
import {
  expectNoCrash,
  expectPrintable,
  fuzzParameters,
  fuzzTimeout,
  MAX_MESSAGE_LINE,
} from './fuzz-support.js';

const SCENARIOS = fileURLToPath(new URL('../../scenarios/', import.meta.url));

/** The library reforms, as the app lists them (every reform file but the calibration backtest). */
const REFORM_IDS = readdirSync(SCENARIOS)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json') && f !== 'backtest-2019.json')
  .map((f) => JSON.parse(readFileSync(`${SCENARIOS}${f}`, 'utf8')) as { kind: string; id: string })
  .filter((file) => file.kind === 'reform')
  .map((file) => file.id);

/** The app's context: its reforms and the run controls' limits (`NUMBER_FIELDS` in run-options.ts). */
const CONTEXT: UrlContext = {
  reformIds: REFORM_IDS,
  baselineId: 'baseline',
  maxReforms: 3,
  limits: [
    { key: 'seed', min: 0, max: 999_999, whole: true },
    { key: 'replications', min: 2, max: 50, whole: true },
    { key: 'years', min: 1, max: 25, whole: true },
    { key: 'scale', min: 0.0005, max: 0.05, whole: false },
  ],
};

const PARAMETERS = [
  'reforms',
  'edit',
  'edit-id',
  'edit-name',
  'edit-description',
  'seed',
  'replications',
  'years',
  'scale',
  'model',
  'workers',
] as const;

/** Text no parameter should hold, or that tests how it is read. */
const evil = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '-1',
    '1e999',
    'NaN',
    'Infinity',
    '0x10',
    '1.5',
    '1e-9',
    '00001',
    '+1',
    '\u001b[2J',
    '\u009b31m',
    'a\u0000b',
    '%',
    '%zz',
    '%E0%A4%A',
    ',,,',
    ':',
    'early-help-investment,early-help-investment',
  ),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.nat({ max: 50_000 }).map((n) => 'x'.repeat(n)),
);

/** A `lever:setting` pair: a setting the lever takes, or one it does not. */
const leverPair = fc.oneof(
  ...LEVERS.map((l) => {
    const s = l.settings;
    const setting =
      s.kind === 'number'
        ? fc.oneof(
            fc.constantFrom(s.min, s.max),
            fc.double({ min: s.min, max: s.max, noNaN: true }),
            fc.double(),
          )
        : fc.oneof(fc.constantFrom(...s.values), fc.string({ maxLength: 8 }));
    return setting.map((v) => `${l.id}:${v}`);
  }),
);

/** Values each parameter may well accept (built once: building an arbitrary is slow). */
const GOOD: Record<(typeof PARAMETERS)[number], fc.Arbitrary<string>> = {
  reforms: fc
    .array(fc.constantFrom(...REFORM_IDS), { minLength: 1, maxLength: 4 })
    .map((ids) => ids.join(',')),
  edit: fc.array(leverPair, { maxLength: 4 }).map((pairs) => pairs.join(',')),
  'edit-id': fc.stringMatching(/^[a-z0-9-]{1,20}$/),
  'edit-name': fc.string({ minLength: 1, maxLength: 30 }),
  'edit-description': fc.string({ minLength: 1, maxLength: 60 }),
  seed: fc.integer({ min: -5, max: 1_000_010 }).map(String),
  replications: fc.integer({ min: 0, max: 60 }).map(String),
  years: fc.integer({ min: 0, max: 30 }).map(String),
  scale: fc.double({ min: 0, max: 0.1, noNaN: true }).map(String),
  model: fc.oneof(fc.constant(MODEL_VERSION), fc.constantFrom('0.1.0', '9.9.9')),
  workers: fc.integer({ min: -1, max: 10 }).map(String),
};

/** One `name=value` pair for a real parameter: a value it may accept, or one it should not. */
const realPair = fc.oneof(
  ...PARAMETERS.map((name) =>
    fc
      .oneof({ weight: 3, arbitrary: GOOD[name] }, { weight: 1, arbitrary: evil })
      .map((value) => [name, value] as const),
  ),
);

/** A name that is not a parameter: one near a real one, or anything. */
const otherName = fc.oneof(
  fc.constantFrom('Seed', 'seed ', 'reform', 'edit_id', 'scales', 'worker', ''),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.nat({ max: 20_000 }).map((n) => 'p'.repeat(n)),
);

/** One `name=value` pair, written as a browser would (escaped) or as a person might (not). */
const pair = fc
  .tuple(
    fc.oneof({ weight: 8, arbitrary: realPair }, { weight: 2, arbitrary: fc.tuple(otherName, evil) }),
    fc.boolean(),
  )
  .map(([[n, value], escaped]) =>
    escaped ? `${encodeURIComponent(n)}=${encodeURIComponent(value)}` : `${n}=${value}`,
  );

/**
 * A link the app itself would write (every real parameter, in order), then changed a little:
 * a value replaced, a pair dropped, repeated or added. Most of these open a run.
 */
const nearlyValid = fc
  .record({
    reforms: fc.shuffledSubarray(REFORM_IDS, { minLength: 1, maxLength: 3 }),
    seed: fc.integer({ min: 0, max: 999_999 }),
    replications: fc.integer({ min: 2, max: 50 }),
    years: fc.integer({ min: 1, max: 25 }),
    scale: fc.double({ min: 0.0005, max: 0.05, noNaN: true }),
    model: fc.constantFrom(MODEL_VERSION, '0.1.0'),
    workers: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
    change: fc.oneof(
      fc.constant({ kind: 'none' as const }),
      fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), pair }),
      fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('repeat' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('add' as const), pair }),
    ),
  })
  .map(({ change, workers, model, reforms, ...options }) => {
    const pairs = [
      encodeViewState({ reforms: reforms.slice(0, 3), options, modelVersion: model }),
      ...(workers === undefined ? [] : [`workers=${workers}`]),
    ]
      .join('&')
      .split('&');
    const at = 'at' in change ? change.at % pairs.length : 0;
    if (change.kind === 'replace') pairs[at] = change.pair;
    if (change.kind === 'drop') pairs.splice(at, 1);
    if (change.kind === 'repeat') pairs.push(pairs[at]!);
    if (change.kind === 'add') pairs.push(change.pair);
    return `?${pairs.join('&')}`;
  });

/** An address's query: pairs (each real parameter at most once, mostly), nearly a real link, or any text. */
const query = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .tuple(fc.array(pair, { maxLength: 14 }), fc.boolean())
      .map(([pairs, mark]) => `${mark ? '?' : ''}${pairs.join('&')}`),
  },
  { weight: 4, arbitrary: nearlyValid },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  {
    weight: 1,
    arbitrary: fc.nat({ max: 3_000 }).map((n) => `?${'reforms=early-help-investment&'.repeat(n)}`),
  },
);

/**
 * The most problems one address may list: one per parameter it reads, one per lever setting
 * (each lever's own range), and a few about how they fit together.
 */
const MAX_PROBLEMS = PARAMETERS.length + LEVERS.length + 4;

describe('fuzz: the web app address', () => {
  it(
    'gives a view that encodes back to itself, or problems naming each parameter, short and printable',
    () => {
      let opened = 0;
      let refused = 0;
      fc.assert(
        fc.property(query, (search) => {
          const { view, problems } = readOpenedLink(search, CONTEXT, MODEL_VERSION);
          if (view !== undefined) {
            opened++;
            expect(problems).toEqual([]);
            expect(decodeViewState(`?${encodeViewState(view)}`, CONTEXT)).toEqual({ ok: true, state: view });
            const count = view.reforms.length + (view.edited === undefined ? 0 : 1);
            expect(count).toBeGreaterThanOrEqual(1);
            expect(count).toBeLessThanOrEqual(CONTEXT.maxReforms);
            return;
          }
          if (problems.length > 0) refused++;
          expect(problems.length, JSON.stringify(problems.slice(0, 3))).toBeLessThanOrEqual(MAX_PROBLEMS);
          for (const p of problems) {
            expect(p.message).toMatch(/^Link parameter ".*": expected .+, found .+\.$/s);
            expect(p.message.length, p.message.slice(0, 300)).toBeLessThanOrEqual(MAX_MESSAGE_LINE);
            expect(p.found.length, p.message.slice(0, 300)).toBeLessThanOrEqual(400);
            expectPrintable(p.message, 'a link problem');
            expectNoCrash(p.message, 'a link problem');
          }
        }),
        fuzzParameters(400),
      );
      // Both branches are reached, so neither is fuzzed vacuously.
      expect(opened).toBeGreaterThan(0);
      expect(refused).toBeGreaterThan(0);
    },
    fuzzTimeout(400, 200),
  );
});
