// Survival of people buried in collapsed houses, by hours since the shock: the share of those
// dug out on each day after the 1995 Kobe (Hyogo-ken Nanbu) earthquake who were alive — day 1
// 80.5 %, day 2 28.5 %, day 3 21.8 %, day 4 5.9 %, day 5 5.8 % (Kobe City Fire Bureau rescue
// records, as quoted by Coburn & Spence, Earthquake Protection, 2nd ed. 2002, ch. 9, and the
// "72 hours" literature). Read here as the chance S(h) that a person still buried h hours after
// the shock is alive, placed at each day's middle and linear between (S(0) = 1; after day 5 it
// stays at 5.8 %). That reading is ours: the records are of people brought out, not a cohort.
const POINTS: readonly (readonly [number, number])[] = [[0, 1], [12, 0.805], [36, 0.285], [60, 0.218], [84, 0.059], [108, 0.058]];

/** S(h): share of people buried h hours ago who are still alive. */
export function buriedAlive(hours: number): number {
  if (hours <= 0) return 1;
  for (let k = 1; k < POINTS.length; k++) {
    const [h1, s1] = POINTS[k];
    if (hours <= h1) {
      const [h0, s0] = POINTS[k - 1];
      return s0 + ((s1 - s0) * (hours - h0)) / (h1 - h0);
    }
  }
  return POINTS[POINTS.length - 1][1];
}
