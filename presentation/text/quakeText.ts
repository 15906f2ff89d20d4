// Earthquake wording: intensity (烈度) as the Chinese scale writes it, in Roman numerals
// (GB/T 17742: I–XII), rounded to the nearest degree.
const ROMAN = ['0', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

export function romanIntensity(i: number): string {
  return ROMAN[Math.max(0, Math.min(12, Math.round(i)))];
}

interface VillageReport { by: 'phone' | 'satellitePhone' | 'messenger'; dead: number; injured: number; buried: number; homeless: number; cut: readonly string[] }
const CUT: Record<string, [string, string]> = { power: ['断电', 'no power'], comms: ['通信中断', 'no phones'], water: ['断水', 'no water'] };

/** A village's first report after the shock, as its township hears it. */
export function quakeVillageReportText(e: VillageReport, village: string, lang: 'zh' | 'en'): string {
  const zh = lang === 'zh';
  const how = e.by === 'messenger' ? (zh ? '（通信中断，派人步行送信）' : ' (phones down: by messenger on foot)')
    : e.by === 'satellitePhone' ? (zh ? '（通信中断，卫星电话）' : ' (phones down: by satellite phone)')
    : (zh ? '（电话）' : ' (by phone)');
  const figures = zh
    ? [e.dead ? `死亡 ${e.dead} 人` : '', e.injured ? `受伤 ${e.injured} 人` : '', e.buried ? `被埋压 ${e.buried} 人` : '', e.homeless ? `房屋损毁无家可归约 ${e.homeless} 人` : ''].filter(Boolean).join('，')
    : [e.dead ? `${e.dead} dead` : '', e.injured ? `${e.injured} injured` : '', e.buried ? `${e.buried} buried` : '', e.homeless ? `about ${e.homeless} without a safe home` : ''].filter(Boolean).join(', ');
  const cut = e.cut.map((s) => (CUT[s] ?? [s, s])[zh ? 0 : 1]).join(zh ? '、' : ', ');
  return zh
    ? `${village}报告${how}：${figures || '房屋轻微受损，无人员伤亡'}${cut ? `；${cut}` : ''}`
    : `${village} reports${how}: ${figures || 'light damage, nobody hurt'}${cut ? `; ${cut}` : ''}`;
}

/** The map legend of the intensity map layer (烈度分布, presentation/map/intensityMap.ts). */
export const intensityMapLegend = (lang: 'zh' | 'en'): string => (lang === 'zh' ? '烈度分布' : 'intensity');

/** One degree's zone in the legend: "VIII度区", as Chinese intensity maps label them. */
export function intensityZoneName(degree: number, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? `${romanIntensity(degree)}度区` : `intensity ${romanIntensity(degree)}`;
}

/** The report map's legend for a bridge a shock dropped, or one an emergency steel bridge (贝雷桥) reopened (hazards/quake/bridgeStep.ts). */
export function bridgeStateName(state: 'down' | 'reopened', lang: 'zh' | 'en'): string {
  if (state === 'down') return lang === 'zh' ? '桥梁震损垮塌' : 'bridge down in the earthquake';
  return lang === 'zh' ? '应急钢桥抢通' : 'reopened by an emergency bridge';
}
