-- The land balance's supply read from indexes instead of the parcels' rows: every column the supply rules read
-- (domain/land-balance/supply-groups.ts) for the parcels that can be supply (ready, listed, reserve; not
-- retired), so the grouped figures and the capped parcel lists scan an index alone
-- (server/db/queries/land-balance-supply.ts) — at a million parcels the rows carry their geometry and reading
-- them cost seconds. `parcels_supply` is in GROUP BY order (the figures); `parcels_supply_by_id` in id order,
-- so a list of the first N parcels by id stops after N matches instead of sorting every supply parcel.
CREATE INDEX parcels_supply ON parcels(state, platform_id, land_use, expected_ready_date, area_mu, id)
  WHERE retired_on IS NULL AND state IN ('ready', 'listed', 'reserve');
CREATE INDEX parcels_supply_by_id ON parcels(id, state, platform_id, land_use, expected_ready_date, area_mu)
  WHERE retired_on IS NULL AND state IN ('ready', 'listed', 'reserve');
