/**
 * Shorthands for the effect actions used in the journey statechart's configuration. Each
 * returns an xstate action object `{ type, params }` with static params, which xstate's
 * pure `transition()` hands back unexecuted and the compiled executor copies as they are.
 */
import type {
  DelayName,
  JourneyEventPayload,
  JourneyEventType,
  OneOffCost,
  ServiceName,
  TimerName,
} from './journey-events.js';

export const schedule = (
  timer: TimerName,
  event: JourneyEventType,
  delay: DelayName,
  payload?: JourneyEventPayload,
) =>
  ({
    type: 'schedule',
    params: payload === undefined ? { timer, event, delay } : { timer, event, delay, payload },
  }) as const;

export const cancel = (timer: TimerName) => ({ type: 'cancel', params: { timer } }) as const;

export const joinQueue = (service: ServiceName) => ({ type: 'joinQueue', params: { service } }) as const;

export const leaveService = (service: ServiceName) =>
  ({ type: 'leaveService', params: { service } }) as const;

export const book = (cost: OneOffCost) => ({ type: 'book', params: { cost } }) as const;

/** Ask the need region to compare need with the support now in place. */
export const reviewNeed = schedule('needReview', 'NEED_REVIEW', 'now');
