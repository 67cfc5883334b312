/**
 * The comparison's run options and their limits: what `<run-controls>` offers, what a shared
 * link may ask for (`LinkController`), and the most the fit-to-quote suggestions may propose,
 * so none of them offers a setting another refuses. Plain data, so Node tests can read it.
 */

/** At most this many reforms per run: the page and the run time stay readable. */
export const MAX_REFORMS = 3;

export interface NumberField {
  readonly key: 'seed' | 'replications' | 'years' | 'scale';
  readonly label: string;
  readonly hint: string;
  readonly min: number;
  readonly max: number;
  readonly step: number | 'any';
  readonly initial: string;
  readonly whole: boolean;
}

/**
 * The run options, with limits that keep a browser run to minutes rather than hours. The
 * defaults (10 replications at 1% of England) make the headline cards of the default
 * comparison fit to quote (sim-core's `fitToQuote`; see the README's Web app section).
 */
export const NUMBER_FIELDS: readonly NumberField[] = [
  {
    key: 'seed',
    label: 'Seed',
    hint: 'the same seed gives the same result',
    min: 0,
    max: 999_999,
    step: 1,
    initial: '1',
    whole: true,
  },
  {
    key: 'replications',
    label: 'Replications',
    hint: 'runs of the same children with different chance events; more give narrower intervals (10 or more to quote)',
    min: 2,
    max: 50,
    step: 1,
    initial: '10',
    whole: true,
  },
  {
    key: 'years',
    label: 'Years',
    hint: 'length of the run from the start date',
    min: 1,
    max: 25,
    step: 1,
    initial: '10',
    whole: true,
  },
  {
    key: 'scale',
    label: 'Scale',
    hint: 'share of England simulated, weighted back to national figures',
    min: 0.0005,
    max: 0.05,
    step: 'any',
    initial: '0.01',
    whole: false,
  },
];

function field(key: NumberField['key']): NumberField {
  const found = NUMBER_FIELDS.find((f) => f.key === key);
  if (found === undefined) throw new Error(`no run option ${key}`);
  return found;
}

/** The most replications and the largest scale the page runs: suggestions stay within them. */
export const RUN_LIMITS = { reps: field('replications').max, scale: field('scale').max } as const;
