/**
 * The lines that say exactly what was run, so a printed table can be reproduced: scenario,
 * seed, replications, years, scale and model version.
 */
import type { RunMeta } from '@send-sim/sim-core';
import { formatNumber } from './numbers.js';

/** `seed 1, 5 replications, 10 years from 2023-01-01, scale 0.01 (1% of England), model 0.1.0`. */
export function describeRun(
  meta: Pick<RunMeta, 'seed' | 'reps' | 'years' | 'scale' | 'startDate' | 'modelVersion'>,
): string {
  const reps = `${meta.reps} replication${meta.reps === 1 ? '' : 's'}`;
  const years = `${meta.years} year${meta.years === 1 ? '' : 's'}`;
  const percentText = formatNumber(meta.scale * 100, 2);
  const percent = percentText.includes('.') ? percentText.replace(/\.?0+$/, '') : percentText;
  return `seed ${meta.seed}, ${reps}, ${years} from ${meta.startDate}, scale ${meta.scale} (${percent}% of England), model ${meta.modelVersion}`;
}

/** The command that reproduces a run, e.g. `sendsim run baseline --seed 1 --reps 5 --years 10 --scale 0.01`. */
export function reproduceCommand(
  command: string,
  scenarios: readonly string[],
  meta: Pick<RunMeta, 'seed' | 'reps' | 'years' | 'scale'>,
): string {
  return `sendsim ${command} ${scenarios.join(' ')} --seed ${meta.seed} --reps ${meta.reps} --years ${meta.years} --scale ${meta.scale}`;
}
