// Fires as entities: where and when each started, and when (and by what) it was detected.
// Until detected, a fire is known only to the director and the evaluator.
export interface FireEntity {
  id: string;
  cell: number;
  x: number;
  y: number;
  t: number;
  cause: string;
  /** When a camera, a patrol or a report first could see it, and when it was reported. */
  seenAt: number | null;
  detectAt: number | null;
  detected: number | null;
  detectedBy: string | null;
  /** Cells burned so far (as of the last fire step). */
  burnedCells: number;
  burningCells: number;
}

export interface FireEntities {
  fires: Record<string, FireEntity>;
  /** Fire line built by each unit so far, metres (suppression). */
  line: Record<string, number>;
  /** Places a burning cell has come within reach of (event sent once). */
  threatened: Record<string, number>;
}
