/**
 * High-needs block income: the DfE's high-needs allocations to councils in England (the high
 * needs block of the dedicated schools grant, DSG), by financial year, as published no later
 * than December 2022, and the income a run books from them.
 *
 * Allocations are cash; the model's money is in `PRICE_BASE` prices, so each year's figure is
 * uprated with the GDP deflator from its own financial year (`price-base.ts`). Beyond the last
 * published year the block grows at `dsg.highNeedsBlockGrowth` a year in real terms; before the
 * first, it is held at that year's real value (a run from 2015 to 2018 reads a flat block).
 *
 * Not all of the block pays for what the model books to `laHighNeeds` (top-ups and places for
 * plan holders, alternative provision): it also funds SEN support without a plan, hospital
 * education and central services, which the model does not simulate. So the income set against
 * the model's high-needs spending is `dsg.modelledShareOfBlock` of the block, and the rest of
 * the block is taken to pay exactly for the rest of the spending (a declared assumption).
 */
import { financialYearName, upratingFactor } from '../scenario/price-base.js';

/** One published national allocation. */
export interface HighNeedsAllocation {
  /** The financial year's first calendar year (2022 for 2022/23). */
  readonly startYear: number;
  /** £ cash, England. */
  readonly pounds: number;
  /** Where the figure comes from (publication, date, address) and how it was read. */
  readonly source: string;
}

/**
 * The high-needs block for England by financial year, £ cash. Rounded to £0.1bn as the sources
 * state them; the derived years (D) follow from the published increases.
 */
export const HIGH_NEEDS_BLOCK: readonly HighNeedsAllocation[] = [
  {
    startYear: 2018,
    pounds: 6.0e9,
    source:
      'DfE written answer (PQ, October 2018): "just under £6 billion in 2018-19", allocations in "Dedicated schools grant (DSG): 2018 to 2019", https://www.gov.uk/government/publications/dedicated-schools-grant-dsg-2018-to-2019 (V; rounded up from "just under").',
  },
  {
    startYear: 2019,
    pounds: 6.6e9,
    source:
      'D: 2021/22 (£8.1bn) less "the increase of more than £1.5 billion over the previous two years" (£780m in 2020/21 and £730m in 2021/22), DfE written answer PQ 73735 (22 November 2021), https://questions-statements.parliament.uk/written-questions/detail/2021-11-12/73735. C: an October 2018 answer expected "over £6 billion" before the December 2018 top-up and later restatements of the baseline.',
  },
  {
    startYear: 2020,
    pounds: 7.4e9,
    source:
      'D: 2021/22 (£8.1bn) less the £730m increase of 2021/22; the 2020/21 increase was £780m (DfE, reported by CYP Now, 2021, and Special Needs Jungle, 2020), PQ 73735, https://questions-statements.parliament.uk/written-questions/detail/2021-11-12/73735.',
  },
  {
    startYear: 2021,
    pounds: 8.1e9,
    source:
      'D: £8.9bn for 2022/23 before the Spending Review 2021 top-up less its increase of £780m (9.6%), DfE written answer PQ 73735 (22 November 2021), https://questions-statements.parliament.uk/written-questions/detail/2021-11-12/73735; agrees with £9.7bn (2023/24) less £1.65bn (DfE written answer PQ 97774, 6 December 2022).',
  },
  {
    startYear: 2022,
    pounds: 9.1e9,
    source:
      'V: "increasing in the next financial year 2022-23 by £1 billion to over £9.1 billion", DfE written answer to Darren Jones MP (answered 5 January 2022); allocations in "National funding formula tables for schools and high needs: 2022 to 2023", https://www.gov.uk/government/publications/national-funding-formula-tables-for-schools-and-high-needs-2022-to-2023.',
  },
  {
    startYear: 2023,
    pounds: 9.7e9,
    source:
      'V: "will bring total high needs funding to £9.7 billion by 2023/24", DfE written answer PQ 97774 (6 December 2022), https://questions-statements.parliament.uk/written-questions/detail/2022-11-28/97774. The further increase from the 2022 Autumn Statement was announced but not yet allocated in that answer, so it is not included.',
  },
];

const FIRST = HIGH_NEEDS_BLOCK[0]!;
const LAST = HIGH_NEEDS_BLOCK[HIGH_NEEDS_BLOCK.length - 1]!;

/**
 * The national high-needs block in the financial year starting in April of `startYear`, £ in
 * the model's price base: the published allocation uprated, or the last one grown at `growth`
 * (real, a year) beyond it, or the first one held flat before it.
 */
export function highNeedsBlockPounds(startYear: number, growth: number): number {
  const published = HIGH_NEEDS_BLOCK.find((a) => a.startYear === startYear);
  if (published !== undefined) return published.pounds * upratingFactor(financialYearName(startYear));
  if (startYear < FIRST.startYear) return FIRST.pounds * upratingFactor(financialYearName(FIRST.startYear));
  let pounds = LAST.pounds * upratingFactor(financialYearName(LAST.startYear));
  // Repeated multiplication rather than pow: the same bits in every engine (portable maths).
  for (let y = LAST.startYear; y < startYear; y++) pounds *= 1 + growth;
  return pounds;
}
