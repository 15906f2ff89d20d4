// The water-main burst model (hazards/waterMain/): the orifice flow against a value worked by
// hand from Q = Cd·A·√(2gH), the head of a service pressure, the zones a cut main leaves dry,
// and the 12345 call count that doubles after two hours dry.
import { describe, expect, it } from 'vitest';
import { G, headOfPressure, orificeFlow, SHARP_EDGED_CD } from '../../sim-core/hazards/waterMain/orifice.ts';
import { segmentsFrom, zonesDownstream, type WaterNetwork } from '../../sim-core/hazards/waterMain/network.ts';
import { expectedCalls, newCalls, SERVED_FACTOR, SURGE_AFTER } from '../../sim-core/hazards/waterMain/citizenCalls.ts';

describe('orifice flow Q = Cd·A·√(2gH)', () => {
  it('matches the hand-worked burst of the shipped drill: 0.25 m² at 0.28 MPa', () => {
    // By hand: H = p/(ρg) = 280 000 / (1000 × 9.80665) = 28.5521 m, so 2gH = 2p/ρ = 560 m²/s²
    // exactly and √560 = 23.664319 m/s; Q = 0.61 × 0.25 × 23.664319 = 3.608809 m³/s.
    const head = headOfPressure(0.28);
    expect(head).toBeCloseTo(28.5521, 4);
    expect(orificeFlow(SHARP_EDGED_CD, 0.25, head)).toBeCloseTo(3.608809, 6);
  });

  it("is Torricelli's √(2gH) per unit area with Cd 1, and scales as √H and linearly in A", () => {
    expect(orificeFlow(1, 1, 1)).toBeCloseTo(Math.sqrt(2 * G), 12);
    expect(orificeFlow(1, 1, 1)).toBeCloseTo(4.42869, 5);
    expect(orificeFlow(0.61, 0.1, 40) / orificeFlow(0.61, 0.1, 10)).toBeCloseTo(2, 12);
    expect(orificeFlow(0.61, 0.3, 20) / orificeFlow(0.61, 0.1, 20)).toBeCloseTo(3, 12);
    expect(orificeFlow(0.61, 0, 20)).toBe(0);
    expect(orificeFlow(0.61, 0.1, 0)).toBe(0);
  });
});

const L = (zh: string) => ({ zh });
const net: WaterNetwork = {
  name: L('网'), operator: L('水司'), serviceHead: 28.55, dischargeCoefficient: 0.61, callRate: 3,
  zones: ['a', 'b', 'c', 'd'].map((id) => ({ id, name: L(id), places: [id], population: 10_000 })),
  mains: [
    { id: 'trunk', name: L('干管'), diameter: 1, upstream: null, zones: ['a'], valves: [{ id: 'v1', name: L('1'), closeTime: 600 }], repairTime: 3600 },
    { id: 'west', name: L('西'), diameter: 0.8, upstream: 'trunk', zones: ['b'], valves: [{ id: 'v2', name: L('2'), closeTime: 600 }], repairTime: 3600 },
    { id: 'south', name: L('南'), diameter: 0.4, upstream: 'west', zones: ['c'], valves: [{ id: 'v3', name: L('3'), closeTime: 600 }], repairTime: 3600 },
    { id: 'east', name: L('东'), diameter: 0.6, upstream: 'trunk', zones: ['d'], valves: [{ id: 'v4', name: L('4'), closeTime: 600 }], repairTime: 3600 },
  ],
};

describe('the network tree', () => {
  it('a cut main leaves its own zones and every zone downstream dry, nothing upstream or beside', () => {
    expect(zonesDownstream(net, 'west')).toEqual(['b', 'c']);
    expect(zonesDownstream(net, 'east')).toEqual(['d']);
    expect(zonesDownstream(net, 'trunk')).toEqual(['a', 'b', 'c', 'd']);
    expect(segmentsFrom(net, 'trunk')).toEqual(['trunk', 'east', 'west', 'south']);
  });
});

describe('12345 calls', () => {
  const zone = net.zones[0];
  it('come at the call rate for two hours, then at twice the rate', () => {
    // 10 000 residents × 3 per 1 000 an hour = 30 calls an hour.
    expect(expectedCalls(zone, 3, 0, 3600)).toBeCloseTo(30, 9);
    expect(expectedCalls(zone, 3, 0, SURGE_AFTER)).toBeCloseTo(60, 9);
    expect(expectedCalls(zone, 3, 0, SURGE_AFTER + 3600) - expectedCalls(zone, 3, 0, SURGE_AFTER)).toBeCloseTo(60, 9);
  });
  it('fall to SERVED_FACTOR of the rate from the moment drinking water reaches the zone', () => {
    // Served after 1 h: 30 calls, then 15 an hour until the surge at 2 h, then 30 an hour.
    expect(SERVED_FACTOR).toBe(0.5);
    expect(expectedCalls(zone, 3, 0, 3600, 3600)).toBeCloseTo(30, 9);
    expect(expectedCalls(zone, 3, 0, SURGE_AFTER, 3600)).toBeCloseTo(45, 9);
    expect(expectedCalls(zone, 3, 0, SURGE_AFTER + 3600, 3600)).toBeCloseTo(75, 9);
    // Served after the surge: the doubled rate halves from then on.
    expect(expectedCalls(zone, 3, 0, SURGE_AFTER + 7200, SURGE_AFTER + 3600)).toBeCloseTo(60 + 60 + 30, 9);
    // Served before the zone went dry: half the rate throughout.
    expect(expectedCalls(zone, 3, 3600, 7200, 0)).toBeCloseTo(15, 9);
  });
  it('arrive as whole calls, none counted twice', () => {
    let counted = 0;
    for (let t = 1800; t <= 6 * 3600; t += 1800) counted += newCalls(zone, 3, 0, t, counted);
    expect(counted).toBe(Math.floor(expectedCalls(zone, 3, 0, 6 * 3600)));
    expect(counted).toBe(60 + 4 * 60);
  });
});
