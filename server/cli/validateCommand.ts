// tuiyan validate <scenario> --plan FILE|auto [--runs N] [--seed-base N] [--workers W]
//   [--until D] [--out DIR] [--json] — Monte-Carlo plan validation (DESIGN.md): the autopilot
// plays every role by the plan over seeds seed-base … seed-base+N−1 (inject timing, ignitions,
// reaction delays, turnout and people's behaviour vary by seed), in worker threads, with a
// progress bar on stderr. With --queue redis://HOST:6379 the runs go on a Redis queue (one job
// per seed) for `tuiyan worker`s on any machine instead; the report is the same.
import { availableParallelism } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { intFlag, parseArgs, UsageError } from './args.ts';
import { FLAGS, usage } from './flags.ts';
import { EXIT_FAILED, EXIT_OK, print, printJson, say } from './io.ts';
import { durationFlag } from './runCommand.ts';
import { loadScenario } from '../scenarioFiles.ts';
import { loadPlan, planPath } from '../planFiles.ts';
import { runPool } from '../validate/pool.ts';
import { aggregate } from '../validate/aggregate.ts';
import { renderValidationHtml } from '../validate/validationHtml.ts';
import { DEFAULT_QUEUE_NAME, queueConnection, queueNameFlag } from '../queue/connection.ts';
import { QueueUnreachableError, submitBatch } from '../queue/submit.ts';

function progressBar(done: number, total: number, started: number): string {
  const width = 30;
  const filled = Math.round((width * done) / total);
  const elapsed = (performance.now() - started) / 1000;
  const eta = done ? (elapsed / done) * (total - done) : 0;
  return `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} runs, ${elapsed.toFixed(0)} s${done < total ? `, ~${eta.toFixed(0)} s left` : ''}  `;
}

export async function validateCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, FLAGS.validate);
  if (args.positional.length !== 1) throw new UsageError(`usage: ${usage('validate')}`);
  const scenarioPath = args.positional[0];
  const planValue = args.flags.get('plan');
  if (!planValue || planValue === 'none') throw new UsageError('--plan FILE|auto is required: validation runs the plan');
  const runs = intFlag(args, 'runs', 20);
  const seedBase = intFlag(args, 'seed-base', 1);
  const workers = intFlag(args, 'workers', availableParallelism());
  if (runs < 1 || runs > 100_000) throw new UsageError('--runs must be between 1 and 100000');
  if (workers < 1 || workers > 256) throw new UsageError('--workers must be between 1 and 256');
  const until = durationFlag(args.flags.get('until'), 'until', 86_400);
  const scenario = loadScenario(scenarioPath);
  const planFile = planPath(planValue, scenarioPath)!;
  const plan = loadPlan(planFile, scenario);
  const seeds = Array.from({ length: runs }, (_, k) => seedBase + k);
  const started = performance.now();
  const tty = process.stderr.isTTY;
  const onProgress = (done: number, total: number): void => {
    if (tty || done === total || done % Math.max(1, Math.floor(total / 10)) === 0) process.stderr.write(progressBar(done, total, started) + (tty ? '' : '\n'));
  };
  const queueUrl = args.flags.get('queue');
  if (!queueUrl && args.flags.has('queue-name')) throw new UsageError('--queue-name goes with --queue');
  let outcome;
  if (queueUrl) {
    const connection = queueConnection(queueUrl);
    const queueName = queueNameFlag(args.flags.get('queue-name'));
    say(`${runs} runs on queue ${queueName} at ${queueUrl}: start \`tuiyan worker --queue ${queueUrl}${queueName === DEFAULT_QUEUE_NAME ? '' : ` --queue-name ${queueName}`}\` on each machine`);
    try {
      outcome = await submitBatch({ connection, queueName, scenarioPath, planFile, until, seeds, onProgress });
    } catch (err) {
      if (err instanceof QueueUnreachableError) throw new UsageError(`--queue ${queueUrl}: ${err.message}`);
      throw err;
    }
  } else outcome = await runPool({ scenarioPath, planFile, until, seeds, workers, onProgress });
  const { results, failures } = outcome;
  if (tty) process.stderr.write('\n');
  for (const f of failures) say(`run with seed ${f.seed} failed: ${f.error}`);
  const summary = aggregate(plan, scenario.id, seedBase, results, (seed) => `tuiyan run ${scenarioPath} --seed ${seed} --plan ${planValue} --until ${until}s --out out/seed-${seed}`);
  const outDir = args.flags.get('out');
  if (outDir) {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'validation.json'), JSON.stringify({ ...summary, results }, null, 2) + '\n');
    writeFileSync(join(outDir, 'validation.html'), renderValidationHtml(summary, plan.name.zh, scenario.name.zh, scenario));
  }
  if (args.switches.has('json')) printJson(summary);
  else {
    print(`预案验证 ${plan.name.zh}：${results.length} 次推演，得分 最低 ${summary.score.min} / 中位 ${summary.score.p50} / 最高 ${summary.score.max}`);
    for (const r of summary.requirements) print(`  ${r.id.padEnd(12)} 触发 ${r.triggered}/${results.length}，按时 ${r.shareMet === null ? '—' : `${Math.round(r.shareMet * 100)}%`}`);
    const w = summary.weakPoints;
    if (w.belowNinety.length) print(`  薄弱：按时率低于 90% — ${w.belowNinety.map((x) => x.id).join('、')}`);
    if (w.neverTriggered.length) print(`  从未触发 — ${w.neverTriggered.join('、')}`);
    print(`  最差：${summary.worst.map((x) => `seed ${x.seed}（${x.score}）`).join('，')}`);
    if (outDir) say(`validation.json and validation.html written to ${outDir}/`);
  }
  return failures.length ? EXIT_FAILED : EXIT_OK;
}
