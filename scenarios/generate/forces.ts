// Teams (救援队伍), scaled from the Miyun plan (DOMAIN.md, 001): the district teams named in the
// spec (8 fire stations 279 people, the forest-fire brigade 240 in four squads, the special-
// service brigade 100, 7 army teams 590, water rescue, a few district-unit, medical and
// volunteer teams), plus township teams — perTownship each, totalPeople (915) apportioned.
import type { DemoSpec } from './spec.ts';
import type { Prng } from './prng.ts';
import { apportion } from './people.ts';
import { shortEn, shortZh } from './names.ts';
import type { TeamType } from '../../sim-core/forces/teamTypes.ts';

export interface TeamJson {
  id: string;
  name: { zh: string; en: string };
  type: TeamType;
  size: number;
  base: string;
  owner: string;
}

/** Township team kinds: a full-time response team and a militia squad (民兵应急分队). */
const TOWNSHIP_TEAM_NAMES = [
  { zh: '应急救援队', en: 'response team' },
  { zh: '民兵应急分队', en: 'militia squad' },
  { zh: '护林防火队', en: 'forest-fire patrol' },
];

export function buildTeams(spec: DemoSpec, rng: Prng): TeamJson[] {
  const teams: TeamJson[] = [];
  for (const b of spec.bases) {
    for (const t of b.teams) {
      teams.push({ id: t.id, name: { zh: t.zh, en: t.en }, type: t.type, size: t.size, base: b.id, owner: 'district' });
    }
  }
  const per = spec.townshipTeams.perTownship;
  const weights = spec.townships.flatMap(() => Array.from({ length: per }, () => 0.7 + 0.6 * rng.next()));
  const sizes = apportion(spec.townshipTeams.totalPeople, weights, 12);
  spec.townships.forEach((t, k) => {
    for (let n = 0; n < per; n++) {
      const kind = TOWNSHIP_TEAM_NAMES[n % TOWNSHIP_TEAM_NAMES.length];
      teams.push({
        id: `${t.id}-team-${n + 1}`,
        name: { zh: `${shortZh(t.zh)}${kind.zh}`, en: `${shortEn(t.en)} ${kind.en}` },
        type: 'townshipTeam', size: sizes[k * per + n], base: `yard-${t.id}`, owner: t.id,
      });
    }
  });
  return teams;
}
