/**
 * The published targets the calibration is judged against: `calibration-targets.json` in the
 * project's shared reference folder beside the repository (where `sendsim calibrate` reads it
 * by default), bundled at build time when it is there. Without it the app still builds, and
 * the assumptions page points to `sendsim calibrate --targets FILE` instead.
 */
const found = import.meta.glob<string>('../../../../../shared/data/calibration-targets.json', {
  eager: true,
  query: '?raw',
  import: 'default',
});

/** The targets file's text, or undefined when it was not beside the repository at build time. */
export const CALIBRATION_TARGETS_TEXT: string | undefined = Object.values(found)[0];
