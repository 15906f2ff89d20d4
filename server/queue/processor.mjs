// Sandboxed-processor entry for `tuiyan worker`: BullMQ forks a child that imports this file;
// TypeScript needs tsx's loader in that child too.
import { register } from 'tsx/esm/api';

register();
const { default: processRun } = await import('./processRun.ts');
export default processRun;
