import type { StateChangeStrings } from './i18n-zh.ts';

/** English strings of the state-change form (same keys as i18n-zh.ts, checked by the type). */
export const stateChangeEn: StateChangeStrings = {
  title: 'Change state',
  to: 'New state',
  date: 'Date of change',
  note: 'Note',
  notePlaceholder: 'e.g. listing notice number, handover record',
  who: 'Recorded by',
  whoPlaceholder: 'Name or office',
  contract: 'Land contract',
  signed: 'Signed',
  agreedDelivery: 'Agreed delivery',
  agreedStart: 'Agreed start',
  agreedCompletion: 'Agreed completion',
  landPrice: 'Land price (10k yuan)',
  contractHint: 'Moving to "Transferred" or later needs the date the land contract was signed',
  submit: 'Record change',
  saving: 'Saving…',
  saved: 'Recorded: {{state}} ({{date}})',
  failed: 'Could not save: {{message}}',
  reload: 'Reload the parcel',
  none: 'No further state after this one',
};
