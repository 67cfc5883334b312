/**
 * A lever written as data (`defineLever`): its parameter changes (`effects`) are the only
 * statement of its numbers. The list of parameters it changes and the words of its mechanism and
 * phases are written from them: `{key}` in the text becomes the change to `key` in words
 * (`changeWords`), and `{setting:key}` the change a particular setting makes when the settings
 * differ. A placeholder that names no change, or that is ambiguous, is an error at load.
 */
import type { LeverDefinition, LeverEffects, LeverPhase } from './levers.js';
import type { ParameterKey } from './parameter-catalogue.js';
import { changeWords, type ParameterChange } from './parameter-change.js';

/** A lever phase as written: its description is a template (see the file header). */
export type LeverPhaseSpec = Omit<LeverPhase, 'changes'>;

/** A lever as written: the mechanism and phase descriptions are templates (see the file header). */
export type LeverSpec = Omit<LeverDefinition, 'changes' | 'phases'> & {
  readonly phases?: readonly LeverPhaseSpec[];
};

function effectLists(
  effects: LeverEffects,
): ReadonlyArray<readonly [string | undefined, readonly ParameterChange[]]> {
  if (Array.isArray(effects)) return [[undefined, effects as readonly ParameterChange[]]];
  return Object.entries(effects as Readonly<Record<string, readonly ParameterChange[]>>);
}

/** Every parameter `effects` changes, in the order they first appear. */
export function changedKeys(effects: LeverEffects): ParameterKey[] {
  const keys: ParameterKey[] = [];
  for (const [, list] of effectLists(effects)) {
    for (const change of list) if (!keys.includes(change.key)) keys.push(change.key);
  }
  return keys;
}

/** `template` with each `{key}` or `{setting:key}` replaced by that change in words. */
export function expandChanges(template: string, effects: LeverEffects, where: string): string {
  return template.replace(/\{([^{}]+)\}/g, (_, name: string) => {
    const colon = name.lastIndexOf(':');
    const setting = colon < 0 ? undefined : name.slice(0, colon);
    const key = colon < 0 ? name : name.slice(colon + 1);
    const words = new Set<string>();
    for (const [s, list] of effectLists(effects)) {
      if (setting !== undefined && s !== setting) continue;
      const changes = list.filter((c) => c.key === key);
      if (changes.length > 0) words.add(changes.map(changeWords).join(', then '));
    }
    if (words.size !== 1) {
      throw new Error(
        `${where}: {${name}} names ${words.size === 0 ? 'no change' : 'changes that differ by setting'}`,
      );
    }
    return [...words][0]!;
  });
}

/**
 * The lever `spec` describes, with `changes` and the words of its mechanism and phases written
 * from its effects.
 *
 * @example
 * defineLever({ id: 'x', …, effects: [{ key: 'earlyHelp.capacity', multiply: SETTING }], mechanism: '{earlyHelp.capacity}: …' });
 */
export function defineLever(spec: LeverSpec): LeverDefinition {
  const { phases, ...rest } = spec;
  return {
    ...rest,
    mechanism: expandChanges(spec.mechanism, spec.effects, `${spec.id} mechanism`),
    changes: changedKeys(spec.effects),
    ...(phases === undefined
      ? {}
      : {
          phases: phases.map((phase) => ({
            ...phase,
            description: expandChanges(phase.description, phase.effects, `${spec.id} phase ${phase.from}`),
            changes: changedKeys(phase.effects),
          })),
        }),
  };
}
