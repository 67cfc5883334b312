/**
 * Applying a lever's parameter changes with immer's `produceWithPatches` (DESIGN 3.1): the
 * patches it returns are exactly the parameters the lever changed, with their new values, so
 * "what this reform changes" (`ResolvedScenario.leverChanges`, the app's list, `describe`) is
 * read from what the code did rather than restated. Scenario resolution only, never the hot
 * loop; auto-freeze is off because resolution freezes the values itself once they are final.
 */
import { enablePatches, Immer } from 'immer';
import type { LeverSetting } from './levers.js';
import type { ParameterKey } from './parameter-catalogue.js';
import { applyChanges, type ParameterChange } from './parameter-change.js';

enablePatches();
const immer = new Immer({ autoFreeze: false });

/** One parameter a lever (or a phase of one) changed: its value before and after. */
export interface ParameterPatch {
  readonly key: ParameterKey;
  readonly from: number;
  readonly to: number;
}

/**
 * `values` with `changes` applied for `setting`, as a new object (`values` is left as it is),
 * and the patches: one per parameter whose value changed, in the order the changes first touched
 * them.
 */
export function produceChanges(
  values: Readonly<Record<ParameterKey, number>>,
  changes: readonly ParameterChange[],
  setting: LeverSetting,
): { readonly values: Record<ParameterKey, number>; readonly patches: readonly ParameterPatch[] } {
  const [next, patches] = immer.produceWithPatches(values as Record<ParameterKey, number>, (draft) => {
    applyChanges(draft, changes, setting);
  });
  return {
    values: next as Record<ParameterKey, number>,
    patches: patches.map((patch) => {
      const key = patch.path[0] as ParameterKey;
      return Object.freeze({ key, from: values[key], to: patch.value as number });
    }),
  };
}
