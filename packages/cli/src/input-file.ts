/**
 * Reading a file the user names (a scenario, a targets file, a calibration report): only a
 * regular file, and only up to `MAX_INPUT_FILE_BYTES`, checked before reading, so a device
 * (/dev/zero grew past 2.9 GB), a pipe (a FIFO blocked forever) or a huge file gets a clear
 * message at once.
 */
import { readFileSync, statSync } from 'node:fs';
import { MAX_INPUT_FILE_BYTES } from '@send-sim/sim-core';
import { InputError } from './errors.js';

/** The text of the file at `path`; `label` names it in errors ("cannot read <label> (…)"). */
export function readInputFile(path: string, label: string): string {
  return readInputBytes(path, label).toString('utf8');
}

/** The bytes of the file at `path` (to hash them), checked as `readInputFile` checks them. */
export function readInputBytes(path: string, label: string): Buffer {
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(path);
    if (stats.isDirectory()) throw new InputError(`cannot read ${label} (it is a folder)`);
    if (!stats.isFile()) {
      throw new InputError(`cannot read ${label} (expected a regular file, found a device, pipe or socket)`);
    }
    if (stats.size > MAX_INPUT_FILE_BYTES) {
      throw new InputError(
        `cannot read ${label} (expected at most ${MAX_INPUT_FILE_BYTES / 1024 / 1024} MB, found ${(stats.size / 1024 / 1024).toFixed(1)} MB)`,
      );
    }
    return readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read ${label} (${code === 'ENOENT' ? 'no such file' : String(code)})`);
  }
}
