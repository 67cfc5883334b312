/**
 * A local area as a transformation of the national baseline (issue 11, requirement 6). The
 * model simulates England at a `scale` and weights results back by 1/scale; an area is run
 * instead at scale 1 from a baseline whose national counts (children, pupils, plans, requests,
 * appeals), capacities (educational psychologists, special school places, early help, the
 * tribunal's hearings for the area's appeals) and money (the area's high-needs income, its
 * deficit, national programmes' delivery budgets) are the area's. So the run simulates the
 * area's children one-to-one and its results are the area's own.
 *
 * What stays national, and is a limit: every behavioural parameter (rates, probabilities,
 * fitted values), unit costs, and how the high-needs block grows after its last published year.
 *
 * A figure the file leaves out is the national value × the area's share `s`: its pupils over
 * England's (`population.cohortSize` × 13 school years), or, without a pupil count, its EHC
 * plans over England's. The transformation lists every parameter so derived (`derived`).
 *
 * Levers that add a national count (20,000 special places, 400 EP FTE) would add England's
 * number to one council: `countFactor` holds, for each count scaled here, the area's value over
 * the national one, and resolution scales a lever's `add` to that parameter by it; a delivery
 * cost paid for a fixed number of units is scaled by `s` (`resolveScenario`'s `areaScaling`).
 */
import type { ParameterKey } from '../scenario/parameter-catalogue.js';
import { PARAMETER_CATALOGUE, PARAMETER_KEYS } from '../scenario/parameter-catalogue.js';
import { parameterGroupProblems } from '../scenario/parameter-rules.js';
import type { LeverScaling } from '../scenario/resolve-scenario.js';
import { ScenarioError, ScenarioValidationError } from '../scenario/scenario-error.js';
import type { BaselineScenarioFile, ParameterRecord } from '../scenario/scenario-file.js';
import { HIGH_NEEDS_BLOCK } from '../services/high-needs-block.js';
import { COUNCILS_OWN_FIGURE, type LocalAreaFigureName, type LocalAreaFile } from './local-area-schema.js';
import { AGE_SPLIT, SETTING_SPLIT } from './validate-local-area.js';

/** School years in the census count of pupils (Reception to Year 13), as the baseline's cohort size. */
export const SCHOOL_YEARS = 13;

/**
 * How a reform's levers are scaled on an area (read by `resolveScenario`): per count parameter,
 * the area's value ÷ the national value; the area's share `s` for delivery units.
 */
export type AreaScaling = LeverScaling;

/** What the area did to the baseline: the new baseline, how to scale levers, and what was derived. */
export interface AreaBaseline {
  readonly baseline: BaselineScenarioFile;
  readonly scaling: AreaScaling;
  readonly summary: AreaSummary;
}

/** What a run for an area reports about it. */
export interface AreaSummary {
  readonly name: string;
  readonly laCode: string;
  readonly startDate: string;
  /** The area's share of England used for figures the file leaves out. */
  readonly share: number;
  /** What the share was worked out from. */
  readonly shareBasis: 'pupils' | 'EHC plans';
  /** The file's figures not given, each filled from the national value (in the file's field names). */
  readonly derivedFigures: readonly LocalAreaFigureName[];
  /** Parameters set from national values × the share, not from the file. */
  readonly derivedParameters: readonly ParameterKey[];
  /** Parameters set from the file's figures. */
  readonly fromFile: readonly ParameterKey[];
  /** Figures given only to compare with the run (not inputs), e.g. new plans a year. */
  readonly forComparison: Readonly<Partial<Record<LocalAreaFigureName, number>>>;
}

/** Count parameters scaled by the area's share when the file does not give them. */
const SHARE_SCALED: readonly ParameterKey[] = [
  'earlyHelp.capacity',
  'delivery.teacherSendTraining',
  'delivery.inclusiveMainstreamFund',
  'delivery.serviceStandardsCasework',
  'delivery.inspectionProgramme',
  'delivery.expertsAtHand',
];

/**
 * The national baseline made the area's, with the levers' scaling and a summary. Throws a
 * `ScenarioError` naming `file` when a figure cannot be used (a high-needs allocation for a year
 * with no national allocation to set it against).
 *
 * @example
 * const { baseline, scaling } = areaBaseline(nationalBaseline, parseLocalAreaFile(text, path), path);
 * const resolved = resolveScenario(reform, baseline, scaling);
 */
export function areaBaseline(
  national: BaselineScenarioFile,
  area: LocalAreaFile,
  file: string,
): AreaBaseline {
  const f = area.figures;
  const p = national.parameters;
  const nationalPupils = p['population.cohortSize'].value * SCHOOL_YEARS;
  const shareBasis = f.pupils !== undefined ? 'pupils' : 'EHC plans';
  const share =
    f.pupils !== undefined
      ? f.pupils.value / nationalPupils
      : f.ehcPlans.value / p['population.ehcpStock'].value;
  const year = area.startDate.slice(0, 4);
  const records: Record<string, ParameterRecord> = { ...p };
  const countFactor: Partial<Record<ParameterKey, number>> = {};
  const fromFile: ParameterKey[] = [];
  const derivedParameters: ParameterKey[] = [];
  const shareWords = `${(share * 100).toPrecision(3)}% of England, from the area's ${shareBasis}`;

  const put = (
    key: ParameterKey,
    value: number,
    record: Omit<ParameterRecord, 'value' | 'range' | 'unit'>,
    count: boolean,
  ) => {
    const base = p[key];
    const spec = PARAMETER_CATALOGUE[key];
    const factor = base.value !== 0 ? value / base.value : 1;
    const clip = (x: number) => Math.min(spec.max, Math.max(spec.min, x));
    // Counts keep the national record's relative uncertainty; shares keep its range, widened to hold the value.
    const range: [number, number] = count
      ? [clip(base.range[0] * factor), clip(base.range[1] * factor)]
      : [clip(Math.min(base.range[0], value)), clip(Math.max(base.range[1], value))];
    if (count && base.value !== 0) countFactor[key] = factor;
    const { source: _s, assumption: _a, note: _n, ...rest } = base as ParameterRecord & { note?: string };
    records[key] = {
      ...rest,
      ...record,
      value,
      range: [Math.min(range[0], value), Math.max(range[1], value)],
    } as ParameterRecord;
  };
  const fromFigure = (
    key: ParameterKey,
    value: number,
    names: readonly LocalAreaFigureName[],
    how: string,
    count = true,
  ) => {
    const cites = names.map((n) => `${n}: ${f[n]!.source}`).join('; ');
    const own = names.some((n) => f[n]!.source.trim().toLowerCase() === COUNCILS_OWN_FIGURE);
    put(
      key,
      value,
      {
        source: {
          title: `${area.name} (${area.laCode}) local-area file: ${cites}`,
          publisher: own ? `${area.name} (${COUNCILS_OWN_FIGURE})` : area.name,
          year,
          // V: the figure as published; D: arithmetic on published figures; none for a council's own.
          ...(own ? {} : { status: names.length === 1 && how === '' ? ('V' as const) : ('D' as const) }),
          ...(how !== '' ? { note: how } : {}),
        },
      },
      count,
    );
    fromFile.push(key);
  };
  const scaled = (key: ParameterKey, factor: number, why: string) => {
    put(
      key,
      p[key].value * factor,
      {
        assumption: `Local area ${area.name}: not in the local-area file; the national value ${p[key].value} × ${why}.`,
      },
      true,
    );
    derivedParameters.push(key);
  };
  const byShare = (key: ParameterKey) => scaled(key, share, `the area's share (${shareWords})`);

  // Children and pupils.
  if (f.pupils !== undefined) {
    fromFigure(
      'population.cohortSize',
      f.pupils.value / SCHOOL_YEARS,
      ['pupils'],
      `pupils ÷ ${SCHOOL_YEARS} school years`,
    );
  } else byShare('population.cohortSize');
  if (f.senSupportPupils !== undefined)
    fromFigure('population.senSupportStock', f.senSupportPupils.value, ['senSupportPupils'], '');
  else byShare('population.senSupportStock');
  fromFigure('population.ehcpStock', f.ehcPlans.value, ['ehcPlans'], '');

  // Splits of plans: each count over the sum of its split.
  const split = (names: readonly LocalAreaFigureName[], keys: readonly ParameterKey[]) => {
    if (names.some((n) => f[n] === undefined)) return false;
    const total = names.reduce((sum, n) => sum + f[n]!.value, 0);
    names.forEach((n, i) => {
      fromFigure(
        keys[i]!,
        f[n]!.value / total,
        [n],
        `${n} ÷ the sum of ${names.join(', ')} (${total})`,
        false,
      );
    });
    return true;
  };
  split(AGE_SPLIT, [
    'population.ehcpAgeShare.under5',
    'population.ehcpAgeShare.age5to10',
    'population.ehcpAgeShare.age11to15',
    'population.ehcpAgeShare.age16to19',
    'population.ehcpAgeShare.age20to25',
  ]);
  split(SETTING_SPLIT, [
    'population.schoolAgePlanSetting.mainstream',
    'population.schoolAgePlanSetting.resourcedProvision',
    'population.schoolAgePlanSetting.maintainedSpecial',
    'population.schoolAgePlanSetting.independentSpecial',
    'population.schoolAgePlanSetting.alternativeProvision',
  ]);

  // Requests and appeals.
  if (f.requestsPerYear !== undefined)
    fromFigure('population.requestsPerYear', f.requestsPerYear.value, ['requestsPerYear'], '');
  else byShare('population.requestsPerYear');
  if (f.refusalsPerYear !== undefined && f.requestsPerYear !== undefined && f.requestsPerYear.value > 0) {
    fromFigure(
      'population.requestsRefusedShare',
      f.refusalsPerYear.value / f.requestsPerYear.value,
      ['refusalsPerYear', 'requestsPerYear'],
      'refusalsPerYear ÷ requestsPerYear',
      false,
    );
  }
  const appealShare =
    f.appealsPerYear !== undefined ? f.appealsPerYear.value / p['population.appealsPerYear'].value : share;
  const appealWhy =
    f.appealsPerYear !== undefined
      ? `the area's share of England's appeals (${f.appealsPerYear.value} of ${p['population.appealsPerYear'].value})`
      : `the area's share (${shareWords})`;
  if (f.appealsPerYear !== undefined)
    fromFigure('population.appealsPerYear', f.appealsPerYear.value, ['appealsPerYear'], '');
  else byShare('population.appealsPerYear');
  scaled('population.appealsInProgress', appealShare, appealWhy);
  // The tribunal is national: the area gets its share of hearings, in proportion to its appeals.
  scaled('tribunal.hearingsPerYear', appealShare, appealWhy);

  // Capacities.
  if (f.epFte !== undefined) fromFigure('ep.workforceFte', f.epFte.value, ['epFte'], '');
  else byShare('ep.workforceFte');
  const epFactor = records['ep.workforceFte']!.value / p['ep.workforceFte'].value;
  scaled('ep.traineeNetGrowthFte', epFactor, "the area's share of England's educational psychologists");
  // One council: the spread of EP capacity between England's LAs does not apply (the ten
  // groups of children remain, each with an equal share of the area's EPs).
  put(
    'ep.localCapacitySpread',
    0,
    {
      assumption: `Local area ${area.name}: one council, so no spread of capacity between councils (0: every group of its children has an equal share of its educational psychologists).`,
    },
    false,
  );
  records['ep.localCapacitySpread'] = { ...records['ep.localCapacitySpread']!, range: [0, 0] };
  if (f.specialSchoolPlaces !== undefined)
    fromFigure('placement.specialSchoolPlaces', f.specialSchoolPlaces.value, ['specialSchoolPlaces'], '');
  else byShare('placement.specialSchoolPlaces');
  for (const key of SHARE_SCALED) byShare(key);

  // Money: the area's high-needs income is its allocation over England's block, the same year.
  if (f.highNeedsAllocation !== undefined) {
    const fy = f.highNeedsAllocation.financialYear;
    const startYear = Number(fy.slice(0, 4));
    const block = HIGH_NEEDS_BLOCK.find((b) => b.startYear === startYear);
    if (block === undefined) {
      const years = HIGH_NEEDS_BLOCK.map(
        (b) => `${b.startYear}/${String((b.startYear + 1) % 100).padStart(2, '0')}`,
      );
      throw new ScenarioError(
        file,
        'figures.highNeedsAllocation.financialYear',
        `a financial year with a national high-needs block to set it against (${years.join(', ')})`,
        JSON.stringify(fy),
      );
    }
    const blockShare = f.highNeedsAllocation.value / block.pounds;
    fromFigure(
      'dsg.modelledShareOfBlock',
      p['dsg.modelledShareOfBlock'].value * blockShare,
      ['highNeedsAllocation'],
      `the national share of the block the model's spending stands for (${p['dsg.modelledShareOfBlock'].value}) × the area's allocation ÷ England's high-needs block in ${fy} (£${block.pounds / 1e9}bn): income is then the area's allocation, grown as England's block`,
    );
    if (f.highNeedsSpend !== undefined) {
      fromFigure(
        'la.highNeedsExcessAtStart',
        f.highNeedsSpend.value / f.highNeedsAllocation.value - 1,
        ['highNeedsSpend', 'highNeedsAllocation'],
        'highNeedsSpend ÷ highNeedsAllocation − 1: the excess of spending over funding the council starts with',
        false,
      );
    }
  } else byShare('dsg.modelledShareOfBlock');
  if (f.dsgDeficitAtStart !== undefined) {
    fromFigure('dsg.deficitAtStart', f.dsgDeficitAtStart.value, ['dsgDeficitAtStart'], '');
    records['dsg.deficitAtStart'] = {
      ...records['dsg.deficitAtStart']!,
      priceYear: f.dsgDeficitAtStart.financialYear,
    };
  } else byShare('dsg.deficitAtStart');

  const derivedFigures = (Object.keys(LOCAL_AREA_FIELD_ORDER) as LocalAreaFigureName[]).filter(
    (name) => f[name] === undefined && name !== 'newPlansPerYear',
  );
  const forComparison: Partial<Record<LocalAreaFigureName, number>> = {};
  if (f.newPlansPerYear !== undefined) forComparison.newPlansPerYear = f.newPlansPerYear.value;

  const problems = areaProblems(records as Record<ParameterKey, ParameterRecord>, file);
  if (problems.length > 0) throw new ScenarioValidationError(problems);

  const baseline: BaselineScenarioFile = {
    ...national,
    id: national.id,
    name: `${area.name}: ${national.name}`,
    description: `${area.name} (${area.laCode}) run one-to-one from its local-area file, on the national baseline's behaviour. ${national.description}`,
    startDate: area.startDate,
    parameters: Object.fromEntries(
      PARAMETER_KEYS.map((k) => [k, records[k]!]),
    ) as BaselineScenarioFile['parameters'],
  };
  return {
    baseline,
    scaling: { countFactor, unitFactor: share },
    summary: {
      name: area.name,
      laCode: area.laCode,
      startDate: area.startDate,
      share,
      shareBasis,
      derivedFigures,
      derivedParameters,
      fromFile,
      forComparison,
    },
  };
}

/**
 * Figures that each pass but together give a baseline the model cannot run (a parameter outside
 * its catalogue bounds, or appeals in progress above plans in force, say), named against the
 * area's file: the parameter, what it must be, and what the figures made of it.
 */
function areaProblems(
  records: Readonly<Record<ParameterKey, ParameterRecord>>,
  file: string,
): ScenarioError[] {
  const errors: ScenarioError[] = [];
  const made = 'figures that make';
  for (const key of PARAMETER_KEYS) {
    const spec = PARAMETER_CATALOGUE[key];
    const value = records[key].value;
    if (!(value >= spec.min && value <= spec.max)) {
      errors.push(
        new ScenarioError(
          file,
          'figures',
          `${made} ${key} from ${spec.min} to ${spec.max} (${spec.unit})`,
          `${key} = ${value}`,
        ),
      );
    }
  }
  const values = Object.fromEntries(PARAMETER_KEYS.map((k) => [k, records[k].value])) as Record<
    ParameterKey,
    number
  >;
  for (const problem of parameterGroupProblems(values)) {
    errors.push(
      new ScenarioError(file, 'figures', `${made} ${problem.key} ${problem.expected}`, problem.found),
    );
  }
  return errors;
}

/** The file's figures in the order the template lists them. */
const LOCAL_AREA_FIELD_ORDER: Readonly<Record<LocalAreaFigureName, true>> = {
  pupils: true,
  senSupportPupils: true,
  ehcPlans: true,
  plansUnder5: true,
  plansAge5to10: true,
  plansAge11to15: true,
  plansAge16to19: true,
  plansAge20to25: true,
  plansMainstream: true,
  plansResourcedProvision: true,
  plansStateSpecial: true,
  plansIndependentSpecial: true,
  plansAlternativeProvision: true,
  requestsPerYear: true,
  refusalsPerYear: true,
  newPlansPerYear: true,
  appealsPerYear: true,
  epFte: true,
  specialSchoolPlaces: true,
  highNeedsAllocation: true,
  highNeedsSpend: true,
  dsgDeficitAtStart: true,
};
