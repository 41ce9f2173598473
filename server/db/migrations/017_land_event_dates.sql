-- The time slider's range (GET /api/changes/span, server/db/queries/change-timelines.ts) is the first and last
-- date of the ledger's standing events. Without an index on the date, SQLite read every event (one or more per
-- parcel): 83 ms at 1,000,000 parcels on each start-up of the app, on the server's one thread. With this index
-- (standing events only, as the query asks) the first and the last date are one index step each.
CREATE INDEX land_events_standing_date ON land_events(date) WHERE corrected_by IS NULL;
