// The exercise store (SQLite through better-sqlite3): exercises, join codes, player tokens,
// the command log, snapshots and evaluator annotations. WAL with synchronous=FULL, so a
// command is on disk when its insert returns — the exercise acknowledges only then.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Speed } from '../../runtime/clock.ts';

export type ExerciseStatus = 'running' | 'finished' | 'failed';

export interface ExerciseRow {
  id: string;
  scenario: string;
  seed: number;
  plan: string | null;
  until: number;
  speed: Speed;
  /** The speed `resume` returns to after a pause. */
  resumeSpeed: Speed;
  status: ExerciseStatus;
  /** Sim time reached (kept about once a second, so a restart resumes about where it was). */
  t: number;
  parent: string | null;
  forkAt: number | null;
  created: string;
  /** Why the exercise failed (a replay that diverged on recovery). */
  problem: string | null;
}

export interface CommandRow {
  seq: number;
  t: number;
  /** The command's log entry as JSON (type, role, args, entry, t, seq). */
  entry: string;
}

export interface SnapshotRow {
  t: number;
  seq: number;
  data: Buffer;
}

export interface TokenRow {
  token: string;
  exercise: string;
  role: string;
  name: string | null;
}

export interface AnnotationRow {
  id: number;
  exercise: string;
  t: number;
  seq: number | null;
  role: string;
  actor: string | null;
  text: string;
  created: string;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS exercises (
  id TEXT PRIMARY KEY, scenario TEXT NOT NULL, seed INTEGER NOT NULL, plan TEXT, until INTEGER NOT NULL,
  speed TEXT NOT NULL, resume_speed TEXT NOT NULL, status TEXT NOT NULL, t INTEGER NOT NULL DEFAULT 0,
  parent TEXT, fork_at INTEGER, created TEXT NOT NULL, problem TEXT);
CREATE TABLE IF NOT EXISTS codes (code TEXT PRIMARY KEY, exercise TEXT NOT NULL, role TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS codes_exercise ON codes (exercise);
CREATE TABLE IF NOT EXISTS tokens (token TEXT PRIMARY KEY, exercise TEXT NOT NULL, role TEXT NOT NULL, name TEXT, created TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS commands (exercise TEXT NOT NULL, seq INTEGER NOT NULL, t INTEGER NOT NULL, entry TEXT NOT NULL,
  PRIMARY KEY (exercise, seq)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS snapshots (id INTEGER PRIMARY KEY AUTOINCREMENT, exercise TEXT NOT NULL, t INTEGER NOT NULL,
  seq INTEGER NOT NULL, data BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS snapshots_exercise ON snapshots (exercise, t, seq);
CREATE TABLE IF NOT EXISTS annotations (id INTEGER PRIMARY KEY AUTOINCREMENT, exercise TEXT NOT NULL, t INTEGER NOT NULL,
  seq INTEGER, role TEXT NOT NULL, actor TEXT, text TEXT NOT NULL, created TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS annotations_exercise ON annotations (exercise, t);
`;

/** Latest snapshots an exercise keeps (older ones: one per sim hour). */
export const SNAPSHOTS_KEPT = 3;

const EXERCISE_COLUMNS = `id, scenario, seed, plan, until, speed, resume_speed AS resumeSpeed, status, t, parent,
  fork_at AS forkAt, created, problem`;

export class Store {
  readonly db: Database.Database;
  private readonly stmt;

  /** `mustExist`: open an existing database only (replay), never create one. */
  constructor(file: string, options: { mustExist?: boolean } = {}) {
    if (file !== ':memory:' && !options.mustExist) mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file, { fileMustExist: options.mustExist ?? false });
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
    // Databases from before join codes were bounded: tokens learn which code issued them.
    if (!(this.db.pragma('table_info(tokens)') as { name: string }[]).some((c) => c.name === 'code')) this.db.exec('ALTER TABLE tokens ADD COLUMN code TEXT');
    this.db.exec('CREATE INDEX IF NOT EXISTS tokens_code ON tokens (code)');
    // …and exercises keep the director's switches (hide the checklist …), so a restart keeps them.
    if (!(this.db.pragma('table_info(exercises)') as { name: string }[]).some((c) => c.name === 'settings')) this.db.exec('ALTER TABLE exercises ADD COLUMN settings TEXT');
    const db = this.db;
    this.stmt = {
      insertExercise: db.prepare(`INSERT INTO exercises (id, scenario, seed, plan, until, speed, resume_speed, status, t, parent, fork_at, created, problem)
        VALUES (@id, @scenario, @seed, @plan, @until, @speed, @resumeSpeed, @status, @t, @parent, @forkAt, @created, @problem)`),
      exercise: db.prepare(`SELECT ${EXERCISE_COLUMNS} FROM exercises WHERE id = ?`),
      exercises: db.prepare(`SELECT ${EXERCISE_COLUMNS} FROM exercises ORDER BY created, id`),
      setClock: db.prepare('UPDATE exercises SET t = ?, speed = ?, resume_speed = ? WHERE id = ?'),
      setStatus: db.prepare('UPDATE exercises SET status = ?, problem = ?, t = ? WHERE id = ?'),
      insertCode: db.prepare('INSERT INTO codes (code, exercise, role) VALUES (?, ?, ?)'),
      code: db.prepare('SELECT code, exercise, role FROM codes WHERE code = ?'),
      codes: db.prepare('SELECT code, role FROM codes WHERE exercise = ? ORDER BY rowid'),
      insertToken: db.prepare('INSERT INTO tokens (token, exercise, role, name, created, code) VALUES (?, ?, ?, ?, ?, ?)'),
      tokensOfCode: db.prepare('SELECT count(*) AS n FROM tokens WHERE code = ?'),
      deleteCode: db.prepare('DELETE FROM codes WHERE exercise = ? AND role = ?'),
      token: db.prepare('SELECT token, exercise, role, name FROM tokens WHERE token = ?'),
      playedRoles: db.prepare('SELECT DISTINCT role FROM tokens WHERE exercise = ? ORDER BY role'),
      insertCommand: db.prepare('INSERT INTO commands (exercise, seq, t, entry) VALUES (?, ?, ?, ?)'),
      commandsFrom: db.prepare('SELECT seq, t, entry FROM commands WHERE exercise = ? AND seq >= ? AND t <= ? ORDER BY seq'),
      commandCount: db.prepare('SELECT count(*) AS n FROM commands WHERE exercise = ?'),
      insertSnapshot: db.prepare('INSERT INTO snapshots (exercise, t, seq, data) VALUES (?, ?, ?, ?)'),
      // Keeps the latest few and, of the older ones, the first of each sim hour.
      pruneSnapshots: db.prepare(`DELETE FROM snapshots WHERE exercise = @exercise
        AND id NOT IN (SELECT id FROM snapshots WHERE exercise = @exercise ORDER BY t DESC, seq DESC, id DESC LIMIT @keep)
        AND id NOT IN (SELECT min(id) FROM snapshots WHERE exercise = @exercise GROUP BY t / 3600)`),
      snapshotTimes: db.prepare('SELECT t FROM snapshots WHERE exercise = ? ORDER BY t, seq'),
      settings: db.prepare('SELECT settings FROM exercises WHERE id = ?'),
      saveSettings: db.prepare('UPDATE exercises SET settings = ? WHERE id = ?'),
      latestSnapshot: db.prepare('SELECT t, seq, data FROM snapshots WHERE exercise = ? AND t <= ? ORDER BY t DESC, seq DESC LIMIT 1'),
      insertAnnotation: db.prepare('INSERT INTO annotations (exercise, t, seq, role, actor, text, created) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      annotations: db.prepare('SELECT id, exercise, t, seq, role, actor, text, created FROM annotations WHERE exercise = ? ORDER BY t, id'),
    };
  }

  close(): void {
    this.db.close();
  }

  insertExercise(row: ExerciseRow, codes: Record<string, string>): void {
    this.db.transaction(() => {
      this.stmt.insertExercise.run(row);
      for (const [role, code] of Object.entries(codes)) this.stmt.insertCode.run(code, row.id, role);
    })();
  }

  exercise(id: string): ExerciseRow | undefined {
    return this.stmt.exercise.get(id) as ExerciseRow | undefined;
  }

  exercises(): ExerciseRow[] {
    return this.stmt.exercises.all() as ExerciseRow[];
  }

  /** Sim time and speed of many exercises in one transaction (one fsync). */
  saveClocks(rows: { id: string; t: number; speed: Speed; resumeSpeed: Speed }[]): void {
    if (!rows.length) return;
    this.db.transaction(() => { for (const r of rows) this.stmt.setClock.run(r.t, r.speed, r.resumeSpeed, r.id); })();
  }

  setStatus(id: string, status: ExerciseStatus, t: number, problem: string | null = null): void {
    this.stmt.setStatus.run(status, problem, t, id);
  }

  codeExists(code: string): boolean {
    return this.stmt.code.get(code) !== undefined;
  }

  code(code: string): { code: string; exercise: string; role: string } | undefined {
    return this.stmt.code.get(code) as { code: string; exercise: string; role: string } | undefined;
  }

  codes(exercise: string): Record<string, string> {
    const out: Record<string, string> = {};
    for (const r of this.stmt.codes.all(exercise) as { code: string; role: string }[]) out[r.role] = r.code;
    return out;
  }

  insertToken(token: string, exercise: string, role: string, name: string | null, created: string, code: string | null = null): void {
    this.stmt.insertToken.run(token, exercise, role, name, created, code);
  }

  /** Player tokens a join code has handed out. */
  tokensOfCode(code: string): number {
    return (this.stmt.tokensOfCode.get(code) as { n: number }).n;
  }

  /** Removes a role's join code (nobody can join with it any more); `replacement`, if given, becomes its new code. */
  replaceCode(exercise: string, role: string, replacement: string | null): void {
    this.db.transaction(() => {
      this.stmt.deleteCode.run(exercise, role);
      if (replacement !== null) this.stmt.insertCode.run(replacement, exercise, role);
    })();
  }

  token(token: string): TokenRow | undefined {
    return this.stmt.token.get(token) as TokenRow | undefined;
  }

  /** Roles someone has joined. */
  playedRoles(exercise: string): string[] {
    return (this.stmt.playedRoles.all(exercise) as { role: string }[]).map((r) => r.role);
  }

  /** Writes accepted commands in one transaction; when it returns they are on disk. */
  insertCommands(exercise: string, rows: readonly CommandRow[]): void {
    if (!rows.length) return;
    this.db.transaction(() => { for (const r of rows) this.stmt.insertCommand.run(exercise, r.seq, r.t, r.entry); })();
  }

  /** Commands from log sequence number `seq` on, up to sim time `until`, in order. */
  commandsFrom(exercise: string, seq: number, until: number): CommandRow[] {
    return this.stmt.commandsFrom.all(exercise, seq, until) as CommandRow[];
  }

  commandCount(exercise: string): number {
    return (this.stmt.commandCount.get(exercise) as { n: number }).n;
  }

  /** Stores a snapshot and prunes the old ones: the last `keep` stay, and one per sim hour before them. */
  insertSnapshot(exercise: string, t: number, seq: number, data: Buffer, keep = SNAPSHOTS_KEPT): void {
    this.db.transaction(() => {
      this.stmt.insertSnapshot.run(exercise, t, seq, data);
      this.stmt.pruneSnapshots.run({ exercise, keep });
    })();
  }

  /** Sim times of an exercise's stored snapshots. */
  snapshotTimes(exercise: string): number[] {
    return (this.stmt.snapshotTimes.all(exercise) as { t: number }[]).map((r) => r.t);
  }

  /** The director's switches and other settings of an exercise not in its row (JSON object). */
  settings(exercise: string): Record<string, unknown> {
    const r = this.stmt.settings.get(exercise) as { settings: string | null } | undefined;
    if (!r?.settings) return {};
    try { const v = JSON.parse(r.settings); return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {}; } catch { return {}; }
  }

  saveSettings(exercise: string, settings: Record<string, unknown>): void {
    this.stmt.saveSettings.run(JSON.stringify(settings), exercise);
  }

  /** The latest snapshot taken at or before sim time `at`. */
  latestSnapshot(exercise: string, at: number): SnapshotRow | undefined {
    return this.stmt.latestSnapshot.get(exercise, at) as SnapshotRow | undefined;
  }

  insertAnnotation(a: Omit<AnnotationRow, 'id'>): number {
    return Number(this.stmt.insertAnnotation.run(a.exercise, a.t, a.seq, a.role, a.actor, a.text, a.created).lastInsertRowid);
  }

  annotations(exercise: string): AnnotationRow[] {
    return this.stmt.annotations.all(exercise) as AnnotationRow[];
  }

  /** Copies another exercise's commands up to sim time `until` (a fork starts with its parent's past). */
  copyCommands(from: string, to: string, until: number): number {
    return this.db.prepare('INSERT INTO commands (exercise, seq, t, entry) SELECT ?, seq, t, entry FROM commands WHERE exercise = ? AND t <= ?')
      .run(to, from, until).changes;
  }
}
