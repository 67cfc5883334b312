/** Capacity-limited services with first-come-first-served queues. */
export { ServiceQueue } from './service-queue.js';
