/**
 * Project indicators. Investment intensity (投资强度) is **fixed-asset** investment — buildings, equipment and the
 * land price (厂房、设备和地价款) — divided by the site area, per 工业项目建设用地控制指标 (国土资发〔2008〕24号);
 * shown in 万元/亩 and in 元/㎡ (Guangdong notices use 元/㎡). Total investment (incl. working capital) is not used.
 * The idle-land clock lives in `contract-clock/`.
 */
import { M2_PER_MU } from './units.ts';

/** Investment intensity in 万元/亩 (fixed-asset investment 万元 ÷ area 亩); null when the area is not positive. */
export function investmentIntensity(fixedInvestmentWan: number, areaMu: number): number | null {
  if (!(areaMu > 0) || !Number.isFinite(fixedInvestmentWan)) return null;
  return fixedInvestmentWan / areaMu;
}

/** The same intensity in 元/㎡: 万元/亩 × 10000 元/万元 ÷ 666.67 ㎡/亩 = × 15. */
export function intensityYuanPerM2(wanPerMu: number | null): number | null {
  return wanPerMu == null ? null : (wanPerMu * 10_000) / M2_PER_MU;
}
