/**
 * The requests partitions make of the services every partition shares (special school places,
 * early help, the tribunal), settled at the end of each day by `NationalServices` in one order
 * whatever thread ran each partition.
 */

/** What a service request asks (`ServiceRequests.join`). */
export const LEAVE = 0;
export const JOIN = 1;
/** A join by a child the run starts in the service: it takes its slot back, with no wait counted. */
export const JOIN_HELD_BEFORE_START = 3;
/**
 * A join made at the start by a child already waiting (its time is the day it began to wait,
 * before the start), settled after every other request of the start's day from any partition:
 * the start's holders of special places take theirs first, or the holders of one partition
 * could queue behind the waiting of another.
 */
export const JOIN_AFTER_HOLDERS = 2;

/** The time a request is settled at: a join after the holders just after the start. */
export function settlesAt(requests: ServiceRequests, k: number): number {
  return requests.join[k] === JOIN_AFTER_HOLDERS ? Number.MIN_VALUE : requests.time[k]!;
}

/**
 * Joining and leaving the shared services during a day, in order: `count` entries of time,
 * child id, service (index in SERVICES) and whether it joins (`JOIN`; at the start
 * `JOIN_HELD_BEFORE_START` for a holder, `JOIN_AFTER_HOLDERS` for a child waiting) or leaves
 * (`LEAVE`).
 */
export interface ServiceRequests {
  count: number;
  time: Float64Array;
  child: Int32Array;
  service: Uint8Array;
  join: Uint8Array;
}

export function newRequests(size = 64): ServiceRequests {
  return {
    count: 0,
    time: new Float64Array(size),
    child: new Int32Array(size),
    service: new Uint8Array(size),
    join: new Uint8Array(size),
  };
}
