/**
 * The schema of a local-area file (issue 11, requirement 6): one council's own figures, each
 * with its value and where it comes from, so the model can run the council's area one-to-one
 * in place of England. Valibot, like the scenario schema, so errors name the file, the field,
 * what was expected and what was found, and suggest the nearest field name for a typo.
 *
 * Only `name`, `laCode`, `startDate` and `ehcPlans` are required: every other figure the file
 * leaves out is the national baseline's value scaled by the area's share (`area-baseline.ts`),
 * and the run says which.
 */
import * as v from 'valibot';
import { boundedNumber, fields, text } from '../scenario/schema-kit.js';

/** What a council writes instead of a citation when a figure is its own, unpublished one. */
export const COUNCILS_OWN_FIGURE = "council's own figure";

const SOURCE = `a citation (publication, table, year, address) or "${COUNCILS_OWN_FIGURE}"`;
const LA_CODE = 'an ONS local authority code such as "E10000028" (E06, E08, E09 or E10 and six digits)';
const START =
  '1 January of a year with SEN2 data, from 2015 to 2100, such as "2022-01-01" (SEN2 counts plans in force each January)';
const FINANCIAL_YEAR = 'a financial year such as "2022/23"';

/** A count or amount with where it comes from. */
function figure(expected: string, max: number, min = 0) {
  return fields(
    {
      value: boundedNumber(min, max, expected),
      source: text(SOURCE),
    },
    { expected: `an object { "value": ${expected}, "source": ${SOURCE} }` },
  );
}

/** Money: pounds in cash of the financial year stated. */
function money(expected: string, max: number) {
  return fields(
    {
      value: boundedNumber(0, max, expected),
      financialYear: v.pipe(v.string(FINANCIAL_YEAR), v.regex(/^\d{4}\/\d{2}$/, FINANCIAL_YEAR)),
      source: text(SOURCE),
    },
    {
      expected: `an object { "value": ${expected}, "financialYear": ${FINANCIAL_YEAR}, "source": ${SOURCE} }`,
    },
  );
}

// Upper bounds: England's own totals with room to spare, so a misplaced digit is caught.
const COUNT_MAX = 2_000_000;
const opt = <T extends v.GenericSchema>(schema: T) => v.exactOptional(schema);
const plans = (what: string) =>
  opt(figure(`a number of EHC plans ${what}, from 0 to ${COUNT_MAX}`, COUNT_MAX));

/** The figures of an area, by field; see the README section "Your own local area". */
export const LOCAL_AREA_FIGURES = {
  pupils: opt(
    figure(
      `a number of pupils in the area's schools (school census, January), from 0 to ${COUNT_MAX}`,
      COUNT_MAX,
    ),
  ),
  senSupportPupils: opt(
    figure(`a number of pupils on SEN support (school census, January), from 0 to ${COUNT_MAX}`, COUNT_MAX),
  ),
  ehcPlans: figure(`a number of EHC plans in force (SEN2, January), from 1 to ${COUNT_MAX}`, COUNT_MAX, 1),
  plansUnder5: plans('for children under 5'),
  plansAge5to10: plans('for ages 5 to 10'),
  plansAge11to15: plans('for ages 11 to 15'),
  plansAge16to19: plans('for ages 16 to 19'),
  plansAge20to25: plans('for ages 20 to 25'),
  plansMainstream: plans('in mainstream schools (not in SEN units or resourced provision)'),
  plansResourcedProvision: plans('in SEN units and resourced provision of mainstream schools'),
  plansStateSpecial: plans('in state-funded special schools (maintained, academy, free, hospital)'),
  plansIndependentSpecial: plans('in independent and non-maintained special schools'),
  plansAlternativeProvision: plans('in alternative provision and pupil referral units'),
  requestsPerYear: opt(
    figure(
      `a number of initial requests for an EHC needs assessment in the calendar year before the start, from 0 to ${COUNT_MAX}`,
      COUNT_MAX,
    ),
  ),
  refusalsPerYear: opt(
    figure(`a number of requests refused assessment in that year, from 0 to ${COUNT_MAX}`, COUNT_MAX),
  ),
  newPlansPerYear: opt(
    figure(`a number of EHC plans made for the first time in that year, from 0 to ${COUNT_MAX}`, COUNT_MAX),
  ),
  appealsPerYear: opt(
    figure(`a number of SEND tribunal appeals registered a year, from 0 to ${COUNT_MAX}`, COUNT_MAX),
  ),
  epFte: opt(figure('full-time-equivalent educational psychologists, from 0 to 100000', 100_000)),
  specialSchoolPlaces: opt(
    figure(`a number of state special school places, from 0 to ${COUNT_MAX}`, COUNT_MAX),
  ),
  highNeedsAllocation: opt(
    money("pounds of the area's high-needs block allocation (cash), from 0 to 100000000000", 1e11),
  ),
  highNeedsSpend: opt(money("pounds of the area's high-needs spending (cash), from 0 to 100000000000", 1e11)),
  dsgDeficitAtStart: opt(
    money('pounds of cumulative DSG deficit at the start (cash; 0 for none), from 0 to 100000000000', 1e11),
  ),
} as const;

export type LocalAreaFigureName = keyof typeof LOCAL_AREA_FIGURES;

export const LocalAreaFileSchema = fields(
  {
    $schema: v.exactOptional(v.string('a string (the path of the JSON schema, for editors)')),
    kind: v.literal('local-area', 'the text "local-area" (this file describes a local area, not a scenario)'),
    name: text('the council\'s name, such as "Staffordshire"'),
    laCode: v.pipe(v.string(LA_CODE), v.regex(/^E(06|08|09|10)\d{6}$/, LA_CODE)),
    startDate: v.pipe(
      v.string(START),
      v.regex(/^\d{4}-01-01$/, START),
      v.check((s) => {
        const year = Number(s.slice(0, 4));
        return year >= 2015 && year <= 2100;
      }, START),
    ),
    figures: fields(LOCAL_AREA_FIGURES, {
      expected: 'an object of the area\'s figures (at least "ehcPlans")',
    }),
  },
  { expected: 'a local-area file: an object with kind, name, laCode, startDate and figures' },
);

/** A validated local-area file, without `$schema`. */
export type LocalAreaFile = Readonly<Omit<v.InferOutput<typeof LocalAreaFileSchema>, '$schema'>>;
export type LocalAreaFigures = LocalAreaFile['figures'];
