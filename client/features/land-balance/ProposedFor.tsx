import './i18n.ts';
import { useTranslation } from 'react-i18next';
import { useLandBalanceMatches } from '../../api/land-balance.ts';
import { useAppState } from '../../state/app-store.ts';
import { LAND_BALANCE_TAB } from '../../state/land-balance-url.ts';
import { proposedFor } from './proposed-for.ts';
import { useLandBalanceParams } from './use-land-balance-params.ts';

/**
 * One line in the parcel panel: "拟配给 <project>（用地缺口测算）" when the current matching places a pipeline
 * project on this parcel. Asks for the matching only while the land-balance tab is open (else it shows what
 * was already computed), so opening a parcel elsewhere never starts a solve.
 */
export function ProposedFor({ parcelId }: { parcelId: string }) {
  const { t } = useTranslation();
  const open = useAppState((s) => s.tab === LAND_BALANCE_TAB);
  const m = useLandBalanceMatches(useLandBalanceParams(), open);
  const name = proposedFor(m.data, parcelId);
  if (!name) return null;
  return (
    <p className="lb-proposed-for" data-testid="parcel-proposed-for">
      {t('landBalance.proposed.panel', { project: name })}
    </p>
  );
}
