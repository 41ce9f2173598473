/**
 * The land balance (土地供需平衡): supply, demand and shortfall for the chosen options. Land in 亩, floor
 * space in ㎡, dates ISO, quarters `YYYYQn`. Pure; parcels need no geometry here.
 */
import type { Parcel } from '../schemas.ts';
import { computeDemand, type Demand } from './demand.ts';
import { type LandBalanceInput, parseOptions } from './options.ts';
import { computeShortfall, type Shortfall } from './shortfall.ts';
import { computeSupply, type Supply } from './supply.ts';

/** Result of `computeLandBalance`. */
export interface LandBalance {
  supply: Supply;
  demand: Demand;
  shortfall: Shortfall;
}

/** Supply, demand and shortfall (per platform, industry, quarter and total) for `input.options`. */
export function computeLandBalance(input: LandBalanceInput<Parcel>): LandBalance {
  const o = parseOptions(input.options);
  const supply = computeSupply(input.parcels, input.redevelopment, o);
  const demand = computeDemand(input.projects, o);
  return { supply, demand, shortfall: computeShortfall(demand, supply, input.platforms) };
}
