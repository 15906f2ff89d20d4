// Fictional village names (zh) with their pinyin (en), drawn from syllables common in the
// hills north of Beijing: an optional direction/size prefix, a core (tree, animal, family,
// stone …) and a landform suffix (峪 valley, 沟 gully, 台 terrace …). Each name is used once.
import type { Prng } from './prng.ts';

const PREFIX: Record<string, string> = {
  上: 'shang', 下: 'xia', 东: 'dong', 西: 'xi', 南: 'nan', 北: 'bei', 前: 'qian', 后: 'hou',
  大: 'da', 小: 'xiao', 新: 'xin', 老: 'lao',
};
const CORE: Record<string, string> = {
  石: 'shi', 柳: 'liu', 杨: 'yang', 王: 'wang', 张: 'zhang', 马: 'ma', 黄: 'huang', 白: 'bai',
  红: 'hong', 青: 'qing', 杏: 'xing', 桃: 'tao', 梨: 'li', 松: 'song', 柏: 'bai', 榆: 'yu',
  槐: 'huai', 花: 'hua', 龙: 'long', 虎: 'hu', 鹿: 'lu', 羊: 'yang', 牛: 'niu', 枣: 'zao',
  桑: 'sang', 杜: 'du', 刘: 'liu', 孙: 'sun', 赵: 'zhao', 陈: 'chen', 高: 'gao', 郭: 'guo',
  庙: 'miao', 水: 'shui', 泉: 'quan', 岩: 'yan', 沙: 'sha', 银: 'yin', 桦: 'hua', 椴: 'duan',
  茶: 'cha', 苇: 'wei', 荆: 'jing', 燕: 'yan', 鹊: 'que', 雾: 'wu', 霞: 'xia', 平: 'ping',
  太: 'tai', 长: 'chang', 三: 'san', 五: 'wu', 七: 'qi', 九: 'jiu', 双: 'shuang', 半: 'ban',
  蘑: 'mo', 核: 'he', 栗: 'li', 葛: 'ge', 韩: 'han', 冯: 'feng', 周: 'zhou', 邢: 'xing',
};
const SUFFIX: Record<string, string> = {
  庄: 'zhuang', 峪: 'yu', 沟: 'gou', 营: 'ying', 台: 'tai', 岭: 'ling', 坪: 'ping', 店: 'dian',
  屯: 'tun', 寨: 'zhai', 口: 'kou', 湾: 'wan', 铺: 'pu', 川: 'chuan', 洼: 'wa', 坎: 'kan',
  场: 'chang', 甸: 'dian', 坨: 'tuo', 窝: 'wo', 坡: 'po', 梁: 'liang',
};

/** A township's name without 镇/乡/街道 (石门镇 → 石门), as places named after it use it. */
export const shortZh = (zh: string) => zh.replace(/(镇|乡|街道)$/, '');
export const shortEn = (en: string) => en.replace(/ (Town|Township|Subdistrict)$/, '');

export interface VillageName {
  zh: string;
  en: string;
  /** lower-case pinyin without spaces, for ids */
  key: string;
}

const capital = (s: string) => s[0].toUpperCase() + s.slice(1);

/** Joins pinyin syllables, with an apostrophe before a vowel-initial syllable (xi'an). */
function joinPinyin(syllables: string[]): string {
  return syllables.map((s, k) => (k > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
}

export class VillageNamer {
  private readonly used = new Set<string>();
  private readonly prefixes = Object.keys(PREFIX);
  private readonly cores = Object.keys(CORE);
  private readonly suffixes = Object.keys(SUFFIX);

  constructor(private readonly rng: Prng, reserved: Iterable<string> = []) {
    for (const r of reserved) this.used.add(r);
  }

  next(): VillageName {
    for (;;) {
      const parts = this.rng.next() < 0.4 ? [this.rng.pick(this.prefixes)] : [];
      parts.push(this.rng.pick(this.cores), this.rng.pick(this.suffixes));
      const stem = parts.join('');
      if (this.used.has(stem) || parts[0] === parts[1]) continue;
      this.used.add(stem);
      const syllables = parts.map((p) => PREFIX[p] ?? CORE[p] ?? SUFFIX[p]);
      const pinyin = joinPinyin(syllables);
      return { zh: `${stem}村`, en: `${capital(pinyin)} Village`, key: pinyin.replace(/'/g, '') };
    }
  }
}
