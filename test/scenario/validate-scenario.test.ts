import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BaselineScenarioFile } from '@send-sim/sim-core';
import {
  parseScenarioFile,
  resolveScenario,
  ScenarioError,
  ScenarioValidationError,
  validateScenarioData,
} from '@send-sim/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const SCENARIOS = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const baselineText = readFileSync(`${SCENARIOS}baseline.json`, 'utf8');
const reformText = readFileSync(`${SCENARIOS}no-tribunal-placement-orders.json`, 'utf8');
const FILE = 'scenarios/bad.json';

type Json = Record<string, unknown>;

/** A fresh, mutable copy of a scenario file's JSON. */
function json(text: string): Json {
  return JSON.parse(text) as Json;
}

function parametersOf(doc: Json): Record<string, Json> {
  return doc.parameters as Record<string, Json>;
}

/** Every problem `parseScenarioFile` reports for `text`; fails the test if it accepts it. */
function problems(text: string): ScenarioError[] {
  try {
    parseScenarioFile(text, FILE);
  } catch (e) {
    expect(e).toBeInstanceOf(ScenarioError);
    expect(e).toBeInstanceOf(ScenarioValidationError);
    return [...(e as ScenarioValidationError).errors];
  }
  throw new Error('the file was accepted');
}

/** The problem at `path`, checking that its message names the file, the path, what was expected and what was found. */
function problemAt(errors: readonly ScenarioError[], path: string): ScenarioError {
  const error = errors.find((e) => e.path === path);
  if (error === undefined)
    throw new Error(`no problem at ${path}; got:\n${errors.map((e) => e.message).join('\n')}`);
  expect(error.file).toBe(FILE);
  expect(error.message).toBe(`${FILE}: ${path}: expected ${error.expected}, found ${error.found}`);
  return error;
}

describe('parseScenarioFile', () => {
  it('reports malformed JSON with its line and column', () => {
    const text = '{\n  "kind": "baseline",\n  "id": "x",\n}\n';
    const errors = problems(text);
    expect(errors).toHaveLength(1);
    const error = problemAt(errors, 'line 4, column 1');
    expect(error.expected).toContain('valid JSON');
    expect(error.expected).toContain('property name');
    expect(error.found).toBe('"}\\n"');
  });

  it('reports a missing closing brace at the end of the file', () => {
    const error = problemAt(problems('{"kind": "baseline"'), 'line 1, column 20');
    expect(error.found).toBe('the end of the file');
  });

  it('reports an unknown field, the nearest allowed name and the value found', () => {
    const doc = json(baselineText);
    const record = parametersOf(doc)['ep.workforceFte']!;
    record.soruce = record.source;
    delete record.source;
    const errors = problems(JSON.stringify(doc));
    const error = problemAt(errors, 'parameters["ep.workforceFte"].soruce');
    expect(error.expected).toBe(
      'no such field (did you mean "source"? allowed: value, range, unit, priceYear, source, assumption, distribution)',
    );
    expect(error.found.startsWith('{"title":')).toBe(true);
    expect(error.found.length).toBeLessThanOrEqual(60);
    // ... and, as the record now has neither source nor assumption, that too.
    expect(problemAt(errors, 'parameters["ep.workforceFte"]').found).toBe('neither');
  });

  it('reports an unknown parameter with the nearest catalogue key', () => {
    const doc = json(reformText);
    const baseline = parametersOf(json(baselineText));
    doc.parameters = { 'ep.workforceFTE': baseline['ep.workforceFte'] };
    const error = problemAt(problems(JSON.stringify(doc)), 'parameters["ep.workforceFTE"]');
    expect(error.expected).toContain('did you mean "ep.workforceFte"?');
    expect(error.found).toBe('"ep.workforceFTE"');
  });

  it('reports a value outside the catalogue bounds', () => {
    const doc = json(baselineText);
    parametersOf(doc)['redress.familyWins']!.value = 1.2;
    const error = problemAt(problems(JSON.stringify(doc)), 'parameters["redress.familyWins"].value');
    expect(error.expected).toBe('a number from 0 to 1 (share)');
    expect(error.found).toBe('1.2');
  });

  it('reports a range that does not contain the value', () => {
    const doc = json(baselineText);
    parametersOf(doc)['ep.workforceFte']!.range = [4000, 5000];
    const error = problemAt(problems(JSON.stringify(doc)), 'parameters["ep.workforceFte"].range');
    expect(error.expected).toBe('a range containing the value 3500');
    expect(error.found).toBe('[4000,5000]');
  });

  it('reports a missing catalogue parameter in a baseline', () => {
    const doc = json(baselineText);
    delete parametersOf(doc)['cost.mediation'];
    const errors = problems(JSON.stringify(doc));
    expect(errors).toHaveLength(1);
    const error = problemAt(errors, 'parameters["cost.mediation"]');
    expect(error.expected).toContain('a record for this catalogue parameter');
    expect(error.found).toBe('nothing');
  });

  it('reports an unknown lever with the nearest lever id', () => {
    const doc = json(reformText);
    doc.levers = { tribunalPower: 'noPlacementOrders' };
    const error = problemAt(problems(JSON.stringify(doc)), 'levers.tribunalPower');
    expect(error.expected).toContain('did you mean "tribunalPowers"?');
    expect(error.found).toBe('"tribunalPower"');
  });

  it('reports lever settings that the lever does not accept', () => {
    const doc = json(reformText);
    doc.levers = { tribunalPowers: 'abolished', earlyHelpInvestment: 5, planUpperAge: 18 };
    const errors = problems(JSON.stringify(doc));
    expect(problemAt(errors, 'levers.tribunalPowers').expected).toBe(
      'one of "current", "noPlacementOrders", "nonJudicialRoute"',
    );
    expect(problemAt(errors, 'levers.earlyHelpInvestment').expected).toBe(
      'a number from 1 to 4 (x current capacity)',
    );
    expect(problemAt(errors, 'levers.earlyHelpInvestment').found).toBe('5');
    expect(problemAt(errors, 'levers.planUpperAge').expected).toContain('(in quotes: "18")');
  });

  it('checks kind, id, dates and price years', () => {
    const doc = json(baselineText);
    doc.id = 'Baseline 2023';
    doc.startDate = '2023-02-30';
    delete parametersOf(doc)['cost.mediation']!.priceYear;
    parametersOf(doc)['ep.workforceFte']!.priceYear = '2023/24';
    const errors = problems(JSON.stringify(doc));
    expect(problemAt(errors, 'id').found).toBe('"Baseline 2023"');
    expect(problemAt(errors, 'startDate').expected).toContain('YYYY-MM-DD');
    expect(problemAt(errors, 'parameters["cost.mediation"].priceYear').found).toBe('nothing');
    expect(problemAt(errors, 'parameters["ep.workforceFte"].priceYear').expected).toContain('not money');
    const notAScenario = json(baselineText);
    notAScenario.kind = 'policy';
    expect(problemAt(problems(JSON.stringify(notAScenario)), 'kind').expected).toBe(
      'one of "baseline", "reform"',
    );
  });

  it('accepts only a 1 January start from 2015, which a run can start from', () => {
    for (const [date, bad] of [
      ['2023-07-01', true],
      ['0000-01-01', true],
      ['2014-01-01', true],
      ['2019-01-01', false],
    ] as const) {
      const doc = json(baselineText);
      doc.startDate = date;
      if (!bad) {
        expect(() => parseScenarioFile(JSON.stringify(doc), FILE)).not.toThrow();
        continue;
      }
      const error = problemAt(problems(JSON.stringify(doc)), 'startDate');
      expect(error.expected).toContain('1 January of a year from 2015');
      expect(error.found).toBe(JSON.stringify(date));
    }
    // A reform that starts the run elsewhere is held to the same rule.
    const reform = json(reformText);
    reform.startDate = '2024-07-01';
    expect(problemAt(problems(JSON.stringify(reform)), 'startDate').expected).toContain('1 January');
  });

  it('checks a source’s year and that its address is https', () => {
    const doc = json(baselineText);
    (parametersOf(doc)['ep.workforceFte']!.source as Json).year = 'banana';
    (parametersOf(doc)['population.cohortSize']!.source as Json).url = 'http://example.org/report';
    const errors = problems(JSON.stringify(doc));
    expect(problemAt(errors, 'parameters["ep.workforceFte"].source.year').found).toBe('"banana"');
    expect(problemAt(errors, 'parameters["population.cohortSize"].source.url').expected).toContain(
      'https://',
    );
  });

  it('checks sources: both source and assumption, bad status, derived figures without their arithmetic', () => {
    const doc = json(baselineText);
    const params = parametersOf(doc);
    params['cost.mediation']!.source = { title: 'A report', publisher: 'Someone', year: '2024' };
    (params['ep.workforceFte']!.source as Json).status = 'v';
    delete (params['population.appealsPerYear']!.source as Json).note;
    const errors = problems(JSON.stringify(doc));
    expect(problemAt(errors, 'parameters["cost.mediation"]').expected).toBe(
      'either a source or an assumption, not both',
    );
    expect(problemAt(errors, 'parameters["ep.workforceFte"].source.status').found).toBe('"v"');
    expect(problemAt(errors, 'parameters["population.appealsPerYear"].source.note').expected).toContain(
      'required when status is "D"',
    );
  });

  it('checks the calibration record, so the model description can read it', () => {
    const doc = json(baselineText);
    const calibration = doc.calibration as Json;
    calibration.result = null;
    calibration.run = 'x';
    calibration.plausible = {
      evaluated: 400,
      count: '12',
      correlations: [{ a: 'la.nope', b: 'la.assessProbability', correlation: 0.5 }],
    };
    const errors = problems(JSON.stringify(doc));
    expect(problemAt(errors, 'calibration.result').expected).toBe(
      'an object with targets, evaluated, passed',
    );
    expect(problemAt(errors, 'calibration.run').found).toBe('"x"');
    expect(problemAt(errors, 'calibration.plausible.count').expected).toBe('a number');
    // A wrong name in the list is reported where it is, not as the whole list cut to 60 characters.
    expect(problemAt(errors, 'calibration.plausible.correlations[0].a').expected).toBe(
      'a parameter in the catalogue (see parameter-catalogue.ts)',
    );
  });

  it('refuses nesting deeper than a scenario needs with a located message, not a stack overflow', () => {
    const deep = `${'['.repeat(4200)}${']'.repeat(4200)}`;
    const errors = problems(deep);
    expect(errors).toHaveLength(1);
    const error = problemAt(errors, 'line 1, column 33');
    expect(error.expected).toContain('at most 32 levels of nested objects and arrays');
  });

  it('cuts a huge unknown key in its message and suggests nothing for it', () => {
    const doc = json(baselineText);
    const key = `need.${'x'.repeat(100_000)}`;
    parametersOf(doc)[key] = { value: 1, assumption: 'none' };
    const errors = problems(JSON.stringify(doc));
    const error = errors.find((e) => e.path.startsWith('parameters['))!;
    expect(error.path).toBe(
      `parameters[${JSON.stringify(`${key.slice(0, 80)}… (${key.length} characters)`)}]`,
    );
    expect(error.message.length).toBeLessThan(600);
    expect(error.expected).not.toContain('did you mean');
  });

  it('suggests no name for a field or lever far longer than any, and cuts what it found', () => {
    const doc = json(reformText);
    const huge = 'y'.repeat(50_000);
    doc[`name${huge}`] = huge;
    doc.levers = { [`tribunalPowers${huge}`]: 'current', earlyHelpInvestment: huge };
    const errors = problems(JSON.stringify(doc));
    expect(errors).toHaveLength(3);
    for (const error of errors) {
      expect(error.message.length, error.path).toBeLessThan(800);
      expect(error.expected, error.path).not.toContain('did you mean');
    }
    expect(problemAt(errors, 'levers.earlyHelpInvestment').found).toHaveLength(60);
  });

  it('refuses control characters in names, which a terminal would obey', () => {
    const doc = json(baselineText);
    doc.name = 'England \u001b[2J today';
    const error = problemAt(problems(JSON.stringify(doc)), 'name');
    expect(error.expected).toContain('without control characters');
    expect(error.found).toBe(JSON.stringify('England \u001b[2J today'));
    expect(error.message).not.toContain('\u001b');
  });

  it('checks that groups of shares sum to 1', () => {
    const doc = json(baselineText);
    parametersOf(doc)['population.ehcpAgeShare.under5']!.value = 0.07;
    const error = problemAt(problems(JSON.stringify(doc)), 'parameters["population.ehcpAgeShare.*"]');
    expect(error.found).toBe('a sum of 1.02');
  });

  it('refuses chances of leaving further education and moving on from it that sum past 1', () => {
    // Both are bands of one draw at a birthday from 18: past 1 the second would be cut silently.
    const doc = json(baselineText);
    const movesOn = parametersOf(doc)['placement.movesOnProbability']!;
    movesOn.value = 0.8;
    movesOn.range = [0, 0.8];
    const error = problemAt(problems(JSON.stringify(doc)), 'parameters["placement.movesOnProbability"]');
    expect(error.expected).toContain(
      'placement.leavesEducationProbability + placement.movesOnProbability at most 1',
    );
    const leaves = parametersOf(doc)['placement.leavesEducationProbability']!.value as number;
    expect(error.found).toBe(`a sum of ${Number((leaves + 0.8).toFixed(4))}`);
  });

  it('refuses more appeals in progress than plans in force, which no starting population can hold', () => {
    // Found by the fuzz suite: with no plans and the baseline's appeals in progress, a run failed
    // with "Child ids must come in order" (the plans count went below zero).
    const doc = json(baselineText);
    const plans = parametersOf(doc)['population.ehcpStock']!;
    plans.value = 0;
    plans.range = [0, 543000];
    const error = problemAt(problems(JSON.stringify(doc)), 'parameters["population.appealsInProgress"]');
    expect(error.expected).toBe(
      'at most population.ehcpStock: most appeals in progress are against plans in force (the model takes 70%), so they cannot outnumber them',
    );
    expect(error.found).toBe(
      `${parametersOf(doc)['population.appealsInProgress']!.value} appeals and 0 plans`,
    );
    // A reform's overrides are held to the same rule once resolved.
    const baseline = parseScenarioFile(baselineText, 'baseline.json') as BaselineScenarioFile;
    const reform = {
      ...(parseScenarioFile(reformText, 'no-tribunal-placement-orders.json') as object),
      parameters: {
        'population.appealsInProgress': {
          ...baseline.parameters['population.ehcpStock'],
          value: 600_000,
          range: [0, 600_000],
          unit: 'appeals',
        },
      },
    };
    expect(() => resolveScenario(reform as never, baseline)).toThrow(
      /parameters\["population\.appealsInProgress"\]: expected at most population\.ehcpStock/,
    );
  });

  it('refuses annual reviews more often than every 3 months, the most the law contemplates', () => {
    // Found by the fuzz suite: reviews every 0 days rescheduled themselves without end until
    // the engine stopped the run ("timer 13 was scheduled 256 times in one run", exit 3).
    const doc = json(baselineText);
    parametersOf(doc)['plan.annualReviewDays']!.value = 0;
    parametersOf(doc)['plan.annualReviewDays']!.range = [0, 450];
    const errors = problems(JSON.stringify(doc));
    expect(problemAt(errors, 'parameters["plan.annualReviewDays"].value').expected).toBe(
      'a number from 90 to 730 (days)',
    );
  });

  it('reports a key given twice', () => {
    const text = reformText.replace(
      '"baseline": "baseline",',
      '"baseline": "baseline",\n  "baseline": "baseline",',
    );
    const error = problemAt(problems(text), 'baseline');
    expect(error.expected).toBe('each key only once in an object');
  });

  it('lists every problem at once', () => {
    const doc = json(baselineText);
    doc.nmae = 'typo';
    parametersOf(doc)['redress.familyWins']!.value = -1;
    delete parametersOf(doc)['trust.gainWhenMet'];
    let caught: unknown;
    try {
      parseScenarioFile(JSON.stringify(doc), FILE);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ScenarioValidationError);
    const error = caught as ScenarioValidationError;
    expect(error.errors).toHaveLength(3);
    expect(error.message.split('\n')[0]).toBe(`${FILE}: 3 problems`);
    for (const e of error.errors)
      expect(error.message).toContain(`${e.path}: expected ${e.expected}, found ${e.found}`);
    expect(problemAt(error.errors, 'nmae').expected).toContain('did you mean "name"?');
  });

  it('ignores $schema and a byte-order mark', () => {
    const file = parseScenarioFile(`\uFEFF${reformText}`, FILE);
    expect(file.kind).toBe('reform');
    expect('$schema' in file).toBe(false);
  });

  it('truncates long values found to 60 characters', () => {
    const doc = json(reformText);
    doc.description = 'x'.repeat(200);
    doc.name = ['a list', 'x'.repeat(200)];
    const error = problemAt(problems(JSON.stringify(doc)), 'name');
    expect(error.found).toHaveLength(60);
    expect(error.found.endsWith('…')).toBe(true);
  });
});

describe('validateScenarioData', () => {
  it('returns the problems instead of throwing', () => {
    const check = validateScenarioData({ kind: 'reform', id: 'r', name: 'R', description: 'D' }, 'editor');
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.errors.map((e) => e.path)).toEqual(['baseline', 'levers']);
      expect(check.errors.every((e) => e.found === 'nothing')).toBe(true);
    }
  });
});

describe('resolveScenario', () => {
  const reform = parseScenarioFile(reformText, 'scenarios/no-tribunal-placement-orders.json');

  it('refuses a reform without its baseline', () => {
    if (reform.kind !== 'reform') throw new Error('not a reform');
    expect(() => resolveScenario(reform)).toThrow(ScenarioError);
    try {
      resolveScenario(reform);
    } catch (e) {
      const error = e as ScenarioError;
      expect(error.file).toBe('no-tribunal-placement-orders.json');
      expect(error.path).toBe('baseline');
      expect(error.found).toBe('nothing');
      expect(error.message).toBe(
        `no-tribunal-placement-orders.json: baseline: expected ${error.expected}, found nothing`,
      );
      expect(error.expected).toContain('"baseline"');
    }
  });

  it('refuses a baseline whose id is not the one the reform names', () => {
    const doc = json(baselineText);
    doc.id = 'another-baseline';
    const other = parseScenarioFile(
      JSON.stringify(doc),
      'scenarios/another-baseline.json',
    ) as BaselineScenarioFile;
    if (reform.kind !== 'reform') throw new Error('not a reform');
    expect(() => resolveScenario(reform, other)).toThrow(
      /no-tribunal-placement-orders\.json: baseline: expected .*"baseline".*, found the baseline "another-baseline"/,
    );
  });
});

describe('JSON syntax errors', () => {
  const ours =
    /^valid JSON: (a value|',' or|':' after|a property name|a closing double quote|no line breaks|four hex|a valid escape|a number|the end of the file|no comments)/;

  it('are located by the scanner exactly when JSON.parse rejects the text', () => {
    const edit = fc.record({
      text: fc.json(),
      at: fc.nat(),
      op: fc.constantFrom('delete', 'insert', 'replace'),
      char: fc.string({ minLength: 1, maxLength: 1 }),
    });
    fc.assert(
      fc.property(edit, ({ text, at, op, char }) => {
        const k = text.length > 0 ? at % text.length : 0;
        const rest = op === 'insert' ? text.slice(k) : text.slice(k + 1);
        const edited = text.slice(0, k) + (op === 'delete' ? '' : char) + rest;
        let valid = true;
        try {
          JSON.parse(edited);
        } catch {
          valid = false;
        }
        try {
          parseScenarioFile(edited, FILE);
          return valid;
        } catch (e) {
          const error = e as ScenarioError;
          const syntax = /^line \d+, column \d+$/.test(error.path);
          return valid ? !syntax : syntax && ours.test(error.expected);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('what probabilistic sensitivity analysis reads: distributions and rank correlations', () => {
  it('accepts a triangular distribution and a sourced rank correlation', () => {
    const doc = json(baselineText);
    parametersOf(doc)['ep.workforceFte']!.distribution = 'triangular';
    doc.rankCorrelations = [
      { a: 'ep.workforceFte', b: 'la.assessProbability', correlation: 0.4, assumption: 'a test pair' },
    ];
    const file = parseScenarioFile(JSON.stringify(doc), FILE) as BaselineScenarioFile;
    expect(file.parameters['ep.workforceFte'].distribution).toBe('triangular');
    expect(file.rankCorrelations).toHaveLength(1);
  });

  it('reports an unknown distribution naming the ones allowed', () => {
    const doc = json(baselineText);
    parametersOf(doc)['ep.workforceFte']!.distribution = 'normal';
    const error = problemAt(problems(JSON.stringify(doc)), 'parameters["ep.workforceFte"].distribution');
    expect(error.expected).toContain('one of "uniform", "triangular"');
    expect(error.found).toBe('"normal"');
  });

  it('reports a bad rank correlation: a correlation of 1, a pair of one parameter, a repeated pair, no evidence', () => {
    const doc = json(baselineText);
    doc.rankCorrelations = [
      { a: 'ep.workforceFte', b: 'la.assessProbability', correlation: 1, assumption: 'x' },
      { a: 'ep.workforceFte', b: 'ep.workforceFte', correlation: 0.2, assumption: 'x' },
      { a: 'la.assessProbability', b: 'ep.workforceFte', correlation: 0.3 },
      { a: 'ep.workforceFTE', b: 'la.assessProbability', correlation: 0.3, assumption: 'x' },
    ];
    const errors = problems(JSON.stringify(doc));
    expect(problemAt(errors, 'rankCorrelations[0].correlation').expected).toBe(
      'a rank correlation strictly between -1 and 1',
    );
    expect(problemAt(errors, 'rankCorrelations[1].b').expected).toBe('a parameter other than a');
    expect(problemAt(errors, 'rankCorrelations[2]').found).toMatch(/neither|again/);
    expect(problemAt(errors, 'rankCorrelations[3].a').expected).toContain('did you mean "ep.workforceFte"?');
  });
});
