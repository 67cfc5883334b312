/**
 * A lever's choice code in words, for labels and lists: the scenario files spell choices in
 * camelCase (`noPlacementOrders`), which no reader should have to decode.
 */

/** `noPlacementOrders` → `no placement orders`. */
export function choiceWords(value: string): string {
  return value.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
