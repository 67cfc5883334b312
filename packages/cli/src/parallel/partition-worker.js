// Worker-thread entry for a partitioned replication when the CLI runs from its TypeScript sources
// (tests, or the bin without esbuild): installs tsx's loader so the TypeScript job module can be
// imported. The built CLI has its own entry of this name beside the bundle (build/build-bundle.js).
import { register } from 'tsx/esm/api';

register();
await import('./partition-job.ts');
