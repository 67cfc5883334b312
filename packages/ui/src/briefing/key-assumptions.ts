/**
 * The assumptions a one-page briefing must carry for one reform: the levers it moves (with
 * the evidence each lever's effect rests on), the parameters it changes from the baseline
 * (both values and the source or assumption behind the new one), and the calibration result.
 * Derived from sim-core's `describeModel` for the baseline and the reform, the same
 * description the assumptions page and `sendsim describe` render.
 */
import {
  type CalibrationRecord,
  describeModel,
  type ModelDescription,
  type ParameterRow,
} from '@send-sim/sim-core';
import { resolveScenarioById } from '../app/scenarios.js';
import { settingWords } from '../text/reform-change-words.js';

/** A lever the reform sets away from its default. */
export interface LeverChange {
  readonly title: string;
  /** In words (`no placement orders`, `2 (× current capacity)`), not the scenario file's code. */
  readonly setting: string;
  readonly evidence: string;
}

/** A parameter whose value the reform changes from the baseline's. */
export interface ParameterChange {
  readonly baseline: ParameterRow;
  readonly reform: ParameterRow;
}

export interface KeyAssumptions {
  readonly levers: readonly LeverChange[];
  readonly changes: readonly ParameterChange[];
  readonly calibration: CalibrationRecord | null;
  /** Parameter counts for the reform as run: how many are sourced and how many are assumptions. */
  readonly counts: ModelDescription['parameters']['counts'];
  readonly priceBase: string;
}

const rowsOf = (d: ModelDescription) =>
  new Map(d.parameters.groups.flatMap((g) => g.rows.map((r) => [r.key, r])));

/**
 * The key assumptions behind `reformId` against `baselineId`, or undefined when either is not
 * in the bundled library (a scenario made elsewhere cannot be described here).
 */
export function keyAssumptions(baselineId: string, reformId: string): KeyAssumptions | undefined {
  let baseline: ModelDescription;
  let reform: ModelDescription;
  try {
    baseline = describeModel(resolveScenarioById(baselineId));
    reform = describeModel(resolveScenarioById(reformId));
  } catch {
    return undefined;
  }
  const before = rowsOf(baseline);
  const changes: ParameterChange[] = [];
  for (const [key, row] of rowsOf(reform)) {
    const old = before.get(key);
    if (old !== undefined && old.value !== row.value) changes.push({ baseline: old, reform: row });
  }
  return {
    levers: reform.overview.levers
      .filter((lever) => lever.differsFromDefault)
      .map((lever) => ({
        title: lever.title,
        setting: settingWords(lever.id, lever.setting),
        evidence: lever.evidence,
      })),
    changes,
    calibration: baseline.calibration.fit,
    counts: reform.parameters.counts,
    priceBase: reform.overview.priceBase,
  };
}
