#!/usr/bin/env node
// sendsim: runs the TypeScript sources directly through tsx (no build step).
// `register()` from 'tsx/esm/api' installs tsx's loader hooks in this process (Node ≥ 20.6,
// module.register), so the dynamic import below and everything it imports (sim-core's `.js`
// specifiers included) are compiled on the fly.
import { register } from 'tsx/esm/api';

register();
const { runAsProcess } = await import('../src/main.ts');
await runAsProcess();
