// How a warning reaches households once the village responder (村应急响应人) has it (DOMAIN.md,
// 004 四: broadcast, door to door, loudspeaker, social network). Each channel reaches a share of
// households, each reached household at a time uniform over the channel's window; a household
// hears first by whichever channel reaches it first. Assumed figures (to be set per plan).
import type { Outage } from '../world/outage.ts';

export type Channel = 'broadcast' | 'loudspeaker' | 'doorToDoor' | 'sms';
export const CHANNELS: readonly Channel[] = ['broadcast', 'loudspeaker', 'doorToDoor', 'sms'];

interface ChannelSpec {
  /** Share of households it reaches. */
  reach: number;
  /** Seconds after the responder has the warning: earliest and latest arrival. */
  span: readonly [number, number];
  /** The service it needs: an outage of it blocks the channel. */
  needs: Outage | null;
}

export const CHANNEL_SPECS: Record<Channel, ChannelSpec> = {
  broadcast: { reach: 0.8, span: [60, 600], needs: 'power' },      // 应急广播/大喇叭
  loudspeaker: { reach: 0.6, span: [300, 2400], needs: null },     // 手持喇叭巡村
  doorToDoor: { reach: 1.0, span: [600, 5400], needs: null },      // 包户通知 (七包七落实)
  sms: { reach: 0.7, span: [60, 900], needs: 'comms' },            // 短信、微信群
};
