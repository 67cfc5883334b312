/**
 * What the main thread and a partition thread tell each other every simulated day, packed in
 * one typed array each way: a day's messages are small, and cloning one array is far cheaper
 * than cloning an object of a dozen (a national run sends about 3,650 of each).
 */
import type { Places, ServiceRequests } from '@send-sim/sim-core';

/** Several partitions' requests as [count, then (partition slot, time, child, service, join) each]. */
export function packRequests(requests: readonly ServiceRequests[]): Float64Array {
  const count = requests.reduce((n, r) => n + r.count, 0);
  const packed = new Float64Array(1 + 5 * count);
  packed[0] = count;
  let at = 1;
  requests.forEach((r, slot) => {
    for (let k = 0; k < r.count; k++) {
      packed[at++] = slot;
      packed[at++] = r.time[k]!;
      packed[at++] = r.child[k]!;
      packed[at++] = r.service[k]!;
      packed[at++] = r.join[k]!;
    }
  });
  return packed;
}

/** The requests of `partitions` (slot by slot) from `packed`, each partition's in the order made. */
export function unpackRequests(packed: Float64Array, partitions: number): ServiceRequests[] {
  const count = packed[0]!;
  const perSlot = new Array<number>(partitions).fill(0);
  for (let k = 0; k < count; k++) perSlot[packed[1 + 5 * k]!]!++;
  const out = perSlot.map((n) => ({
    count: 0,
    time: new Float64Array(n),
    child: new Int32Array(n),
    service: new Uint8Array(n),
    join: new Uint8Array(n),
  }));
  for (let k = 0; k < count; k++) {
    const at = 1 + 5 * k;
    const r = out[packed[at]!]!;
    const i = r.count++;
    r.time[i] = packed[at + 1]!;
    r.child[i] = packed[at + 2]!;
    r.service[i] = packed[at + 3]!;
    r.join[i] = packed[at + 4]!;
  }
  return out;
}

/** The places for children `mine` accepts, as [child, service, child, service, …]. */
export function packPlaces(places: Places, mine: (child: number) => boolean): Int32Array {
  const packed: number[] = [];
  for (let k = 0; k < places.count; k++) {
    if (mine(places.child[k]!)) packed.push(places.child[k]!, places.service[k]!);
  }
  return Int32Array.from(packed);
}
