/**
 * A lever's choice code in words, for labels and lists: the scenario files spell choices in
 * camelCase (`noPlacementOrders`), which no reader should have to decode. Compound words the
 * field writes with hyphens keep them (`non-judicial`, `not-for-profit`).
 */

/** Word runs that are one hyphenated word in English. */
const HYPHENATED: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bnon (?=\w)/g, 'non-'],
  [/\bnot for profit\b/g, 'not-for-profit'],
];

/** `noPlacementOrders` → `no placement orders`; `nonJudicialRoute` → `non-judicial route`. */
export function choiceWords(value: string): string {
  let words = value.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  for (const [pattern, replacement] of HYPHENATED) words = words.replace(pattern, replacement);
  return words;
}
