/** Capacity-limited services with first-come-first-served queues. */
export { createServices, SERVICE_WAIT_METRIC, serviceSlots } from './service-capacity.js';
export { ServiceQueue } from './service-queue.js';
