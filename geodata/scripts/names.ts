/**
 * Invented but plausible enterprise and project names (深圳市XX科技有限公司 style). None of these names refers
 * to a real company except the ones the seed article names (see projects.ts).
 */
import type { Industry, Origin } from '../../domain/enums.ts';
import type { Rng } from './prng.ts';

const HEADS = [
  '华',
  '创',
  '芯',
  '微',
  '光',
  '迅',
  '鼎',
  '瑞',
  '航',
  '星',
  '智',
  '博',
  '恒',
  '宏',
  '凯',
  '天',
  '锐',
  '泰',
  '科',
  '英',
  '德',
  '正',
  '海',
  '新',
  '云',
  '睿',
  '思',
  '源',
  '达',
  '联',
  '宇',
  '晶',
  '昊',
  '盛',
  '卓',
  '铭',
];
const TAILS = [
  '拓',
  '辰',
  '越',
  '驰',
  '讯',
  '晟',
  '美',
  '图',
  '维',
  '通',
  '芯',
  '锋',
  '腾',
  '威',
  '邦',
  '捷',
  '立',
  '和',
  '嘉',
  '品',
  '翔',
  '弘',
  '诺',
  '益',
  '润',
  '川',
  '达',
  '元',
  '信',
  '力',
  '川',
  '宸',
  '沃',
  '逸',
  '朗',
  '睿',
];

const TRADES: Record<Industry, readonly string[]> = {
  semiconductor: ['半导体', '微电子', '集成电路', '芯片'],
  laser: ['激光', '光电', '光学', '激光技术'],
  beidou: ['导航', '北斗', '卫星技术', '时空信息'],
  ai: ['智能', '机器人', '视觉', '人工智能'],
  bigdata_iot: ['物联网', '数据', '云联', '智联'],
  new_energy: ['新能源', '锂电', '储能', '动力'],
  other: ['电子', '精密', '材料', '电器'],
};

const PRODUCTS: Record<Industry, readonly string[]> = {
  semiconductor: ['存储芯片封测', '功率器件', '晶圆级封装', 'MEMS传感器', '半导体设备'],
  laser: ['光纤激光器', '激光加工装备', '激光焊接设备', '精密激光器件'],
  beidou: ['北斗高精度定位终端', '北斗导航模组', '卫星导航天线', '车载北斗终端'],
  ai: ['智能机器人', '机器视觉', '智能语音终端', '人工智能研发中心'],
  bigdata_iot: ['物联网终端', '智能穿戴', '工业物联网平台', '大数据中心', 'GPS/北斗追踪器'],
  new_energy: ['锂电池自动化装备', '动力电池', '储能系统', '新能源汽车电控'],
  other: ['精密结构件', '电子元器件', '新材料', '智能家电'],
};

const CITY: Record<Origin, readonly string[]> = {
  shenzhen: ['深圳市', '深圳'],
  korea: ['惠州韩'],
  local: ['惠州市', '惠州'],
  other: ['广州', '东莞市', '香港', '上海'],
};

/** Brand pairs the draw could produce that belong to well-known real companies: never used. */
const REAL_BRANDS = new Set([
  '海信',
  '创维',
  '华润',
  '天润',
  '海通',
  '华信',
  '宏达',
  '海力',
  '天通',
  '光弘',
  '华拓',
  '科达',
  '恒通',
  '华邦',
  '英诺',
  '华星',
  '德赛',
  '立讯',
  '天马',
  '华达',
  '海达',
  '新宙',
  '瑞达',
  '盛美',
  '晶盛',
  '华天',
  '宏图',
]);

/** An invented enterprise; `short` is the two-character brand used in project names. */
export interface InventedName {
  enterprise: string;
  short: string;
}

/** Draws enterprise names, never the same brand twice. */
export class NameMaker {
  private readonly used = new Set<string>();
  constructor(
    private readonly rng: Rng,
    reserved: readonly string[] = [],
  ) {
    for (const r of reserved) this.used.add(r);
  }
  /** A new enterprise name for an industry and origin. */
  enterprise(industry: Industry, origin: Origin): InventedName {
    for (;;) {
      const short = this.rng.pick(HEADS) + this.rng.pick(TAILS);
      if (this.used.has(short) || short[0] === short[1] || REAL_BRANDS.has(short)) continue;
      this.used.add(short);
      const trade = this.rng.pick(TRADES[industry]);
      const kind = this.rng.chance(0.2) ? '股份有限公司' : '有限公司';
      const city = origin === 'korea' ? '惠州' : this.rng.pick(CITY[origin]);
      const mid = origin === 'korea' ? `韩${short}` : short;
      return { enterprise: `${city}${mid}${trade}科技${kind}`, short };
    }
  }
  /** A project name for an enterprise brand. */
  project(short: string, industry: Industry): string {
    const kind = this.rng.pick(['项目', '生产基地', '产业园项目', '研发及生产基地']);
    return `${short}${this.rng.pick(PRODUCTS[industry])}${kind}`;
  }
}
