// What the director's admin page keeps beside the exercises themselves (store.ts): which
// exercises are archived, which were rewound (and to what), the roles people will play, and the
// courses — N groups of one scenario and seed. Own tables in the same SQLite file, so the
// exercise store stays the one writer of the command log.
import type { Store } from '../store.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS exercise_admin (exercise TEXT PRIMARY KEY, archived INTEGER NOT NULL DEFAULT 0,
  rewound_to TEXT, roles TEXT, course TEXT, grp INTEGER);
CREATE TABLE IF NOT EXISTS courses (id TEXT PRIMARY KEY, name TEXT NOT NULL, scenario TEXT NOT NULL, seed INTEGER NOT NULL,
  groups INTEGER NOT NULL, created TEXT NOT NULL);
`;

export interface AdminMark {
  exercise: string;
  archived: boolean;
  /** The exercise that continued under this one's codes after a rewind (this one is kept for the debrief). */
  rewoundTo: string | null;
  /** Roles people will play (null: not chosen; every code is offered). */
  roles: string[] | null;
  course: string | null;
  group: number | null;
}

export interface CourseRow { id: string; name: string; scenario: string; seed: number; groups: number; created: string }

interface MarkRecord { exercise: string; archived: number; rewound_to: string | null; roles: string | null; course: string | null; grp: number | null }

export class AdminStore {
  constructor(private readonly store: Store) {
    store.db.exec(SCHEMA);
  }

  private get db() { return this.store.db; }

  mark(exercise: string): AdminMark {
    const r = this.db.prepare('SELECT * FROM exercise_admin WHERE exercise = ?').get(exercise) as MarkRecord | undefined;
    return {
      exercise, archived: !!r?.archived, rewoundTo: r?.rewound_to ?? null,
      roles: r?.roles ? (JSON.parse(r.roles) as string[]) : null, course: r?.course ?? null, group: r?.grp ?? null,
    };
  }

  private upsert(m: AdminMark): void {
    this.db.prepare(`INSERT INTO exercise_admin (exercise, archived, rewound_to, roles, course, grp) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT (exercise) DO UPDATE SET archived = excluded.archived, rewound_to = excluded.rewound_to, roles = excluded.roles,
      course = excluded.course, grp = excluded.grp`)
      .run(m.exercise, m.archived ? 1 : 0, m.rewoundTo, m.roles ? JSON.stringify(m.roles) : null, m.course, m.group);
  }

  update(exercise: string, change: Partial<Omit<AdminMark, 'exercise'>>): AdminMark {
    const m = { ...this.mark(exercise), ...change };
    this.upsert(m);
    return m;
  }

  insertCourse(c: CourseRow): void {
    this.db.prepare('INSERT INTO courses (id, name, scenario, seed, groups, created) VALUES (@id, @name, @scenario, @seed, @groups, @created)').run(c);
  }

  course(id: string): CourseRow | undefined {
    return this.db.prepare('SELECT * FROM courses WHERE id = ?').get(id) as CourseRow | undefined;
  }

  courses(): CourseRow[] {
    return this.db.prepare('SELECT * FROM courses ORDER BY created, id').all() as CourseRow[];
  }

  /** The exercises of a course, by group number. */
  courseExercises(course: string): { exercise: string; group: number }[] {
    return this.db.prepare('SELECT exercise, grp AS "group" FROM exercise_admin WHERE course = ? ORDER BY grp').all(course) as { exercise: string; group: number }[];
  }

  /** Hands an exercise's join codes and player tokens to another (a rewind continues under the same codes). */
  moveCodes(from: string, to: string): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM codes WHERE exercise = ?').run(to);
      this.db.prepare('UPDATE codes SET exercise = ? WHERE exercise = ?').run(to, from);
      this.db.prepare('UPDATE tokens SET exercise = ? WHERE exercise = ?').run(to, from);
    })();
  }

  /** Removes an exercise and everything stored for it. */
  deleteExercise(id: string): void {
    this.db.transaction(() => {
      for (const table of ['codes', 'tokens', 'commands', 'snapshots', 'annotations']) this.db.prepare(`DELETE FROM ${table} WHERE exercise = ?`).run(id);
      this.db.prepare('DELETE FROM exercises WHERE id = ?').run(id);
      this.db.prepare('DELETE FROM exercise_admin WHERE exercise = ?').run(id);
    })();
  }
}
