// Join codes that hold (issue 15): long codes, case and grouping folded, /api/join limited per
// address with a doubling wait after failures, a bounded number of tokens per code, codes the
// director revokes and reissues, and JSON bodies that must say they are JSON.
import { describe, expect, it } from 'vitest';
import { ADMIN, api, createExercise, useInProcessServer } from './helpers.ts';
import { CODE_ALPHABET, CODE_LENGTH } from '../../server/serve/ids.ts';

// Tight limits, so the test sees them bite after a handful of requests (each a real HTTP call).
const fixture = useInProcessServer({ limits: { joinFreeFailures: 3, joinBackoffBaseS: 600, tokensPerCode: 3, joinBurst: 40, joinPerMinute: 40 } });

describe('join codes', () => {
  it('are long, from the unambiguous alphabet, and fold case and grouping', async () => {
    const u = fixture.server.url;
    const { codes } = await createExercise(u, { scenario: 'demo-district' });
    for (const c of Object.values(codes)) {
      expect(c).toHaveLength(CODE_LENGTH);
      for (const ch of c) expect(CODE_ALPHABET).toContain(ch);
    }
    expect(CODE_ALPHABET.length ** CODE_LENGTH).toBeGreaterThan(2 ** 49);
    const grouped = `${codes.observer.slice(0, 5).toLowerCase()}-${codes.observer.slice(5)}`;
    expect((await api(u, 'POST', '/api/join', { code: grouped })).body).toMatchObject({ role: 'observer' });
  });

  it('hand out a bounded number of tokens per code; the director reissues and revokes', async () => {
    const u = fixture.server.url;
    const { id, codes } = await createExercise(u, { scenario: 'demo-district' });
    const code = codes['township:hupan'];
    for (let i = 0; i < 3; i++) expect((await api(u, 'POST', '/api/join', { code })).status).toBe(200);
    const used = await api(u, 'POST', '/api/join', { code });
    expect(used.status).toBe(403);
    expect(used.body.error).toBe('codeUsedUp');

    // A player token may not touch codes; the director (here: the admin) may.
    const player = (await api(u, 'POST', '/api/join', { code: codes.chief })).body.token;
    expect((await api(u, 'POST', `/api/exercises/${id}/codes`, { role: 'township:hupan', action: 'reissue' }, player)).status).toBe(401);
    const re = await api(u, 'POST', `/api/exercises/${id}/codes`, { role: 'township:hupan', action: 'reissue' }, ADMIN);
    expect(re.status).toBe(200);
    expect(re.body.code).not.toBe(code);
    expect(re.body.codes['township:hupan']).toBe(re.body.code);
    expect((await api(u, 'POST', '/api/join', { code: re.body.code })).body).toMatchObject({ role: 'township:hupan', exerciseId: id });
    expect((await api(u, 'POST', '/api/join', { code })).body.error).toBe('unknownCode');

    const directorToken = (await api(u, 'POST', '/api/join', { code: codes.director }, ADMIN)).body.token;
    const off = await api(u, 'POST', `/api/exercises/${id}/codes`, { role: 'observer', action: 'revoke' }, directorToken);
    expect(off.status).toBe(200);
    expect(off.body.codes.observer).toBeUndefined();
    expect((await api(u, 'POST', '/api/join', { code: codes.observer })).body.error).toBe('unknownCode');
    expect((await api(u, 'POST', `/api/exercises/${id}/codes`, { role: 'team:nobody', action: 'revoke' }, ADMIN)).status).toBe(404);
  });

  it('refuse JSON bodies that do not say they are JSON (415)', async () => {
    const u = fixture.server.url;
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const r = await fetch(u + '/api/join', { method: 'POST', headers: { 'content-type': type }, body: JSON.stringify({ code: 'ABCDEFGHJK' }) });
      expect(r.status).toBe(415);
      expect((await r.json()).error).toBe('unsupportedMediaType');
    }
    const r = await fetch(u + '/api/exercises', { method: 'POST', headers: { authorization: `Bearer ${ADMIN}` }, body: '{"scenario":"demo-district"}' });
    expect(r.status).toBe(415);
  });

  // Last: it locks this test's address out of /api/join.
  it('make an address that keeps guessing wait, even for a right code', async () => {
    const u = fixture.server.url;
    const { codes } = await createExercise(u, { scenario: 'demo-district' });
    const answers: number[] = [];
    for (let i = 0; i < 6; i++) answers.push((await api(u, 'POST', '/api/join', { code: `WRONG${i}CODE` })).status);
    // 3 free failures (the earlier tests used some) are answered 404; the 4th starts a 600 s wait, so what follows is 429.
    const first429 = answers.indexOf(429);
    expect(first429).toBeGreaterThan(0);
    expect(first429).toBeLessThanOrEqual(4);
    expect(answers).toEqual([...Array(first429).fill(404), ...Array(6 - first429).fill(429)]);
    const right = await fetch(u + '/api/join', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: codes.chief }) });
    expect(right.status).toBe(429);
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(500);
    expect((await right.json()).error).toBe('tooManyAttempts');
  });
});
