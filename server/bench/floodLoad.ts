// One careless or hostile participant against the shared server (issue 15): one township's
// token opens as many sockets as it may and sends commands on each as fast as the socket takes
// them, while the chief goes on giving ordinary orders. The figure is the chief's ack p99 — what
// the flood costs everybody else — with what the flooder got through and the server's memory.
import { io, type Socket } from 'socket.io-client';
import type { Figure } from '../cli/benchCommand.ts';
import { call, percentile, startChild, stopChild } from './serverLoad.ts';

const SCENARIO = 'demo-district';
const FLOOD_SECONDS = 15;
const CHIEF_EVERY_MS = 200;
/** As many sockets as one token may open (server/serve/limits.ts default). */
const FLOOD_SOCKETS = 4;

function open(url: string, token: string): Promise<Socket> {
  const socket = io(url, { transports: ['websocket'], auth: { token }, reconnection: false, forceNew: true });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

export async function floodFigures(): Promise<Figure[]> {
  const c = await startChild();
  try {
    const ex = await call(c, 'POST', '/api/exercises', { scenario: SCENARIO, speed: '60x' });
    const township = Object.keys(ex.codes).find((r) => r.startsWith('township:'))!;
    const floodToken = (await call(c, 'POST', '/api/join', { code: ex.codes[township] }, false)).token;
    const chiefToken = (await call(c, 'POST', '/api/join', { code: ex.codes.chief }, false)).token;
    const flooders = await Promise.all(Array.from({ length: FLOOD_SOCKETS }, () => open(c.url, floodToken)));
    const chief = await open(c.url, chiefToken);
    const rssBefore = (await call(c, 'GET', '/api/stats')).memory.rssMb;

    let flooding = true;
    let sent = 0, accepted = 0, refused = 0, cut = 0;
    const loops = flooders.map(async (sk) => {
      sk.on('cut', () => { cut++; });
      // Acknowledged sends, a small window in flight per socket: as fast as the server answers.
      const inFlight = new Set<Promise<void>>();
      while (flooding && sk.connected) {
        const p = sk.timeout(10_000).emitWithAck('command', { type: 'sendReport', to: 'chief', kind: 'update', text: { zh: `刷屏${sent}` } })
          .then((a: any) => { if (a.ok) accepted++; else refused++; }, () => { refused++; })
          .finally(() => inFlight.delete(p));
        sent++;
        inFlight.add(p);
        if (inFlight.size >= 16) await Promise.race(inFlight);
      }
      await Promise.all(inFlight);
    });

    const latencies: number[] = [];
    let chiefFailed = 0;
    const chiefLoop = (async () => {
      for (let k = 0; flooding; k++) {
        const t0 = performance.now();
        try {
          const a: any = await chief.timeout(10_000).emitWithAck('command', { type: 'sendReport', to: township, kind: 'instruction', text: { zh: `第${k}号指示` } });
          latencies.push(performance.now() - t0);
          if (!a.ok) chiefFailed++;
        } catch { chiefFailed++; }
        await new Promise((r) => setTimeout(r, CHIEF_EVERY_MS));
      }
    })();
    await new Promise((r) => setTimeout(r, FLOOD_SECONDS * 1000));
    flooding = false;
    await Promise.all([...loops, chiefLoop]);
    const rssAfter = (await call(c, 'GET', '/api/stats')).memory.rssMb;
    for (const sk of [...flooders, chief]) sk.disconnect();

    const sorted = latencies.sort((a, b) => a - b);
    const p99 = percentile(sorted, 99);
    return [{
      id: 'serverFlood', label: `server, one token flooding on ${FLOOD_SOCKETS} sockets: the chief's command ack p99`, value: +p99.toFixed(1), unit: 'ms',
      aim: '≤ 50 ms', met: p99 <= 50 && chiefFailed === 0,
      detail: {
        floodSent: sent, floodAccepted: accepted, floodRefused: refused, socketsCut: cut, chiefOrders: latencies.length, chiefFailed,
        chiefP50: +percentile(sorted, 50).toFixed(1), rssBeforeMb: +rssBefore.toFixed(1), rssAfterMb: +rssAfter.toFixed(1),
      },
    }];
  } finally {
    await stopChild(c);
  }
}
