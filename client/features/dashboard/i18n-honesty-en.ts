import type { RefHonestyStrings } from './i18n-honesty-zh.ts';

/** English strings of the reference-date honesty marks and the filter chip (same keys as the Chinese file). */
export const refHonestyEn: RefHonestyStrings = {
  projected: 'Projected',
  projectedTitle:
    'The reference date {{ref}} is after the data’s as-of date {{asOf}}: later changes are not recorded, so figures that move with the date are projected from the data as it stands',
  movesWithDate: 'Moves with the reference date',
  movesWithDateTitle: 'Counted for the reference date’s year, up to the reference date',
  fixedAtData: 'As the data stands; does not move with the date',
  fixedAtDataTitle:
    'Counted from each record’s current state (data as of {{asOf}}); the reference date does not change it',
  filterActive: 'Map filtered: {{summary}}',
  filterClear: 'Clear filter',
  area: '{{min}}–{{max}} mu',
};
