// tuiyan serve [--port 8080] [--host 127.0.0.1] [--db FILE] [--exercise SCENARIO [--seed N] [--speed S]] [--json]
// — the multiplayer exercise server (DESIGN.md "The exercise server"). Runs until SIGINT or
// SIGTERM. With --exercise it makes sure a ready exercise of that scenario exists (reusing the
// running one from an earlier start) and prints a join link per role. `npm start` runs
// `serve --exercise demo-district`.
import { parseArgs, intFlag, UsageError } from './args.ts';
import { FLAGS, usage } from './flags.ts';
import { EXIT_OK, printJson, say } from './io.ts';
import { startServer, type RunningServer } from '../serve/server.ts';
import { DEFAULT_LIMITS } from '../serve/limits.ts';
import { isSpeed, SPEEDS, type Speed } from '../../runtime/clock.ts';
import { joinLinks } from '../serve/links.ts';
import { DatabaseLocked } from '../serve/dbLock.ts';
import { formatDuration } from '../../sim-core/time/duration.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PLAN_FILE } from '../planFiles.ts';


/** Terminal columns of a label: CJK characters and full-width punctuation take two. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

/** The running exercise of `scenario` and `seed` from an earlier start (not a fork), or a new one. */
function readyExercise(server: RunningServer, scenario: string, seed: number, speed: Speed): { id: string; codes: Record<string, string>; reused: boolean } {
  const { hub } = server;
  const old = hub.store.exercises().filter((r) => r.status === 'running' && r.scenario === scenario && r.seed === seed && r.parent === null && hub.exercises.has(r.id)).pop();
  if (old) return { id: old.id, codes: hub.store.codes(old.id), reused: true };
  // Graded against the scenario's own plan when it has one (the report and checklist need it).
  const plan = existsSync(join(hub.scenariosDir, scenario, PLAN_FILE)) ? 'auto' : undefined;
  const { id, codes } = hub.create({ scenario, seed, speed, plan });
  return { id, codes, reused: false };
}

export async function serveCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, FLAGS.serve);
  if (args.positional.length) throw new UsageError(`usage: ${usage('serve')}`);
  const port = intFlag(args, 'port', 8080);
  if (port > 65_535) throw new UsageError('--port must be 0–65535 (0: any free port)');
  const host = args.flags.get('host') ?? '127.0.0.1';
  const db = args.flags.get('db') ?? 'out/tuiyan.db';
  // Paused unless told: the exercise waits on the briefing until the director starts the clock.
  const speed = args.flags.get('speed') ?? 'paused';
  if (!isSpeed(speed)) throw new UsageError(`--speed must be one of ${SPEEDS.join(', ')}`);
  const scenarioName = args.flags.get('exercise');
  if ((args.flags.has('seed') || args.flags.has('speed')) && !scenarioName) throw new UsageError('--seed and --speed go with --exercise SCENARIO');
  const seed = intFlag(args, 'seed', 1);
  const envToken = process.env.TUIYAN_ADMIN_TOKEN?.trim() || undefined;
  if (envToken !== undefined && envToken.length < 8) throw new UsageError('TUIYAN_ADMIN_TOKEN must be at least 8 characters');
  const json = args.switches.has('json');
  // A classroom behind one NAT address joins from one address: the operator raises the per-address rate.
  const joinsPerMinute = intFlag(args, 'joins-per-minute', DEFAULT_LIMITS.joinPerMinute, 1);

  let server: RunningServer;
  try {
    server = await startServer({ db, host, port, adminToken: envToken, practice: args.switches.has('practice'), limits: { joinBurst: joinsPerMinute, joinPerMinute: joinsPerMinute } });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(`port ${port} on ${host} is in use; choose another with --port (npm start -- --port 8081)`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new UsageError(`cannot listen on host ${host}`);
    if (err instanceof DatabaseLocked) throw new UsageError(err.message);
    throw err;
  }
  const ready = scenarioName ? readyExercise(server, scenarioName, seed, speed) : null;
  const base = server.url.replace('//0.0.0.0:', '//127.0.0.1:').replace('//[::]:', '//localhost:');
  const links = ready ? joinLinks(base, server.hub.exercises.get(ready.id)!.scenario, ready.codes, envToken ? '<TUIYAN_ADMIN_TOKEN>' : server.adminToken) : [];

  if (json) {
    printJson({ url: server.url, port: server.port, db, adminToken: envToken ? null : server.adminToken, resumed: server.resumed, failed: server.failed,
      exercise: ready ? { id: ready.id, reused: ready.reused, codes: ready.codes } : null });
  } else {
    say(`tuiyan exercise server at ${base}  (database ${db})`);
    if (args.switches.has('practice')) say('practice server: every scenario\'s script is given to anyone (--practice; never for a drill)');
    say(envToken ? 'admin token: from TUIYAN_ADMIN_TOKEN' : `admin token: ${server.adminToken}   (set TUIYAN_ADMIN_TOKEN to choose it)`);
    if (server.resumed.length) say(`resumed ${server.resumed.length} running exercise(s): ${server.resumed.join(', ')}`);
    if (server.failed.length) say(`could not resume: ${server.failed.join(', ')} (see above)`);
    if (ready) {
      const ex = server.hub.exercises.get(ready.id)!;
      say(`\n${ready.reused ? 'exercise' : 'new exercise'} ${ready.id}: ${ex.scenario.name.zh} (${scenarioName}), seed ${seed}, ` +
        `${ex.row.speed === 'paused' ? 'paused' : `running at ${ex.row.speed}`}, sim time ${formatDuration(ex.t)} of ${formatDuration(ex.row.until)}`);
      say('join links (open one in a browser; the director pauses, resumes and changes speed):');
      const w = Math.max(...links.map((l) => displayWidth(l.label)));
      for (const l of links) say(`  ${l.label}${' '.repeat(w - displayWidth(l.label))}  ${l.url}`);
      say(`(every other role's code: GET ${base}/api/exercises/${ready.id} with the admin token)`);
    }
    say('\nCtrl-C stops the server; running exercises resume on the next start.');
  }

  await new Promise<void>((resolve) => {
    const stop = () => { process.off('SIGINT', stop); process.off('SIGTERM', stop); resolve(); };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  if (!json) say('stopping: writing snapshots …');
  await server.close();
  return EXIT_OK;
}
