// 会商: a message as the state keeps it. A conversation is the set of its participants (roles,
// and outside parties the director speaks for), or `all` for the exercise-wide 集体会商 channel.
// A leaf type (sending is messages.ts).
import type { MapPoint } from '../plots/plotState.ts';

/** Outside parties the director writes as (公众, 12345热线, 市应急局, 气象台, 媒体 …). */
export const PARTIES = ['public', 'hotline', 'cityBureau', 'weather', 'media', 'cityHq', 'neighbour'] as const;
export type Party = typeof PARTIES[number];

/** A reference the message points at: a plot, or a point on the map. */
export type MessageRef = { plot: string } | { point: MapPoint };

/** No log sequence number: a player's view must not show how many entries were hidden from it. */
export interface Message {
  t: number;
  /** The role that sent it (the director when an outside party speaks). */
  from: string;
  /** The outside party the director spoke as. */
  as?: Party;
  /** The conversation: `all`, or its participants joined by `|` in sorted order. */
  conversation: string;
  /** The roles who receive it (`all`: everyone). */
  to: string[];
  text: string;
  ref?: MessageRef;
}

export const MESSAGE_TEXT_MAX = 500;
/** At most this many participants in a group conversation. */
export const GROUP_MAX = 40;
