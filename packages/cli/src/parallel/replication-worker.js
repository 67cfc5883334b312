// Worker-thread entry when the CLI runs from its TypeScript sources (tests, or the bin without
// esbuild): like the bin then, installs tsx's loader in this thread so the TypeScript job module
// (and sim-core, consumed from source) can be imported directly. The built CLI has its own entry
// of this name beside the bundle (packages/cli/build/build-bundle.js).
import { register } from 'tsx/esm/api';

register();
await import('./replication-job.ts');
