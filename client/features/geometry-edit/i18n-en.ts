import type { GeomStrings } from './i18n-zh.ts';

/** English strings of parcel geometry editing (split, merge); same keys as i18n-zh.ts, checked by the type. */
export const geomEn: GeomStrings = {
  title: 'Parcel geometry',
  split: 'Split',
  splitHint:
    'Draw a line across the parcel on the map: click each vertex, click the last one again (or press Enter) to finish. Both ends must lie outside the parcel.',
  cancel: 'Cancel',
  redraw: 'Redraw',
  previewing: 'Computing the split…',
  previewTitle: 'Split preview (not saved yet)',
  parentArea: 'Parcel {{code}}: {{area}}',
  partsTotal: 'New parcels together: {{area}}',
  rules: 'What carries over',
  confirm: 'Confirm split',
  committing: 'Saving…',
  refused: 'Cannot split: {{message}}',
  stale:
    '{{who}} changed this parcel (now version {{version}}); the split was not saved. Reload and draw again.',
  someone: 'someone else',
  failed: 'Not saved: {{message}}',
  done: 'Split: parcel {{code}} is retired (its history is kept); new parcels:',
  editDate: 'Effective date',
  editNote: 'Note',
  editNotePlaceholder: 'E.g. approval number, reason (recorded in the new parcels’ first history event)',
  projectPartsTitle: 'Project links',
  projectPartsRule:
    'Rule: by default every new parcel keeps every project of the parcel (a split takes no land from its holder); if a project only takes one part, choose it below — each project keeps at least one part. The preview updates to your choice before you confirm.',
  projectPartsAll: 'All new parcels (default)',
  projectPartsOnly: 'Only {{code}}',
  mergeAdd: 'Add to merge',
  mergeListed: 'In the merge list',
  mergeTitle: 'Merge list',
  mergeHint:
    'Gather adjacent parcels (same platform, land state and land use): open each and add it to the list.',
  mergeRemove: 'Remove',
  mergeClear: 'Clear',
  mergePreview: 'Preview merge',
  mergePreviewTitle: 'Merge preview (not saved yet)',
  mergeParentsTotal: 'Parcels merged together: {{area}}',
  mergeConfirm: 'Confirm merge',
  mergeRefused: 'Cannot merge: {{message}}',
  mergeStale:
    '{{who}} changed a listed parcel (now version {{version}}); the merge was not saved. Open that parcel again and re-add it.',
  mergeDone: 'Merged: the old parcels are retired (their history is kept); new parcel:',
  reshape: 'Edit boundary',
  reshapeHint:
    'Drag the parcel’s corners on the map; click an edge’s midpoint to add a corner, right-click a corner to delete it. Areas are recomputed geodesically.',
  reshapeMulti: 'This parcel has several parts; only parcels with a single outer ring can be edited for now.',
  reshapeArea: 'Area now: {{area}}',
  reshapeNew: 'New area: {{area}} (change {{delta}})',
  reshapeSave: 'Save',
  reshapeChecking: 'Checking…',
  reshapeRefused: 'Cannot save: {{message}}',
  reshapeStale:
    '{{who}} changed this parcel (now version {{version}}); the boundary was not saved. Reopen it and edit again.',
  reshapeDone: 'Boundary saved: {{area}}.',
  newParcel: 'New parcel',
  newParcelTitle: 'New parcel (drawn)',
  newParcelHint:
    'Draw the parcel’s outline on the map: click each corner, click the first one again (or press Enter) to close it. It must lie inside one platform and overlap no other parcel.',
  newParcelPlatform: 'Platform',
  newParcelCode: 'Parcel code',
  newParcelLandUse: 'Land use',
  newParcelState: 'Opening supply state',
  newParcelStateRule:
    'A new parcel opens as planned, reserve or ready; listed, transferred and later states are recorded as state changes (announcement, contract, handover).',
  newParcelPlotRatio: 'Max. plot ratio',
  newParcelArea: 'Area (geodesic): {{area}}',
  newParcelSave: 'Save parcel',
  newParcelRefused: 'Cannot save: {{message}}',
  newParcelDone: 'Parcel {{code}} added: {{area}}.',
};
