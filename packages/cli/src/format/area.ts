/**
 * How `run`, `compare`, `describe`, `sensitivity`, `sweep` and `psa` say that a run is a local area's (`--area`): which area, that it is
 * one-to-one, which of its figures came from its file, and which were derived from the national
 * value × its share, so no derived figure passes for the council's own.
 */
import type { AreaSummary } from '@send-sim/sim-core';
import { toJson } from './json.js';
import { wrap } from './table.js';

const WIDTH = 100;

/** Lines before a table: empty for England. */
export function areaWords(area: AreaSummary | undefined): string {
  if (area === undefined) return '';
  return `${areaLines(area)
    .flatMap((line) => wrap(line, WIDTH))
    .join('\n')}\n\n`;
}

/** What a result says about its area, one sentence a line, unwrapped (a markdown list in `describe`). */
export function areaLines(area: AreaSummary): string[] {
  const share = `${(area.share * 100).toPrecision(3)}%`;
  const lines = [
    `Local area: ${area.name} (${area.laCode}), from ${area.startDate}, simulated one-to-one (scale 1): results are the area's own.`,
    `From its file: ${area.fromFile.join(', ')}.`,
    area.derivedFigures.length === 0
      ? 'Every figure of the template was given.'
      : `Not in its file, so the national value × the area's share of England (${share}, from its ${area.shareBasis}): ${area.derivedFigures.join(', ')} (parameters ${area.derivedParameters.join(', ')}).`,
    ...Object.entries(area.forComparison).map(
      ([name, value]) => `Published ${name} to compare with the run (not an input): ${value}.`,
    ),
    'Behaviour (rates, probabilities, fitted values) and unit costs are the national baseline’s.',
    'A lever that adds a national count (such as +20,000 special places) adds the area’s share of it here; the numbers in the levers’ words are England’s.',
  ];
  return lines;
}

/** A JSON result with the area added under `area` (unchanged for England). */
export function withAreaJson(json: string, area: AreaSummary | undefined): string {
  if (area === undefined) return json;
  const value = JSON.parse(json) as Record<string, unknown>;
  return toJson({ area, ...value });
}

/** A run's table with its England wording made the area's (the shared header speaks of England). */
export function areaTable(table: string, area: AreaSummary | undefined): string {
  if (area === undefined) return table;
  return (
    areaWords(area) +
    table
      .replaceAll('scale 1 (100% of England)', `one-to-one for ${area.name}`)
      .replaceAll(
        'National figures (weighted back from the sample)',
        `${area.name}'s figures (every child simulated)`,
      )
      .replaceAll(
        'national figures (weighted back from the sample)',
        `${area.name}'s figures (every child simulated)`,
      )
      // An area runs at scale 1 and --scale with --area is refused: suggested settings are replications alone.
      .replace(/--reps (\d+)\s+--scale 1(?![\d.])/g, '--reps $1')
  );
}
