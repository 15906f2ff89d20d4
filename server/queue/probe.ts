// Does a Redis server answer at this address? Asked over a plain socket (PING) before BullMQ
// connects: BullMQ's client retries an unreachable server forever, which would leave
// `tuiyan validate --queue` hanging instead of saying what is wrong.
import { createConnection } from 'node:net';

export function redisAnswers(host: string, port: number, ms = 3000): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createConnection({ host, port });
    const done = (ok: boolean) => { s.destroy(); resolve(ok); };
    s.setTimeout(ms);
    s.once('connect', () => { s.write('PING\r\n'); });
    // Any reply is Redis answering (+PONG, or -NOAUTH when a password is needed).
    s.once('data', (d) => done(/^[+-]/.test(d.toString())));
    s.once('error', () => done(false));
    s.once('timeout', () => done(false));
  });
}
