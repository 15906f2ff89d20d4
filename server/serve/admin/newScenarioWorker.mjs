// Worker thread for the admin page's "new scenario from a template": expanding, checking and
// writing a 500 kB scenario takes seconds, which the server's event loop must not wait on.
// TypeScript needs tsx's loader in this thread too.
import { register } from 'tsx/esm/api';

register();
await import('./newScenarioJob.ts');
