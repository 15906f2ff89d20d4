// The registers (台账) a bureau keeps and the columns the importer reads from each: for every
// field, the headers it is found under by default (the first is the one `export` writes).
// A config's `columns` maps a field to another header when a bureau's sheet says it differently.
import { SUPPLY_KINDS, type SupplyKind } from '../../sim-core/world/places.ts';
import { TEAM_TYPES, type TeamType } from '../../sim-core/forces/teamTypes.ts';
import { STRUCTURE_TYPES, type StructureType } from '../../sim-core/hazards/quake/buildingStock.ts';

export type ColumnKind = 'text' | 'count' | 'number';

export interface ColumnSpec {
  field: string;
  headers: readonly string[];
  kind: ColumnKind;
  required: boolean;
}

export const REGISTERS = ['townships', 'villages', 'shelters', 'depots', 'teamBases', 'teams', 'cameras', 'reservoirs', 'gauges'] as const;
export type RegisterName = typeof REGISTERS[number];

const col = (field: string, kind: ColumnKind, required: boolean, ...headers: string[]): ColumnSpec => ({ field, headers, kind, required });

const ID = col('id', 'text', false, '编号', '代码', 'ID', 'id');
const NAME_EN = col('nameEn', 'text', false, '英文名称', 'name_en', 'English');
const LON = col('lon', 'number', true, '经度', 'lon', 'lng', 'longitude', 'X', 'x');
const LAT = col('lat', 'number', true, '纬度', 'lat', 'latitude', 'Y', 'y');

/** Supply kinds as 物资 columns of the depot register. */
export const SUPPLY_HEADERS: Record<SupplyKind, string[]> = {
  tents: ['帐篷'], quilts: ['棉被'], food: ['食品'], water: ['饮用水', '瓶装水'], pumps: ['排水泵', '水泵'],
  generators: ['发电机'], satellitePhones: ['卫星电话'], lifeJackets: ['救生衣'], sandbags: ['编织袋', '沙袋'],
};

/** Structure types as columns of the village register (shares 0–1 that add to 1). */
export const STOCK_HEADERS: Record<StructureType, string[]> = {
  rc: ['钢混', '钢混结构', '钢筋混凝土'], brickConcrete: ['砖混', '砖混结构'], brickTimber: ['砖木', '砖木结构'], adobeTimber: ['土木', '土木结构', '土坯'],
};

export const REGISTER_COLUMNS: Record<RegisterName, readonly ColumnSpec[]> = {
  townships: [ID, col('name', 'text', true, '乡镇名称', '名称', '乡镇'), NAME_EN, LON, LAT],
  villages: [
    ID, col('name', 'text', true, '村名', '村庄名称', '名称'), NAME_EN,
    col('township', 'text', true, '所属乡镇', '乡镇', '乡镇街道'),
    col('population', 'count', true, '人口', '户籍人口', '常住人口'),
    col('households', 'count', true, '户数', '总户数'),
    col('atRiskHouseholds', 'count', false, '险户', '险户户数', '受威胁户数'),
    col('atRiskPeople', 'count', false, '险户人口', '受威胁人口'),
    col('vulnerable', 'count', false, '弱势人口', '独居老人及失能人员'),
    // 房屋结构类型: shares (0–1) of the village's people by the structure of their houses (hazards/quake/buildingStock.ts).
    ...STRUCTURE_TYPES.map((k) => col(`stock.${k}`, 'number', false, ...STOCK_HEADERS[k])),
    col('satellitePhone', 'count', false, '卫星电话', '卫星电话(部)'),
    LON, LAT,
  ],
  shelters: [
    ID, col('name', 'text', true, '避难场所名称', '名称'), NAME_EN,
    col('township', 'text', true, '所属乡镇', '乡镇'),
    col('usableArea', 'number', false, '可用面积', '有效面积', '面积'),
    col('capacity', 'count', false, '容纳人数', '可容纳人数'),
    LON, LAT,
  ],
  depots: [
    ID, col('name', 'text', true, '储备库名称', '名称'), NAME_EN,
    ...SUPPLY_KINDS.map((k) => col(`stock.${k}`, 'count', false, ...SUPPLY_HEADERS[k])),
    LON, LAT,
  ],
  teamBases: [ID, col('name', 'text', true, '驻地名称', '名称'), NAME_EN, LON, LAT],
  teams: [
    ID, col('name', 'text', true, '队伍名称', '名称'), NAME_EN,
    col('type', 'text', true, '队伍类型', '类型'),
    col('size', 'count', true, '人数', '队员人数'),
    col('base', 'text', true, '驻地', '驻地编号'),
    col('owner', 'text', false, '隶属', '所属单位'),
  ],
  cameras: [ID, col('name', 'text', true, '监控点名称', '名称'), NAME_EN, col('range', 'number', false, '监控半径', '监控半径(米)'), LON, LAT],
  reservoirs: [
    ID, col('name', 'text', true, '水库名称', '名称'), NAME_EN,
    col('class', 'text', true, '规模', '工程规模'),
    col('normalLevel', 'number', true, '正常蓄水位'),
    col('floodLimitLevel', 'number', true, '汛限水位'),
    col('damCrest', 'number', true, '坝顶高程'),
    col('storage', 'number', true, '总库容(万立方米)', '总库容'),
    col('spillwayWidth', 'number', false, '溢洪道宽度'),
    col('damLength', 'number', false, '坝长'),
    col('gateCapacity', 'number', false, '最大泄量'),
    col('lon', 'number', true, '坝址经度', '经度'), col('lat', 'number', true, '坝址纬度', '纬度'),
  ],
  gauges: [
    ID, col('name', 'text', true, '测站名称', '名称'), NAME_EN,
    col('on', 'text', true, '测站类型', '类型'),
    col('reservoir', 'text', false, '所属水库'),
    col('warningLevel', 'number', true, '警戒水位', '汛限水位'),
    col('dangerLevel', 'number', true, '危险水位', '保证水位'),
    LON, LAT,
  ],
};

/** Words a register may use for enumerated values, Chinese or English, mapped to the scenario's codes. */
export const RESERVOIR_CLASS_WORDS: Record<string, 'large' | 'medium' | 'small'> = {
  大型: 'large', '大(1)型': 'large', '大(2)型': 'large', 中型: 'medium', 小型: 'small', '小(1)型': 'small', '小(2)型': 'small',
  large: 'large', medium: 'medium', small: 'small',
};
export const GAUGE_ON_WORDS: Record<string, 'river' | 'reservoir'> = { 河道: 'river', 河道站: 'river', 水库: 'reservoir', 水库站: 'reservoir', river: 'river', reservoir: 'reservoir' };

/** 队伍类型 in Chinese (what a register says) → the scenario's team type; `export` writes the first. */
export const TEAM_TYPE_WORDS: Record<string, TeamType> = {
  消防站: 'fireStation', 消防救援站: 'fireStation',
  森林消防大队: 'forestFireBrigade', 森林消防: 'forestFireBrigade',
  特勤大队: 'specialService', 特勤站: 'specialService',
  水上救援队: 'waterRescue', 水上救援: 'waterRescue',
  驻区部队: 'army', 部队: 'army', 民兵: 'army',
  区级专业队伍: 'districtTeam', 专业队伍: 'districtTeam',
  乡镇队伍: 'townshipTeam', 乡镇街道队伍: 'townshipTeam',
  医疗救护: 'medical', 医疗队: 'medical',
  志愿者: 'volunteer', 社会力量: 'volunteer',
  航空救援: 'aviation', 直升机: 'aviation',
  ...Object.fromEntries(TEAM_TYPES.map((t) => [t, t])),
};

export function teamTypeWord(type: TeamType): string {
  return Object.keys(TEAM_TYPE_WORDS).find((w) => TEAM_TYPE_WORDS[w] === type)!;
}
