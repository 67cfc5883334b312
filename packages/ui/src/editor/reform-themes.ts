/**
 * The reform picker's groups: each library reform under a theme a parent would look for, with
 * one plain sentence saying what it does (the scenario file's own description is the full,
 * sourced account, and stays a click away). The names are the scenario files' own, because
 * the results, the headline and `sendsim` all use them, and are plain (no unexplained acronyms
 * or terms of art); these sentences name the technical term where there is one ("a binding
 * ‘single route of redress’"), so a reader can look it up. A reform the list does not know (one added to
 * `scenarios/` later) goes under "Other reforms" with the first sentence of its description,
 * and a unit test fails until it is given a theme.
 */
/** A reform as the library lists it (`ReformOption` in scenarios.ts, which Node cannot load). */
interface ReformOption {
  readonly id: string;
  readonly name: string;
  readonly description: string;
}

/** The themes, in the order the picker shows them. */
export const REFORM_THEMES = [
  'Help earlier, in school and at home',
  'Disagreements and the tribunal',
  'Standards, inspection and who pays',
  'EHC plans and special school places',
  'High-needs money and deficits',
  'Packages of several reforms',
  'Other reforms',
] as const;

export type ReformTheme = (typeof REFORM_THEMES)[number];

interface ThemedReform {
  readonly theme: ReformTheme;
  /** One plain sentence: what changes. */
  readonly summary: string;
}

/** Every library reform, by id. */
export const THEMED_REFORMS: Readonly<Record<string, ThemedReform>> = {
  'early-help-investment': {
    theme: 'Help earlier, in school and at home',
    summary: 'Twice as much family support (early help) alongside SEN support in school.',
  },
  'ringfenced-mainstream-funding': {
    theme: 'Help earlier, in school and at home',
    summary:
      "Schools' SEN money follows the child and is ringfenced, and schools no longer pay the first £6,000 of a child's support.",
  },
  'workforce-strategy': {
    theme: 'Help earlier, in school and at home',
    summary: 'More educational psychologists, and teachers and assistants trained to spot and meet SEND.',
  },
  'inclusive-mainstream': {
    theme: 'Help earlier, in school and at home',
    summary:
      'Mainstream schools include more children, and councils plan enough local special school places.',
  },
  'short-breaks-and-coproduction': {
    theme: 'Help earlier, in school and at home',
    summary:
      'More short breaks for families of disabled children, and decisions made together with families.',
  },
  'independent-advice': {
    theme: 'Disagreements and the tribunal',
    summary:
      'Independent advisers (SENDIASS) and parent carer forums funded to help the families least able to navigate the system alone.',
  },
  'transparency-and-coproduction': {
    theme: 'Disagreements and the tribunal',
    summary:
      'Councils explain each decision and make it with the family, and publish their SEND spending and local offer.',
  },
  'name-the-school-families-ask-for': {
    theme: 'Disagreements and the tribunal',
    summary:
      'Councils name the independent special school a family asks for more often, instead of contesting it at the tribunal.',
  },
  'no-tribunal-placement-orders': {
    theme: 'Disagreements and the tribunal',
    summary:
      'The SEND Tribunal can no longer order a council to place a child at a named school (no “tribunal placement orders”).',
  },
  'non-judicial-disagreement-route': {
    theme: 'Disagreements and the tribunal',
    summary:
      'A new independent body, not a court or tribunal (a “non-judicial route”), settles disagreements about assessments and plans.',
  },
  'single-route-of-redress-binding': {
    theme: 'Disagreements and the tribunal',
    summary:
      "The tribunal's rulings on the health and social care parts of a plan must be carried out (a binding “single route of redress”).",
  },
  'single-route-of-redress-removed': {
    theme: 'Disagreements and the tribunal',
    summary:
      'Families can no longer take the health and social care parts of a plan to the tribunal (the “single route of redress” ends).',
  },
  'minimum-service-standards': {
    theme: 'Standards, inspection and who pays',
    summary: "National minimum standards, with time limits, for councils' SEND services.",
  },
  'minimum-standards-and-who-pays-clarity': {
    theme: 'Standards, inspection and who pays',
    summary:
      'The same standards, plus clear national rules on who pays for what across education, health and care.',
  },
  'inspection-accountability': {
    theme: 'Standards, inspection and who pays',
    summary: 'Tougher inspection of local areas, with consequences when they fail children.',
  },
  'ehcp-upper-age-20': {
    theme: 'EHC plans and special school places',
    summary: 'EHC plans end at 20 instead of continuing up to 25.',
  },
  'ehcp-upper-age-18': {
    theme: 'EHC plans and special school places',
    summary: 'EHC plans end at 18 instead of continuing up to 25.',
  },
  'independent-sector-fee-cap': {
    theme: 'EHC plans and special school places',
    summary: 'A cap on the fees independent special schools charge councils.',
  },
  'lenehan-recommendations': {
    theme: 'EHC plans and special school places',
    summary:
      'Councils plan special school places together across regions so fewer children live or study far from home (the Lenehan review of residential special schools, 2017).',
  },
  'independent-sector-not-for-profit': {
    theme: 'EHC plans and special school places',
    summary:
      'Independent special schools run not for profit, and councils look longer for a state school place first.',
  },
  'nnpcf-asks': {
    theme: 'Packages of several reforms',
    summary: 'What the National Network of Parent Carer Forums (NNPCF) asks for, all together.',
  },
  'lga-ccn-isos-2024': {
    theme: 'Packages of several reforms',
    summary:
      'Proposals for councils’ national bodies, the Local Government Association (LGA) and County Councils Network (CCN), by Isos Partnership (2024), all together.',
  },
  'statutory-override-ends-2028': {
    theme: 'High-needs money and deficits',
    summary:
      'From April 2028 what councils have overspent on SEND (their DSG deficits) counts against their reserves, so they refuse more requests and name cheaper places (the “statutory override” ends).',
  },
  'dsg-deficit-write-off': {
    theme: 'High-needs money and deficits',
    summary:
      'The Department for Education writes off what councils have overspent on SEND from their schools grant (their DSG deficits) in April 2028.',
  },
  'safety-valve-agreements': {
    theme: 'High-needs money and deficits',
    summary:
      'Every council in deficit gets Department for Education money towards it in return for tighter SEND spending (a “Safety Valve” agreement).',
  },
  'white-paper-2026': {
    theme: 'Packages of several reforms',
    summary: "The government's 2026 Schools White Paper, phased in from September 2026.",
  },
};

/** A reform as the picker shows it: its theme and one-line summary. */
export interface PickerReform extends ReformOption {
  readonly theme: ReformTheme;
  readonly summary: string;
}

/** The first sentence of a description, for a reform the list does not know. */
function firstSentence(text: string): string {
  const end = text.search(/\.(\s|$)/);
  return end < 0 ? text : text.slice(0, end + 1);
}

/** `reforms` grouped by theme, in the themes' order, each group in the order given; empty themes left out. */
export function reformsByTheme(
  reforms: readonly ReformOption[],
): Array<{ readonly theme: ReformTheme; readonly reforms: readonly PickerReform[] }> {
  const themed = reforms.map((r): PickerReform => {
    const known = THEMED_REFORMS[r.id];
    return {
      ...r,
      theme: known?.theme ?? 'Other reforms',
      summary: known?.summary ?? firstSentence(r.description),
    };
  });
  return REFORM_THEMES.map((theme) => ({ theme, reforms: themed.filter((r) => r.theme === theme) })).filter(
    (g) => g.reforms.length > 0,
  );
}
