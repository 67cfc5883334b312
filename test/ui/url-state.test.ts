/**
 * Shareable links (packages/ui/src/links/url-state.ts), without a browser: any view state survives
 * encode → decode exactly (so a link gives the same run), and every kind of bad parameter is
 * refused with a problem naming the parameter, what was expected and what was found.
 */
import { readFileSync } from 'node:fs';
import {
  LEVERS,
  type LeverDefinition,
  type LeverSetting,
  type LocalAreaFile,
  validateLocalAreaData,
} from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeViewState,
  type EditedReformState,
  encodeViewState,
  type UrlContext,
  type ViewState,
} from '../../packages/ui/src/links/url-state.js';

const REFORM_IDS = ['early-help-investment', 'nnpcf-asks', 'workforce-strategy', 'white-paper-2026'];
/** The worked example's local-area file, as the app's editor reads it. */
const STAFFORDSHIRE: LocalAreaFile = (() => {
  const result = validateLocalAreaData(
    JSON.parse(readFileSync(new URL('../../areas/staffordshire.json', import.meta.url), 'utf8')),
    'staffordshire.json',
  );
  if (!result.ok) throw new Error('areas/staffordshire.json does not validate');
  return result.area;
})();
/** The run controls' limits (`NUMBER_FIELDS` in run-options.ts). */
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

const settingOf = (lever: LeverDefinition): fc.Arbitrary<LeverSetting> => {
  const s = lever.settings;
  return s.kind === 'number'
    ? fc.double({ min: s.min, max: s.max, noNaN: true, noDefaultInfinity: true })
    : fc.constantFrom(...s.values);
};

const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((t) => t.trim() !== '');

const edited: fc.Arbitrary<EditedReformState> = fc.record({
  id: fc.stringMatching(/^[a-z0-9-]{1,30}$/),
  name: text,
  description: text,
  levers: fc
    .record(Object.fromEntries(LEVERS.map((l) => [l.id, settingOf(l)])), { requiredKeys: [] })
    .map((levers) => levers as Record<string, LeverSetting>),
});

const viewState: fc.Arbitrary<ViewState> = fc
  .record({
    reforms: fc.shuffledSubarray(REFORM_IDS, { maxLength: 3 }),
    edited: fc.option(edited, { nil: undefined }),
    options: fc.record(
      {
        seed: fc.integer({ min: 0, max: 999_999 }),
        replications: fc.integer({ min: 2, max: 50 }),
        years: fc.integer({ min: 1, max: 25 }),
        scale: fc.double({ min: 0.0005, max: 0.05, noNaN: true }),
        // Cash prices are written (`prices=cash`); real prices, the default, are left out.
        prices: fc.constant('cash' as const),
      },
      { requiredKeys: ['seed', 'replications', 'years', 'scale'] },
    ),
    modelVersion: text,
    // A local area's whole file, its name any text (so non-ASCII survives the base64url).
    area: fc.option(
      text.map((name) => ({ ...STAFFORDSHIRE, name })),
      { nil: undefined },
    ),
  })
  .map(
    ({ edited: e, area: a, ...rest }): ViewState => ({
      ...rest,
      ...(e === undefined ? {} : { edited: e }),
      ...(a === undefined ? {} : { area: a }),
    }),
  )
  .filter((s) => {
    const count = s.reforms.length + (s.edited === undefined ? 0 : 1);
    return count >= 1 && count <= 3 && (s.edited === undefined || !s.reforms.includes(s.edited.id));
  });

const VALID = 'reforms=early-help-investment&seed=1&replications=2&years=2&scale=0.002&model=0.1.0';
const EDIT = '&edit=earlyHelpInvestment:2&edit-id=mine&edit-name=Mine&edit-description=Mine.';

describe('shareable links', () => {
  it('decode(encode(state)) gives back exactly the state, for any valid view', () => {
    fc.assert(
      fc.property(viewState, (state) => {
        const decoded = decodeViewState(`?${encodeViewState(state)}`, CONTEXT);
        expect(decoded).toEqual({ ok: true, state });
      }),
      { numRuns: 300 },
    );
  });

  it('refuses an area that is not base64url, or not a valid local-area file, naming its problems', () => {
    const bad = (area: string) => {
      const result = decodeViewState(`?${VALID}&area=${area}`, CONTEXT);
      expect(result.ok).toBe(false);
      return result.ok ? [] : result.problems.map((p) => p.message);
    };
    expect(bad('a*b')).toEqual([
      'Link parameter "area": expected a local-area file as compact JSON in base64url (what the app writes), found "a*b", which is not base64url of UTF-8 text.',
    ]);
    // Bytes that are not UTF-8 (0xff) are refused the same way, not read as replacement characters.
    expect(bad(Buffer.from([0xff, 0xfe]).toString('base64url'))[0]).toContain(
      'which is not base64url of UTF-8 text',
    );
    const noFigures = Buffer.from(JSON.stringify({ ...STAFFORDSHIRE, figures: undefined })).toString(
      'base64url',
    );
    expect(bad(noFigures)[0]).toContain(
      'found a file with 1 problem (figures: expected an object of the area\'s figures (at least "ehcPlans"), found nothing).',
    );
    const notJson = Buffer.from('{"name": ').toString('base64url');
    expect(bad(notJson)[0]).toContain('found a file with 1 problem (line 1, column 10: expected valid JSON');
  });

  it('writes a readable link: reform ids and lever:setting pairs unescaped', () => {
    const query = encodeViewState({
      reforms: ['nnpcf-asks'],
      edited: {
        id: 'my-reform',
        name: 'My reform',
        description: 'Early help, binding redress.',
        levers: { earlyHelpInvestment: 2.5, singleRouteOfRedress: 'binding' },
      },
      options: { seed: 7, replications: 3, years: 10, scale: 0.005 },
      modelVersion: '0.1.0',
    });
    expect(query).toBe(
      'reforms=nnpcf-asks&edit=earlyHelpInvestment:2.5,singleRouteOfRedress:binding&edit-id=my-reform' +
        '&edit-name=My%20reform&edit-description=Early%20help,%20binding%20redress.' +
        '&seed=7&replications=3&years=10&scale=0.005&model=0.1.0',
    );
  });

  it('reads a valid link (with or without "?")', () => {
    expect(decodeViewState(VALID, CONTEXT).ok).toBe(true);
    expect(decodeViewState(`?${VALID}${EDIT}`, CONTEXT).ok).toBe(true);
  });

  /** [what is wrong, the link, the parameter named, words the problem must contain]. */
  const BAD: ReadonlyArray<readonly [string, string, string, string]> = [
    [
      'a seed that is not a number',
      VALID.replace('seed=1', 'seed=abc'),
      'seed',
      'a whole number from 0 to 999999, found "abc"',
    ],
    ['a fractional seed', VALID.replace('seed=1', 'seed=1.5'), 'seed', 'found "1.5"'],
    ['a hex seed', VALID.replace('seed=1', 'seed=0x10'), 'seed', 'found "0x10"'],
    ['a missing seed', VALID.replace('seed=1&', ''), 'seed', 'found nothing'],
    [
      'replications out of range',
      VALID.replace('replications=2', 'replications=500'),
      'replications',
      'from 2 to 50, found "500"',
    ],
    [
      'scale out of range',
      VALID.replace('scale=0.002', 'scale=1'),
      'scale',
      'a number from 0.0005 to 0.05, found "1"',
    ],
    [
      'an unknown reform',
      VALID.replace('early-help-investment', 'early-help'),
      'reforms',
      'found "early-help"',
    ],
    [
      'a reform twice',
      VALID.replace('early-help-investment', 'nnpcf-asks,nnpcf-asks'),
      'reforms',
      '(each once)',
    ],
    [
      'four reforms',
      VALID.replace('early-help-investment', REFORM_IDS.join(',')),
      'reforms',
      'found 4 reforms',
    ],
    ['no reform', VALID.replace('reforms=early-help-investment&', ''), 'reforms', 'found 0 reforms'],
    ['an unknown parameter', `${VALID}&colour=red`, 'colour', 'expected a known parameter (reforms, edit,'],
    ['a repeated parameter', `${VALID}&seed=2`, 'seed', 'the parameter once'],
    ['a missing model version', VALID.replace('&model=0.1.0', ''), 'model', 'found nothing'],
    [
      'an unknown lever',
      `${VALID}${EDIT.replace('earlyHelpInvestment:2', 'earlyHelp:2')}`,
      'edit',
      'found "earlyHelp:2"',
    ],
    [
      'a lever out of range',
      `${VALID}${EDIT.replace(':2', ':9')}`,
      'edit',
      'earlyHelpInvestment: a number from 1 to 4 (x current capacity), found "9"',
    ],
    [
      'a choice not on the list',
      `${VALID}${EDIT.replace('earlyHelpInvestment:2', 'tribunalPowers:sometimes')}`,
      'edit',
      'found "sometimes"',
    ],
    ['a lever with no setting', `${VALID}${EDIT.replace(':2', '')}`, 'edit', 'a number from 1 to 4'],
    [
      'an edited reform without a name',
      `${VALID}${EDIT.replace('&edit-name=Mine', '')}`,
      'edit-name',
      'found nothing',
    ],
    [
      'an edited reform with a bad id',
      `${VALID}${EDIT.replace('edit-id=mine', 'edit-id=Mine%20Reform')}`,
      'edit-id',
      'an id of lower-case letters, digits and hyphens',
    ],
    [
      'an edited reform with a blank name',
      `${VALID}${EDIT.replace('edit-name=Mine', 'edit-name=%20')}`,
      'edit-name',
      'a non-empty name',
    ],
    [
      'an edited id equal to a chosen library reform',
      `${VALID}${EDIT.replace('edit-id=mine', 'edit-id=early-help-investment')}`,
      'edit-id',
      'different from every library reform',
    ],
  ];

  it.each(BAD)('refuses %s, naming the parameter', (_, search, parameter, words) => {
    const result = decodeViewState(search, CONTEXT);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    const named = problems.filter((p) => p.parameter === parameter);
    expect(named.map((p) => p.message).join('\n')).toContain(words);
    for (const p of named)
      expect(p.message).toMatch(new RegExp(`^Link parameter "${parameter}": expected .+, found .+\\.$`));
  });

  it('keeps problems short and printable, however long or strange the address (found by the fuzz suite)', () => {
    const long = decodeViewState(
      `${VALID.replace('seed=1', `seed=${'9'.repeat(5_000)}`)}&${'p'.repeat(20_000)}=1`,
      CONTEXT,
    );
    const messages = long.ok ? [] : long.problems.map((p) => p.message);
    expect(messages.every((m) => m.length < 400)).toBe(true);
    expect(messages.join('\n')).toContain(
      `Link parameter "${'p'.repeat(40)}… (20000 characters)": expected a known parameter`,
    );
    expect(messages.join('\n')).toContain(`found "${'9'.repeat(59)}… (5002 characters).`);
    const control = decodeViewState(`${VALID}&%1B%5B2J=1`, CONTEXT);
    const escaped = control.ok ? '' : control.problems[0]!.message;
    expect(escaped).toContain('Link parameter "\\x1b[2J": expected a known parameter');
    expect(escaped).not.toContain('\u001b');
  });

  it('lists each bad parameter once, however many times the address repeats it (found by the fuzz suite)', () => {
    const count = (search: string) => {
      const result = decodeViewState(search, CONTEXT);
      return result.ok ? [] : result.problems;
    };
    const ids = count(VALID.replace('early-help-investment', Array(3000).fill('nope').join(',')));
    expect(ids.map((p) => p.message)).toEqual([
      'Link parameter "reforms": expected reform ids separated by commas, from: early-help-investment, nnpcf-asks, workforce-strategy, white-paper-2026 (each once), found "nope" (3000 times).',
    ]);
    const unknown = count(`${VALID}${Array.from({ length: 1000 }, (_, i) => `&x${i}=1`).join('')}`);
    expect(unknown.map((p) => p.message)).toEqual([
      'Link parameter "x0": expected a known parameter (reforms, edit, edit-id, edit-name, edit-description, seed, replications, years, scale, prices, area, model), found an unknown one, and 999 other unknown parameters ("x1", "x2", "x3" …).',
    ]);
    const repeated = count(`${VALID}${'&seed=2'.repeat(1000)}`);
    expect(repeated.filter((p) => p.parameter === 'seed')).toHaveLength(1);
    const pairs = count(
      `${VALID}${EDIT.replace('earlyHelpInvestment:2', Array(2000).fill('lever:1').join(','))}`,
    );
    expect(pairs.filter((p) => p.parameter === 'edit')).toHaveLength(1);
  });

  it('never throws, whatever the address holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (search) => {
        const result = decodeViewState(search, CONTEXT);
        expect(result.ok || result.problems.length > 0).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('prices in a link', () => {
  const base = 'reforms=nnpcf-asks&seed=1&replications=3&years=10&scale=0.01&model=0.9.0';

  it('reads prices=cash, and real prices when absent or "real"', () => {
    const cash = decodeViewState(`${base}&prices=cash`, CONTEXT);
    expect(cash.ok && cash.state.options.prices).toBe('cash');
    for (const search of [base, `${base}&prices=real`]) {
      const real = decodeViewState(search, CONTEXT);
      expect(real.ok && real.state.options.prices).toBeUndefined();
    }
  });

  it('refuses other prices, naming the parameter', () => {
    const result = decodeViewState(`${base}&prices=nominal`, CONTEXT);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/Link parameter "prices": expected "real"/);
  });
});
