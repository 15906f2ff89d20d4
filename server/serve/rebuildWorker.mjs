// The worker thread's entry: the rebuild code is TypeScript, so the worker registers tsx's
// loader first (as bin/tuiyan.js does for the CLI), then runs rebuildThread.ts.
import { register } from 'tsx/esm/api';

register();
await import('./rebuildThread.ts');
