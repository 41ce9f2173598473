/**
 * The idle-land clock (domain/indicators.ts `idleLandStatus`) in the words the dossier prints — the same
 * wording as the parcel panel (client/i18n `idle.*`). Not-applicable parcels get no line at all.
 */

import { formatDate, formatMoneyWan } from '../../domain/format.ts';
import type { IdleLandResult } from '../../domain/indicators.ts';
import type { IdleSummary } from './models.ts';

const zh = 'zh-CN';
const RULE =
  '依《闲置土地处置办法》（2012）：超过约定开工日期满一年未动工，征收出让价款20%的土地闲置费；满两年可无偿收回。';

/** Dossier line of an idle-land result evaluated on `refDate`; null when the clock does not apply. */
export function idleSummary(r: IdleLandResult, refDate: string): IdleSummary | null {
  const at = `（参考日 ${formatDate(refDate, zh)}）`;
  const fee = formatMoneyWan(r.feeWan, zh);
  switch (r.status) {
    case 'not_applicable':
      return null;
    case 'started':
      return { labelZh: '已开工，不计闲置', detailZh: null, warning: false };
    case 'on_track':
      return { labelZh: `距约定开工 ${r.daysToStart} 天${at}`, detailZh: null, warning: false };
    case 'due_soon':
      return { labelZh: `即将到期：距约定开工 ${r.daysToStart} 天${at}`, detailZh: RULE, warning: true };
    case 'overdue':
      return {
        labelZh: `已逾期 ${r.daysOverdue} 天未动工${at}`,
        detailZh: `再过 ${r.daysUntilIdle} 天（${formatDate(r.idleDate, zh)}）满一年，将征收土地闲置费 ${fee}。`,
        warning: true,
      };
    case 'idle':
      return {
        labelZh: `闲置满一年（逾期 ${r.daysOverdue} 天）${at}`,
        detailZh: `应征收土地闲置费 ${fee}；再过 ${r.daysUntilReclaim} 天（${formatDate(r.reclaimDate, zh)}）可无偿收回。`,
        warning: true,
      };
    case 'reclaimable':
      return {
        labelZh: `闲置满两年（逾期 ${r.daysOverdue} 天）${at}`,
        detailZh: '可依法无偿收回国有建设用地使用权。',
        warning: true,
      };
  }
}
