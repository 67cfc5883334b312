/** Small, named pieces of lever arithmetic shared by several levers: caps and floors that never lower a baseline value. */
import type { ParameterKey } from '../parameter-catalogue.js';

/**
 * Raise a level or share by `delta`, but never above `cap` (and never below the baseline's own
 * value, so a baseline already above the cap is left alone).
 */
export function raiseCapped(
  params: Record<ParameterKey, number>,
  key: ParameterKey,
  delta: number,
  cap: number,
) {
  const from = params[key];
  params[key] = Math.max(from, Math.min(cap, from + delta));
}

/** Lift a share to at least `floor` (a baseline already above it is left alone). */
export function atLeast(params: Record<ParameterKey, number>, key: ParameterKey, floor: number) {
  params[key] = Math.max(params[key], floor);
}

/**
 * SEN support meets more need, but never more than SEN support with early help does
 * (provision.earlyHelp), so early help keeps its meaning when several levers add to SEN support.
 */
export function raiseSenSupport(params: Record<ParameterKey, number>, delta: number) {
  raiseCapped(params, 'provision.senSupport', delta, params['provision.earlyHelp']);
}
