/**
 * Your own local area (issue 11, requirement 6): the file's validation errors (as scenario
 * files': field, expected, found, nearest name), the worked example and the template, and the
 * transformation: an area run one-to-one starts with its own plans, levers' national counts are
 * scaled to it, and England's runs are unchanged.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  areaBaseline,
  type BaselineScenarioFile,
  isMoneyParameter,
  type LocalAreaFile,
  PARAMETER_KEYS,
  parseLocalAreaFile,
  parseScenarioFile,
  type ReformScenarioFile,
  resolveScenario,
  runExperiment,
  ScenarioValidationError,
  validateLocalAreaData,
} from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localAreaJsonSchemaText } from '../../scripts/local-area-json-schema.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(`${ROOT}${path}`, 'utf8');
const EXAMPLE_TEXT = read('areas/staffordshire.json');
const example = () =>
  JSON.parse(EXAMPLE_TEXT) as Record<string, unknown> & { figures: Record<string, unknown> };
const baseline = parseScenarioFile(read('scenarios/baseline.json'), 'baseline.json') as BaselineScenarioFile;
const reform = (id: string) =>
  parseScenarioFile(read(`scenarios/${id}.json`), `${id}.json`) as ReformScenarioFile;

/** The problems `data` has, as `path: expected …, found …` lines. */
function problems(data: unknown): string[] {
  const check = validateLocalAreaData(data, 'area.json');
  return check.ok ? [] : check.errors.map((e) => `${e.path}: expected ${e.expected}, found ${e.found}`);
}

describe('a local-area file', () => {
  it('the worked example (Staffordshire) validates, and every figure in it names a source', () => {
    const area = parseLocalAreaFile(EXAMPLE_TEXT, 'areas/staffordshire.json');
    expect(area.name).toBe('Staffordshire');
    for (const figure of Object.values(area.figures)) expect(figure?.source).toMatch(/\S{10}/);
  });

  it('the blank template is refused until its values are filled in, naming each field', () => {
    expect(() => parseLocalAreaFile(read('areas/template.json'), 'areas/template.json')).toThrow(
      /figures\.ehcPlans\.value: expected a number of EHC plans in force.*found null/,
    );
  });

  it('a value of the wrong type is named with what was expected and found', () => {
    const data = example();
    data.figures.ehcPlans = { value: '6437', source: 'SEN2' };
    expect(problems(data)).toEqual([
      'figures.ehcPlans.value: expected a number of EHC plans in force (SEN2, January), from 1 to 2000000, found "6437"',
    ]);
  });

  it('a missing required field is named', () => {
    const data = example();
    delete data.figures.ehcPlans;
    expect(problems(data)[0]).toMatch(
      /^figures\.ehcPlans: expected an object \{ "value": a number of EHC plans.*found nothing$/,
    );
    const noCode = example();
    delete noCode.laCode;
    expect(problems(noCode)[0]).toMatch(/^laCode: expected an ONS local authority code.*found nothing$/);
  });

  it('a misspelled field suggests the nearest name', () => {
    const data = example();
    data.figures.ehcPlan = data.figures.ehcPlans;
    delete data.figures.ehcPlans;
    expect(problems(data).join('\n')).toContain(
      'figures.ehcPlan: expected no such field (did you mean "ehcPlans"?',
    );
    const source = example();
    (source.figures.ehcPlans as Record<string, unknown>).sorce = 'x';
    expect(problems(source).join('\n')).toContain(
      'figures.ehcPlans.sorce: expected no such field (did you mean "source"?',
    );
  });

  it('a split given in part, and refusals above requests, are refused', () => {
    const data = example();
    delete data.figures.plansUnder5;
    expect(problems(data)).toEqual([
      'figures.plansUnder5: expected all of plansUnder5, plansAge5to10, plansAge11to15, plansAge16to19, plansAge20to25 or none (a split is turned into shares of its sum), found only plansAge5to10, plansAge11to15, plansAge16to19, plansAge20to25',
    ]);
    const refusals = example();
    refusals.figures.refusalsPerYear = { value: 5000, source: 'x' };
    expect(problems(refusals)).toEqual([
      'figures.refusalsPerYear.value: expected at most requestsPerYear (1261), found 5000',
    ]);
  });

  it("the editors' JSON Schema is the one written from the schema (areas/local-area.schema.json)", () => {
    const committed = read('areas/local-area.schema.json');
    expect(
      committed === localAreaJsonSchemaText(),
      'run node --import tsx scripts/write-local-area-schema.ts',
    ).toBe(true);
  });

  it('a high-needs allocation for a year with no national block to set it against is named', () => {
    const data = example();
    for (const key of ['highNeedsAllocation', 'highNeedsSpend']) {
      (data.figures[key] as Record<string, unknown>).financialYear = '2030/31';
    }
    const check = validateLocalAreaData(data, 'area.json');
    if (!check.ok) throw new Error(String(check.errors));
    expect(() => areaBaseline(baseline, check.area, 'area.json')).toThrow(
      'area.json: figures.highNeedsAllocation.financialYear: expected a financial year with a national high-needs block to set it against (2018/19, 2019/20, 2020/21, 2021/22, 2022/23, 2023/24), found "2030/31"',
    );
  });

  it('keys given twice and JSON syntax are reported as for scenarios', () => {
    expect(() => parseLocalAreaFile('{"kind": "local-area",', 'area.json')).toThrow(ScenarioValidationError);
  });
});

describe('an area run', () => {
  const area = parseLocalAreaFile(EXAMPLE_TEXT, 'areas/staffordshire.json');

  it("starts one-to-one with the area's own EHC plans (6,437), not England's", () => {
    const local = areaBaseline(baseline, area, 'staffordshire.json');
    const scenario = resolveScenario(local.baseline, undefined, local.scaling);
    const result = runExperiment(scenario, { seed: 1, replications: 2, years: 1, scale: 1 });
    const atStart = result.series.find((r) => r.metric === 'ehcp_stock_all_ages' && r.year === 2022)!;
    // Within sampling noise of the file's figure: 1%.
    expect(Math.abs(atStart.value.mean - 6437)).toBeLessThan(65);
    expect(result.meta.scale).toBe(1);
  });

  it('takes its figures and derives the rest from the national value × its share, saying which', () => {
    const { baseline: local, summary } = areaBaseline(baseline, area, 'staffordshire.json');
    expect(summary.shareBasis).toBe('EHC plans');
    expect(summary.share).toBeCloseTo(6437 / 517000, 12);
    expect(summary.derivedFigures).toEqual([
      'pupils',
      'senSupportPupils',
      'appealsPerYear',
      'epFte',
      'specialSchoolPlaces',
    ]);
    expect(local.parameters['population.ehcpStock'].value).toBe(6437);
    expect(local.parameters['population.requestsRefusedShare'].value).toBeCloseTo(521 / 1261, 12);
    expect(local.parameters['ep.localCapacitySpread'].value).toBe(0);
    expect(local.parameters['la.highNeedsExcessAtStart'].value).toBeCloseTo(6.0 / 114.8, 12);
    expect(local.parameters['ep.workforceFte'].value).toBeCloseTo(3500 * summary.share, 9);
    expect(local.parameters['ep.workforceFte'].assumption).toContain('not in the local-area file');
    expect(local.startDate).toBe('2022-01-01');
  });

  it("scales a lever's national count, and a delivery cost's fixed units, to the area", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 50_000 }),
        fc.integer({ min: 1, max: 20_000 }),
        (plans, places) => {
          const custom: LocalAreaFile = {
            ...area,
            figures: {
              ehcPlans: { value: plans, source: "council's own figure" },
              specialSchoolPlaces: { value: places, source: "council's own figure" },
            },
          };
          const local = areaBaseline(baseline, custom, 'custom.json');
          const resolved = resolveScenario(reform('white-paper-2026'), local.baseline, local.scaling);
          const before = resolved.params['placement.specialSchoolPlaces'];
          const phase = resolved.phases.find((p) => p.startDate === '2027-09-01')!;
          const national = baseline.parameters['placement.specialSchoolPlaces'].value;
          expect(phase.params['placement.specialSchoolPlaces'] - before).toBeCloseTo(
            (20_000 * places) / national,
            6,
          );
          const capital = resolved.deliveryCosts.find((c) => c.cost === 'cost.specialPlaceCapital')!;
          expect(capital.units).toBeCloseTo(20_000 * local.summary.share, 6);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('any valid file gives a baseline that resolves, or problems that name the area file (never the national one)', () => {
    const figure = (max: number) =>
      fc.option(
        fc.record({ value: fc.integer({ min: 0, max }), source: fc.constant("council's own figure") }),
        {
          nil: undefined,
        },
      );
    fc.assert(
      fc.property(
        fc.record({
          pupils: figure(2_000_000),
          senSupportPupils: figure(2_000_000),
          ehcPlans: fc.record({ value: fc.integer({ min: 1, max: 2_000_000 }), source: fc.constant('SEN2') }),
          requestsPerYear: figure(200_000),
          appealsPerYear: figure(50_000),
          epFte: figure(100_000),
          specialSchoolPlaces: figure(2_000_000),
        }),
        (figures) => {
          const data = JSON.parse(JSON.stringify({ ...area, figures }));
          const check = validateLocalAreaData(data, 'area.json');
          if (!check.ok) return;
          try {
            const local = areaBaseline(baseline, check.area, 'area.json');
            resolveScenario(local.baseline, undefined, local.scaling);
          } catch (error) {
            expect(error).toBeInstanceOf(ScenarioValidationError);
            for (const e of (error as ScenarioValidationError).errors) {
              expect(e.file).toBe('area.json');
              expect(e.expected).toMatch(/^figures that make /);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("leaves England's runs unchanged: the baseline resolves to its file's values, and the national file is not touched", () => {
    const before = JSON.stringify(baseline);
    areaBaseline(baseline, area, 'staffordshire.json');
    expect(JSON.stringify(baseline)).toBe(before);
    const england = resolveScenario(baseline);
    for (const key of PARAMETER_KEYS) {
      if (!isMoneyParameter(key)) expect(england.params[key]).toBe(baseline.parameters[key].value);
    }
    for (const id of ['white-paper-2026', 'workforce-strategy']) {
      expect(resolveScenario(reform(id), baseline, undefined)).toEqual(resolveScenario(reform(id), baseline));
    }
    const wp = resolveScenario(reform('white-paper-2026'), baseline);
    expect(wp.phases.find((p) => p.startDate === '2027-09-01')!.params['placement.specialSchoolPlaces']).toBe(
      baseline.parameters['placement.specialSchoolPlaces'].value * 1.0 + 20_000,
    );
  });
});
