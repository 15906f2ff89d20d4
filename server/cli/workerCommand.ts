// tuiyan worker --queue redis://HOST:6379 [--concurrency N] [--queue-name NAME] — takes
// validation runs that `tuiyan validate --queue` put on the queue, on this machine, until
// stopped (Ctrl-C or SIGTERM finishes the runs in hand, then exits). Run it from the same
// checkout as the submitter: scenarios and plans are read at the paths the jobs name.
import { availableParallelism } from 'node:os';
import { intFlag, parseArgs, UsageError } from './args.ts';
import { FLAGS, usage } from './flags.ts';
import { EXIT_OK, say } from './io.ts';
import { queueConnection, queueNameFlag } from '../queue/connection.ts';
import { startQueueWorker } from '../queue/workerHost.ts';

export async function workerCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, FLAGS.worker);
  if (args.positional.length !== 0) throw new UsageError(`usage: ${usage('worker')}`);
  const url = args.flags.get('queue');
  if (!url) throw new UsageError('--queue redis://HOST:6379 is required: the worker takes its runs from there');
  const connection = queueConnection(url);
  const queueName = queueNameFlag(args.flags.get('queue-name'));
  const concurrency = intFlag(args, 'concurrency', availableParallelism(), 1);
  if (concurrency > 256) throw new UsageError('--concurrency must be between 1 and 256');
  const worker = startQueueWorker({ connection, queueName, concurrency });
  let lastError = '';
  worker.on('error', (err) => { if (err.message !== lastError) say(`worker: ${err.message}`); lastError = err.message; });
  worker.on('completed', (job) => say(`seed ${job.data.seed} done (batch ${job.data.batch.slice(0, 8)})`));
  worker.on('failed', (job, err) => say(`seed ${job?.data.seed ?? '?'} failed (try ${job?.attemptsMade ?? '?'}): ${err.message.split('\n')[0]}`));
  await worker.waitUntilReady();
  say(`worker ${worker.opts.name} taking runs from queue ${queueName}, ${concurrency} at a time`);
  await new Promise<void>((resolve) => {
    const stop = () => { say('worker: finishing the runs in hand, then stopping'); void worker.close().then(resolve); };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return EXIT_OK;
}
