// Worker-thread entry: like bin/sendsim.js, installs tsx's loader in this thread so the
// TypeScript job module (and sim-core, consumed from source) can be imported directly.
import { register } from 'tsx/esm/api';

register();
await import('./replication-job.ts');
