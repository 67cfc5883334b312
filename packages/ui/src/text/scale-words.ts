/**
 * What a run's scale means, in words a parent can follow: "1 simulated child = 100 children".
 * A scale is the share of England simulated, so each simulated child stands for 1/scale real
 * ones (sim-core's `childWeight`). A whole number is written as it is; anything else to two
 * significant figures with "about" (scale 0.003: "about 330 children"), since a figure like
 * 333.33 claims a precision the idea does not have.
 */
import { childWeight } from '@send-sim/sim-core';
import { formatNumber } from './format.js';

/** How many real children one simulated child stands for, rounded as this file's header says. */
export function childrenPerSimulatedChild(scale: number): {
  readonly exact: boolean;
  readonly children: number;
} {
  const weight = childWeight(scale);
  const whole = Math.round(weight);
  // 1/0.01 may come out a hair off 100: within a millionth of a whole number is that number.
  if (Math.abs(weight - whole) <= weight * 1e-6) return { exact: true, children: whole };
  return { exact: false, children: Number(weight.toPrecision(2)) };
}

/** `1 simulated child = 100 children`, `1 simulated child = about 330 children`; empty for a scale that is not a share. */
export function scaleWords(scale: number): string {
  if (!(scale > 0 && scale <= 1)) return '';
  const { exact, children } = childrenPerSimulatedChild(scale);
  const n = formatNumber(children);
  return `1 simulated child = ${exact ? '' : 'about '}${n} ${children === 1 ? 'child' : 'children'}`;
}
