-- 更正 of a land-state transition recorded by mistake (server/routes/transition-corrections.ts): the event stays
-- in the table (nothing is deleted) and names the audit row of the correction that voided it. Readers of the
-- ledger's state on a date skip voided events (a correction says the transition never happened).
ALTER TABLE land_events ADD COLUMN corrected_by INTEGER REFERENCES audit_log(id);
