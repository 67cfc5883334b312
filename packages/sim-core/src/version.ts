/**
 * The model version stamped on every result. Bump it whenever a change can alter results for
 * the same scenario and seed, so a quoted number can always be traced to the code that made it.
 */
export const MODEL_VERSION = '0.27.0';
