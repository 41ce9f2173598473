/**
 * Hand-authored projects: the enterprises the seed article names and the rest of the 357 belt's 20 signed
 * projects. The article's figures (20 signed, 156亿元; 11 with land, 39亿元) are met by these lists alone;
 * the generator checks the sums before writing.
 */
import type { Industry, Origin, ProjectStage } from '../../domain/enums.ts';

/** A hand-authored project; dates not given here are derived by the generator. */
export interface ProjectSpec {
  id: string;
  name: string;
  enterprise: string;
  industry: Industry;
  origin: Origin;
  investmentWan: number;
  stage: ProjectStage;
  /** Land demand (亩) for projects still without land. */
  landDemandMu: number | null;
  floorDemandM2: number | null;
  approved: string | null;
  /** Investment-agreement (签约) date. */
  signed: string | null;
  /** For landed projects: the agreed construction start written into the land contract. */
  agreedStart: string | null;
  /** How many adjacent parcels the project holds. */
  parcels: number;
  rdOriented: boolean;
  neededBy: string | null;
  annualOutputWan: number | null;
}

const base = { floorDemandM2: null, rdOriented: false, neededBy: null, landDemandMu: null, parcels: 1 };

/** The 11 belt projects with land (已拿地 or later): 39亿元 = 390,000 万元. */
export const BELT_LANDED: readonly ProjectSpec[] = [
  {
    ...base,
    id: 'prj-biwin',
    name: '佰维存储芯片封测及研发基地',
    enterprise: '深圳佰维存储科技股份有限公司',
    industry: 'semiconductor',
    origin: 'shenzhen',
    investmentWan: 90_000,
    stage: 'land_acquired',
    approved: '2017-04-18',
    signed: '2017-06-16',
    agreedStart: '2018-05-20',
    parcels: 2,
    annualOutputWan: 300_000,
  },
  {
    ...base,
    id: 'prj-jpt',
    name: '杰普特激光器及激光装备生产基地',
    enterprise: '深圳市杰普特光电股份有限公司',
    industry: 'laser',
    origin: 'shenzhen',
    investmentWan: 60_000,
    stage: 'land_acquired',
    approved: '2016-11-22',
    signed: '2017-01-10',
    agreedStart: '2018-04-28',
    annualOutputWan: 150_000,
  },
  {
    ...base,
    id: 'prj-united-winners',
    name: '联赢激光焊接装备生产基地',
    enterprise: '深圳市联赢激光股份有限公司',
    industry: 'laser',
    origin: 'shenzhen',
    investmentWan: 50_000,
    stage: 'land_acquired',
    approved: '2016-12-20',
    signed: '2017-02-24',
    agreedStart: '2018-06-30',
    annualOutputWan: 120_000,
  },
  {
    ...base,
    id: 'prj-bsj-2',
    name: '博实结二期物联网终端生产基地',
    enterprise: '深圳市博实结科技有限公司',
    industry: 'bigdata_iot',
    origin: 'shenzhen',
    investmentWan: 30_000,
    stage: 'land_acquired',
    approved: '2016-09-13',
    signed: '2016-11-08',
    agreedStart: '2018-09-30',
    annualOutputWan: 80_000,
  },
  {
    ...base,
    id: 'prj-belt-05',
    name: '瑞讯北斗高精度定位终端生产基地',
    enterprise: '深圳市瑞讯导航科技有限公司',
    industry: 'beidou',
    origin: 'shenzhen',
    investmentWan: 28_000,
    stage: 'under_construction',
    approved: '2016-06-14',
    signed: '2016-08-02',
    agreedStart: null,
    annualOutputWan: 60_000,
  },
  {
    ...base,
    id: 'prj-belt-06',
    name: '晶拓功率器件封装项目',
    enterprise: '深圳市晶拓微电子科技有限公司',
    industry: 'semiconductor',
    origin: 'shenzhen',
    investmentWan: 25_000,
    stage: 'under_construction',
    approved: '2016-07-19',
    signed: '2016-09-06',
    agreedStart: null,
    annualOutputWan: 55_000,
  },
  {
    ...base,
    id: 'prj-belt-07',
    name: '恒锐工业机器人研发及生产基地',
    enterprise: '惠州市恒锐智能科技有限公司',
    industry: 'ai',
    origin: 'local',
    investmentWan: 24_000,
    stage: 'under_construction',
    approved: '2016-08-23',
    signed: '2016-10-11',
    agreedStart: null,
    rdOriented: true,
    annualOutputWan: 45_000,
  },
  {
    ...base,
    id: 'prj-belt-08',
    name: '星联工业物联网平台及终端项目',
    enterprise: '深圳市星联物联网科技有限公司',
    industry: 'bigdata_iot',
    origin: 'shenzhen',
    investmentWan: 22_000,
    stage: 'land_acquired',
    approved: '2016-10-18',
    signed: '2016-12-06',
    agreedStart: '2017-11-30',
    annualOutputWan: 40_000,
  },
  {
    ...base,
    id: 'prj-belt-09',
    name: '宏川精密激光器件项目',
    enterprise: '深圳市宏川光电科技有限公司',
    industry: 'laser',
    origin: 'shenzhen',
    investmentWan: 21_000,
    stage: 'land_acquired',
    approved: '2017-02-21',
    signed: '2017-04-11',
    agreedStart: '2018-07-31',
    annualOutputWan: 42_000,
  },
  {
    ...base,
    id: 'prj-belt-10',
    name: '韩晟半导体材料项目',
    enterprise: '惠州韩晟半导体材料有限公司',
    industry: 'semiconductor',
    origin: 'korea',
    investmentWan: 20_000,
    stage: 'land_acquired',
    approved: '2017-03-14',
    signed: '2017-05-09',
    agreedStart: '2018-03-31',
    annualOutputWan: 38_000,
  },
  {
    ...base,
    id: 'prj-belt-11',
    name: '智图机器视觉检测设备项目',
    enterprise: '深圳市智图视觉科技有限公司',
    industry: 'ai',
    origin: 'shenzhen',
    investmentWan: 20_000,
    stage: 'land_acquired',
    approved: '2017-05-16',
    signed: '2017-07-04',
    agreedStart: '2018-12-31',
    rdOriented: true,
    annualOutputWan: 36_000,
  },
];

/** Named enterprises elsewhere in the zone (hold land outside the belt). */
export const NAMED_ELSEWHERE: readonly (ProjectSpec & { platformId: string })[] = [
  {
    ...base,
    id: 'prj-yinghe',
    name: '赢合科技锂电池自动化装备生产基地',
    enterprise: '深圳市赢合科技股份有限公司',
    industry: 'new_energy',
    origin: 'shenzhen',
    investmentWan: 35_000,
    stage: 'producing',
    platformId: 'chenjiang',
    approved: '2014-05-20',
    signed: '2014-07-15',
    agreedStart: null,
    parcels: 2,
    annualOutputWan: 150_000,
  },
  {
    ...base,
    id: 'prj-bsj-1',
    name: '博实结一期GPS/北斗追踪器生产基地',
    enterprise: '深圳市博实结科技有限公司',
    industry: 'bigdata_iot',
    origin: 'shenzhen',
    investmentWan: 12_000,
    stage: 'producing',
    platformId: 'chenjiang',
    approved: '2013-08-13',
    signed: '2013-10-22',
    agreedStart: null,
    parcels: 1,
    annualOutputWan: 40_000,
  },
];
