/**
 * The tornado in words: how its numbers are written, which assumption moves the result most,
 * whether a reform's effect keeps its sign at both ends of every range, and, where the result
 * does not move one way across a range (both ends above, or both below, the central result),
 * what that means. Pure functions of sim-core's `SensitivityAnalysis`, so the panel, its table
 * and a test read the same words. Parameters are named by their meaning, values with their
 * units in plain words (`plainAmount`: shares as percentages, £ for GBP).
 *
 * Honesty rule (DESIGN 4, as the headline follows it): a direction is claimed only where the
 * change is clear by sim-core's `clearDirection` (the paired 95% interval excludes zero, with
 * enough replications and simulated children behind it); an end that is not clear is named as
 * "not clear", not counted as keeping the sign.
 */
import {
  clearDirection,
  type Estimate,
  type HeadlineDirection,
  judgeChange,
  type MetricKind,
  MIN_CLEAR_REPLICATIONS,
  PARAMETER_CATALOGUE,
  type ParameterKey,
  roundingFor,
  type SensitivityAnalysis,
  type SensitivityRow,
  UNCLEAR_WORDS,
  writeFigure,
} from '@send-sim/sim-core';
import { figureKindOf, formatEstimate, formatWithInterval, TYPESET } from '../text/format.js';
import { plainAmount } from '../text/parameter-text.js';

/** The page's kind for the analysis's measure (sim-core calls money `cost`). */
export function outcomeKind(a: SensitivityAnalysis): MetricKind | 'money' {
  return a.measure.kind === 'cost' ? 'money' : a.measure.kind;
}

/** One result (a level, or a signed change for a reform), rounded by the precision rule as with its interval. */
export function formatResult(a: SensitivityAnalysis, e: Estimate): string {
  return formatEstimate(outcomeKind(a), e, a.baseline.scale, a.result === 'difference');
}

/** A result with its 95% interval, or the mean alone (said) when one replication gives none. */
export function formatResultWithInterval(a: SensitivityAnalysis, e: Estimate): string {
  if (!Number.isFinite(e.mean)) return 'not defined in this run';
  if (a.baseline.reps < 2) return `${formatResult(a, e)} (one replication: no interval)`;
  return formatWithInterval(outcomeKind(a), e, a.baseline.scale, a.result === 'difference');
}

/**
 * How far the result moves across the range, without a sign: the difference of the two ends'
 * means, rounded to the coarser of their two steps (it is no more precise than either).
 */
export function formatSwing(a: SensitivityAnalysis, row: SensitivityRow): string {
  if (!Number.isFinite(row.swing)) return 'not defined';
  const kind = figureKindOf(outcomeKind(a), a.baseline.scale);
  const [low, high] = [row.atLow, row.atHigh].map((e) => roundingFor(e, kind.quantity, kind.weight));
  const coarser = low!.step >= high!.step ? low! : high!;
  return writeFigure(row.swing, coarser, { change: true, magnitude: true }, TYPESET);
}

/** A parameter's plain-English meaning, without its closing full stop (to sit inside a sentence). */
export function parameterMeaning(key: ParameterKey): string {
  return PARAMETER_CATALOGUE[key].meaning.replace(/\.$/, '');
}

/** A parameter value with its unit in plain words: `32 assessments per FTE per year`, `40%`. */
export function parameterAmount(value: number, unit: string): string {
  return plainAmount(value, unit);
}

/**
 * A parameter's meaning cut to a short label for the tornado's axis: up to the first
 * parenthesis, colon or semicolon, then wrapped into lines of at most `width` characters, at
 * most `lines` of them (the last ending in "…" when cut).
 */
export function shortMeaning(key: ParameterKey, width = 28, lines = 3): string[] {
  const text = parameterMeaning(key).split(/ \(|: |; /)[0] ?? key;
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') out.push(line);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  kept[lines - 1] = `${kept[lines - 1]!.replace(/[,.]?$/, '')}…`;
  return kept;
}

/** "The result moves most with …": the top row in one sentence, or why there is none. */
export function topRowSentence(a: SensitivityAnalysis): string {
  const top = a.rows[0];
  if (top === undefined) return 'No parameter could be varied, so there is nothing to rank.';
  if (!Number.isFinite(top.swing)) return 'The result is not defined at the ends of the ranges in this run.';
  const what =
    a.result === 'level'
      ? `“${a.measure.label}” in the baseline`
      : `The reform’s effect on “${a.measure.label}”`;
  if (top.swing === 0) return `${what} does not move with any of the parameters varied, in this run.`;
  return `${what} moves most with ${parameterMeaning(top.key)} (${top.key}): from ${formatResultWithInterval(a, top.atLow)} at the low end of its range (${parameterAmount(top.low, top.unit)}) to ${formatResultWithInterval(a, top.atHigh)} at its high end (${parameterAmount(top.high, top.unit)}).`;
}

/** Whether a reform's effect keeps its sign at every range end, as far as the 95% intervals show. */
export type SignVerdict = 'keeps' | 'not-clear' | 'reverses' | 'no-reform';

/** One end of one parameter's range, and which way the effect clearly goes there. */
interface RangeEnd {
  readonly row: SensitivityRow;
  readonly end: 'low' | 'high';
  readonly direction: HeadlineDirection;
}

const WAY: Record<'up' | 'down', string> = { up: 'increases', down: 'reduces' };

function endName(e: RangeEnd): string {
  const value = e.end === 'low' ? e.row.low : e.row.high;
  return `${e.row.key} at its ${e.end} end (${plainAmount(value, e.row.unit)})`;
}

/** The verdict and the sentence that says it, naming every range end that breaks it. */
export function signSentence(a: SensitivityAnalysis): { verdict: SignVerdict; text: string } {
  if (a.result === 'level') {
    return {
      verdict: 'no-reform',
      text: 'This is the baseline alone, so there is no reform effect whose sign could change; choose a reform to test whether its effect holds.',
    };
  }
  const reps = a.baseline.reps;
  if (reps < MIN_CLEAR_REPLICATIONS) {
    return {
      verdict: 'not-clear',
      text:
        reps === 1
          ? 'With one replication there is no interval, so no sign is claimed.'
          : `With ${reps} replications no sign is claimed (a clear change needs at least ${MIN_CLEAR_REPLICATIONS}).`,
    };
  }
  const clear = (e: Estimate) => clearDirection(e, a.measure.id, a.baseline);
  const centralVerdict = judgeChange(a.central, a.measure.id, a.baseline);
  const central = centralVerdict.direction;
  const outcome = `“${a.measure.label}”`;
  if (central === 'unclear') {
    const why = UNCLEAR_WORDS[centralVerdict.reason ?? 'interval includes zero'];
    return {
      verdict: 'not-clear',
      text: `At the baseline’s own values the reform’s effect on ${outcome} is not clear (${why}), so no sign is claimed, and none can be said to hold across the ranges.`,
    };
  }
  const ends: RangeEnd[] = a.rows.flatMap((row) => [
    { row, end: 'low' as const, direction: clear(row.atLow) },
    { row, end: 'high' as const, direction: clear(row.atHigh) },
  ]);
  const reversed = ends.filter((e) => e.direction !== central && e.direction !== 'unclear');
  const unclear = ends.filter((e) => e.direction === 'unclear');
  const claim = `The reform ${WAY[central]} ${outcome} at the baseline’s values`;
  if (reversed.length === 0 && unclear.length === 0) {
    return {
      verdict: 'keeps',
      text: `${claim}, and the effect keeps its sign at both ends of every parameter’s range (all ${ends.length} range ends): every change is clear, its 95% interval excluding zero.`,
    };
  }
  const parts: string[] = [];
  if (reversed.length > 0) {
    parts.push(`the effect clearly reverses with ${reversed.map(endName).join('; ')}`);
  }
  if (unclear.length > 0) {
    parts.push(
      `the direction is not clear (the 95% interval includes zero, or too little lies behind it), with ${unclear.map(endName).join('; ')}`,
    );
  }
  return {
    verdict: reversed.length > 0 ? 'reverses' : 'not-clear',
    text: `${claim}, but not at every range end: ${parts.join('; and ')}.`,
  };
}

/**
 * Rows whose result does not move one way across the range: both ends above the central
 * result, or both below it (in rank order). A one-way analysis expects the result to rise at
 * one end and fall at the other; when it does not, the reader needs to be told why that can be.
 */
export function bendingRows(a: SensitivityAnalysis): SensitivityRow[] {
  const c = a.central.mean;
  return a.rows.filter((r) => {
    const low = r.atLow.mean - c;
    const high = r.atHigh.mean - c;
    return Number.isFinite(low) && Number.isFinite(high) && low !== 0 && high !== 0 && low > 0 === high > 0;
  });
}

/**
 * One row that bends, in words: which way both ends went, the figures, and the two readings:
 * the result may peak or dip inside the range (two effects of one assumption pulling opposite
 * ways), or, when each end's 95% interval overlaps the central result's, the bend may be chance.
 */
export function bendSentence(a: SensitivityAnalysis, row: SensitivityRow): string {
  const up = row.atLow.mean > a.central.mean;
  const overlaps = (e: Estimate) => e.lo <= a.central.hi && e.hi >= a.central.lo;
  const chance = overlaps(row.atLow) && overlaps(row.atHigh);
  const side = up ? 'higher' : 'lower';
  const what = a.result === 'level' ? 'the result' : 'the reform’s effect';
  const head = `With ${parameterMeaning(row.key)} (${row.key}) at either end of its range, ${what} is ${side} than at its baseline value: ${formatResultWithInterval(a, row.atLow)} at the low end (${parameterAmount(row.low, row.unit)}) and ${formatResultWithInterval(a, row.atHigh)} at the high end (${parameterAmount(row.high, row.unit)}), against ${formatResultWithInterval(a, a.central)} at ${parameterAmount(row.value, row.unit)}.`;
  // Rounded as their intervals allow, the three means can read the same: say so, or the words contradict the figures.
  const same = new Set([row.atLow, row.atHigh, a.central].map((e) => formatResult(a, e))).size === 1;
  const reading = chance
    ? `${same ? ' Written as precisely as their intervals allow, the three read the same.' : ''} Both ends’ 95% intervals overlap the central result’s, so this bend may be chance between replications rather than a real turn; more replications would tell.`
    : ` So ${what} does not move steadily one way with this assumption: it ${up ? 'dips to its lowest' : 'peaks'} somewhere inside the range, which happens when the assumption works through two mechanisms that pull in opposite directions. Its swing understates how much it matters, and which way it pushes depends on where in the range the truth lies.`;
  return head + reading;
}
