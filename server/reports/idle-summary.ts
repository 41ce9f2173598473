/**
 * The contract clock (domain/contract-clock) in the words the dossier prints — the same statuses as the parcel
 * panel. Not-applicable parcels get no line at all. A delay the government caused is said so, without a fee;
 * the fee is "exposure" until the 征缴 decision and "owed" after it.
 */

import { formatDate, formatMoneyWan } from '../../domain/format.ts';
import type { ParcelSupervision } from '../../domain/parcel-supervision.ts';
import type { IdleSummary } from './models.ts';

const zh = 'zh-CN';
/** The idle-land rule in one sentence, with its source. */
export const IDLE_RULE_ZH =
  '依《闲置土地处置办法》（国土资源部令第53号）：超过约定开工日期满一年未动工，经认定后征缴出让价款20%的土地闲置费；满两年可依法无偿收回。';

/** The money clause: owed under a decision, or exposure. */
function money(s: ParcelSupervision): string {
  const c = s.compliance;
  if (c.owedWan > 0)
    return `已征缴土地闲置费 ${formatMoneyWan(c.owedWan, zh)}（决定书 ${c.decisions.fee ?? '—'}）`;
  return `闲置费风险 ${formatMoneyWan(c.exposureWan, zh)}（认定并作出征缴决定前不计为应缴）`;
}

/** Dossier line of a parcel's contract clock evaluated on `refDate`; null when the clock does not apply. */
export function idleSummary(s: ParcelSupervision, refDate: string): IdleSummary | null {
  const r = s.idle;
  const at = `（参考日 ${formatDate(refDate, zh)}）`;
  switch (r.status) {
    case 'not_applicable':
      return null;
    case 'started':
      return { labelZh: '已动工，不计闲置', detailZh: null, warning: false };
    case 'government_delay':
      return {
        labelZh: `交地逾期（政府原因）${s.delivery.overdueDays} 天${at}`,
        detailZh:
          '政府未按约定交地，属《闲置土地处置办法》第八条情形，不计闲置、不征闲置费；开工期限自实际交地起顺延。',
        warning: true,
      };
    case 'partial_idle':
      return {
        labelZh: `部分开发后中止满一年${at}`,
        detailZh: `已开发面积不足三分之一或投资不足25%且中止满一年，属第二条闲置情形；${money(s)}。`,
        warning: true,
      };
    case 'on_track':
      return { labelZh: `距约定开工 ${r.daysToStart} 天${at}`, detailZh: null, warning: false };
    case 'due_soon':
      return {
        labelZh: `即将到期：距约定开工 ${r.daysToStart} 天${at}`,
        detailZh: IDLE_RULE_ZH,
        warning: true,
      };
    case 'overdue':
      return {
        labelZh: `已逾期 ${r.daysOverdue} 天未动工${at}`,
        detailZh: `再过 ${r.daysUntilIdle} 天（${formatDate(r.idleDate, zh)}）满一年，可能被认定为闲置土地（闲置费 ${formatMoneyWan(r.feeWan, zh)}）。`,
        warning: true,
      };
    case 'idle':
      return {
        labelZh: `疑似闲置：满一年未动工（逾期 ${r.daysOverdue} 天）${at}`,
        detailZh: `${money(s)}；再过 ${r.daysUntilReclaim} 天（${formatDate(r.reclaimDate, zh)}）满两年。`,
        warning: true,
      };
    case 'reclaimable':
      return {
        labelZh: `满两年未动工（逾期 ${r.daysOverdue} 天）${at}`,
        detailZh: `经认定、告知听证并作出收回决定后可无偿收回；${money(s)}。`,
        warning: true,
      };
  }
}
