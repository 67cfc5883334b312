/**
 * The backend a command's `--backend` and `--redis` chose, opened, for the commands that take
 * them (`sweep`, `sensitivity`, `psa` through `runPlannedInPool`, and `calibrate`). Notes for the
 * person waiting (no worker connected yet) go to standard error as `sendsim: …` lines.
 */
import type { CliOptions } from '../args.js';
import {
  type BackendChoice,
  backendChoice,
  openBackend,
  type ReplicationBackend,
  type Workload,
} from '../parallel/backend.js';
import type { CliIo } from './context.js';

/**
 * Open the backend `options` name, with the choice it was opened from (a command says where its
 * replications go when they leave this machine). `workload`: see `openBackend`.
 */
export async function openCommandBackend(
  options: CliOptions,
  io: CliIo,
  workload?: Workload,
): Promise<{ backend: ReplicationBackend; choice: BackendChoice }> {
  const choice = backendChoice(options);
  const backend = await openBackend(choice, (line) => io.stderr.write(`sendsim: ${line}\n`), workload);
  return { backend, choice };
}
