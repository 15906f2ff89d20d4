// A summary folds what the earthquake did to many villages at one moment into one line each for
// casualties, the buried and the cuts; a few villages, or another moment, stay listed one by one.
import { describe, expect, it } from 'vitest';
import { foldedEventLines } from '../../presentation/text/eventFold.ts';
import { eventLine } from '../../presentation/text/eventText.ts';
import { loadScenario } from '../../server/scenarioFiles.ts';
import type { EventEntry } from '../../sim-core/log.ts';
import type { SimEvent } from '../../sim-core/events.ts';

const scenario = loadScenario('scenarios/demo-district');
const villages = scenario.villages.slice(0, 6).map((v) => v.id);
let seq = 0;
const ev = (t: number, e: SimEvent): EventEntry => ({ entry: 'event', t, seq: ++seq, visibleTo: [], ...e });

describe('folded event lines', () => {
  it('folds a moment’s quake casualties, buried and cuts over many villages, in their first places', () => {
    const shock: EventEntry[] = villages.flatMap((v, k) => [
      ev(600, { kind: 'casualties', village: v, injured: k + 1, dead: k === 5 ? 2 : 0, cause: 'quake' }),
      ev(600, { kind: 'peopleTrapped', village: v, people: 2, cause: 'collapse', hazardRating: 0 }),
      ev(600, { kind: 'outage', place: v, services: k % 2 ? ['power'] : ['power', 'water'], cause: 'quake' }),
    ]);
    const later = ev(4200, { kind: 'casualties', village: villages[0], injured: 0, dead: 1, cause: 'quake' });
    const lines = foldedEventLines(scenario, [...shock, later], 'zh');
    expect(lines.map((l) => l.line.tag)).toEqual(['伤亡', '被困', '断电、断水', '伤亡']);
    expect(lines[0].line.text).toContain('等 6 个村地震致 21 人受伤、2 人死亡');
    expect(lines[1].line.text).toContain('等 6 个村共 12 人被倒塌房屋埋压');
    expect(lines[2].line.text).toContain('断电 6 个村、断水 3 个村');
    // The one death hours later is its own line, worded without "0 人受伤".
    expect(lines[3]).toEqual({ t: 4200, line: eventLine(scenario, later, 'zh') });
    expect(lines[3].line.text).toMatch(/地震致 1 人死亡$/);
  });

  it('lists fewer than four villages one by one, as eventLine words them', () => {
    const few = villages.slice(0, 3).map((v) => ev(600, { kind: 'casualties', village: v, injured: 1, dead: 0, cause: 'flood' }));
    expect(foldedEventLines(scenario, few, 'en').map((l) => l.line)).toEqual(few.map((e) => eventLine(scenario, e, 'en')));
  });
});
