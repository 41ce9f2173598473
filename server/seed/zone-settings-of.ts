/**
 * The zone settings a seed writes: geodata/meta.json `zone` over the empty zone's defaults, the towns (when the
 * file names none) being those the platforms lie in, in order of first appearance.
 */
import { EMPTY_ZONE_SETTINGS, type ZoneSettings } from '../../domain/settings/zone-settings.ts';
import type { Dataset } from './dataset.ts';

/** Settings of a seeded zone. */
export function zoneSettingsOf(data: Pick<Dataset, 'meta' | 'platforms'>): ZoneSettings {
  const towns = [...new Set(data.platforms.flatMap((p) => p.towns))];
  return { ...EMPTY_ZONE_SETTINGS, towns, ...data.meta.zone } as ZoneSettings;
}
