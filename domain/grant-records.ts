/**
 * A parcel's grant records beyond the 出让合同 dates: the grant (mode, basis, term), its conditions, the actual
 * delivery, the proof of 动工, development progress, the supply readiness of unsupplied land, the 补充协议 and
 * the steps of the idle-land procedure. The geodata files carry them per parcel (all optional, so older files stay
 * valid); the database keeps them in their own columns and tables.
 */
import { z } from 'zod';
import { Amendment, ComplianceStep, DevelopmentRecord, StartRecord } from './contract-clock/records.ts';
import { Grant } from './grant.ts';
import { GrantConditions } from './grant-conditions.ts';
import { IsoDate } from './schemas.ts';
import { ReadinessRecord } from './supply-readiness.ts';

/** Everything recorded about a parcel's grant and its supervision. */
export const GrantRecords = z.object({
  grant: Grant.nullable(),
  conditions: GrantConditions.nullable(),
  /** 实际交地日期 (交地确认书), ISO, or null. */
  deliveryActual: IsoDate.nullable(),
  started: StartRecord.nullable(),
  development: DevelopmentRecord.nullable(),
  readiness: ReadinessRecord.nullable(),
  amendments: z.array(Amendment),
  complianceSteps: z.array(ComplianceStep),
});
export type GrantRecords = z.infer<typeof GrantRecords>;

/** No records (a parcel never granted, or one from a file without them). */
export const NO_GRANT_RECORDS: GrantRecords = {
  grant: null,
  conditions: null,
  deliveryActual: null,
  started: null,
  development: null,
  readiness: null,
  amendments: [],
  complianceSteps: [],
};
