// How long a village's word after a shock takes to reach its township seat (the main shock's and
// an aftershock's report alike): by phone; when its phones are down, by its satellite phone if it
// holds one, else by a messenger on foot.
import { squared } from '../../math/index.ts';

/** A village's responder counts the damage and phones the township (assumed). */
export const PHONE_DELAY = 15 * 60;
/** A messenger sets off (assumed) and walks to the township seat at 4 km/h along roads about 1.3 times the straight line. */
const MESSENGER_SETUP = 30 * 60;
const WALK_M_PER_S = 4000 / 3600;
const DETOUR = 1.3;

/** Seconds for a messenger to reach a seat (dx, dy) metres away. */
export function messengerDelay(dx: number, dy: number): number {
  return MESSENGER_SETUP + Math.round((DETOUR * Math.sqrt(squared(dx) + squared(dy))) / WALK_M_PER_S);
}

/** A village with its phones cut but a satellite phone (卫星电话): the count, then ten minutes to take the
 *  phone outdoors under open sky and get through (assumed, docs/verification.md). */
export const SATELLITE_PHONE_DELAY = PHONE_DELAY + 10 * 60;

/** How a village's word reaches its township: the ordinary phone, else its satellite phone, else a messenger on foot. */
export function reportChannel(commsCut: boolean, satellitePhone: boolean): 'phone' | 'satellitePhone' | 'messenger' {
  return !commsCut ? 'phone' : satellitePhone ? 'satellitePhone' : 'messenger';
}
