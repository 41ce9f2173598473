import type { StateChangeStrings } from './i18n-zh.ts';

/** English strings of the state-change form (same keys as i18n-zh.ts, checked by the type). */
export const stateChangeEn: StateChangeStrings = {
  title: 'Change state',
  to: 'New state',
  date: 'Date of change',
  note: 'Note',
  notePlaceholder: 'e.g. listing notice number, handover record',
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
  error_version_conflict:
    'Could not save: someone else changed this parcel. Reload the parcel and try again.',
  error_transition_not_allowed:
    'Could not save: the parcel cannot move from its current state to the chosen one.',
  error_date_before_state_since: 'Could not save: the date is before the current state began.',
  error_date_in_future: 'Could not save: the date cannot be later than today.',
  error_contract_required:
    'Could not save: this state needs the date the land contract was signed, on or before the transfer date.',
  error_contract_not_applicable: 'Could not save: a land contract does not apply to this state.',
  error_not_found: 'Could not save: the parcel no longer exists.',
  error_invalid_input: 'Could not save: some fields are invalid; check them and try again.',
  none: 'No further state after this one',
};
