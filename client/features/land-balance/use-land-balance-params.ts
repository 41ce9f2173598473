/** The land-balance request parameters from the UI state: filters (platform, industry), reference date, what-if. */
import { useMemo } from 'react';
import type { LandBalanceParams } from '../../api/land-balance.ts';
import { update, useAppState } from '../../state/app-store.ts';
import type { LandBalanceView } from '../../state/land-balance-url.ts';

/** Parameters of the land-balance endpoints for the current UI state (stable while it does not change). */
export function useLandBalanceParams(): LandBalanceParams {
  const platform = useAppState((s) => s.filters.platform);
  const industry = useAppState((s) => s.filters.industry);
  const refDate = useAppState((s) => s.refDate);
  const lb = useAppState((s) => s.landBalance);
  return useMemo(
    () => ({
      platform,
      industry,
      refDate,
      horizon: lb.horizon,
      includeReserve: lb.includeReserve,
      includeRedevelopment: lb.includeRedevelopment,
      slack: lb.slack,
      keepTarget: lb.keepTarget,
      policy: lb.policy,
    }),
    [
      platform,
      industry,
      refDate,
      lb.horizon,
      lb.includeReserve,
      lb.includeRedevelopment,
      lb.slack,
      lb.keepTarget,
      lb.policy,
    ],
  );
}

/** Changes part of the land-balance view state (mirrored into the URL). */
export const updateLandBalance = (patch: Partial<LandBalanceView>): void =>
  update((s) => ({ landBalance: { ...s.landBalance, ...patch } }));
