// Worker thread entry for `tuiyan validate`: TypeScript needs tsx's loader in this thread too.
import { register } from 'tsx/esm/api';

register();
await import('./validateWorker.ts');
