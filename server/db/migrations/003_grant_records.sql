-- Grant records and post-grant supervision (履约监管): the grant's mode, legal basis and term, its conditions,
-- the actual delivery, the proof of 动工 (国土资源部令第53号 第三十条), development progress, supply readiness,
-- 补充协议 and the steps of the idle-land procedure; fixed-asset investment and expansions on projects.
-- `grant_no` numbers the grants of a parcel (1 for the first; a reclaim starts the next): amendments and
-- procedure steps belong to one grant and stay in the history after a reclaim.

ALTER TABLE parcels ADD COLUMN grant_no INTEGER NOT NULL DEFAULT 1;
ALTER TABLE parcels ADD COLUMN grant_mode TEXT;          -- tender | auction | listing | agreement | allocation
ALTER TABLE parcels ADD COLUMN grant_legal_basis TEXT;   -- AGREEMENT_BASES, 协议 only
ALTER TABLE parcels ADD COLUMN grant_term_years INTEGER;
ALTER TABLE parcels ADD COLUMN grant_lease_first INTEGER NOT NULL DEFAULT 0;
ALTER TABLE parcels ADD COLUMN conditions TEXT;          -- JSON GrantConditions
ALTER TABLE parcels ADD COLUMN delivery_actual TEXT;     -- ISO date of the 交地确认书
ALTER TABLE parcels ADD COLUMN started_date TEXT;        -- 动工 per 第三十条
ALTER TABLE parcels ADD COLUMN started_evidence TEXT;    -- excavation_done | piles_done | foundation_third
ALTER TABLE parcels ADD COLUMN development TEXT;         -- JSON DevelopmentRecord
ALTER TABLE parcels ADD COLUMN readiness TEXT;           -- JSON ReadinessRecord

CREATE TABLE contract_amendments (
  id                INTEGER PRIMARY KEY,
  parcel_id         TEXT NOT NULL REFERENCES parcels(id),
  grant_no          INTEGER NOT NULL,
  date              TEXT NOT NULL,
  agreed_start      TEXT,
  agreed_completion TEXT,
  reason            TEXT NOT NULL,
  document_no       TEXT NOT NULL,
  note              TEXT NOT NULL DEFAULT '',
  who               TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX contract_amendments_parcel ON contract_amendments(parcel_id, grant_no, date);

CREATE TABLE compliance_steps (
  id           INTEGER PRIMARY KEY,
  parcel_id    TEXT NOT NULL REFERENCES parcels(id),
  grant_no     INTEGER NOT NULL,
  step         TEXT NOT NULL,  -- investigated | confirmed_idle | fee_levied | reclaimed
  date         TEXT NOT NULL,
  decision_no  TEXT,
  hearing_date TEXT,
  note         TEXT NOT NULL DEFAULT '',
  who          TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX compliance_steps_parcel ON compliance_steps(parcel_id, grant_no, date);

ALTER TABLE projects ADD COLUMN fixed_investment_wan REAL;
ALTER TABLE projects ADD COLUMN expansion_of TEXT;
