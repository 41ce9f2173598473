/**
 * A refused state change, in the UI's language: the server's error code picks a message of our own (its own
 * text is bilingual and technical); anything else (network, an unknown code) shows the server's message.
 */
import { ApiError } from '../../../api/client.ts';

/** API error codes with a message of their own (i18n `stateChange.error_<code>`). */
const KNOWN_ERRORS = [
  'version_conflict',
  'transition_not_allowed',
  'date_before_state_since',
  'date_in_future',
  'contract_required',
  'contract_not_applicable',
  'not_found',
  'invalid_input',
] as const;
export type KnownError = (typeof KNOWN_ERRORS)[number];

const isKnownError = (code: string): code is KnownError => (KNOWN_ERRORS as readonly string[]).includes(code);

/** The i18n key (and its values) of the message for `error`. */
export type TransitionErrorMessage =
  | { key: `stateChange.error_${KnownError}` }
  | { key: 'stateChange.failed'; message: string };

/** The message to show for a failed state change. */
export function transitionErrorMessage(error: Error): TransitionErrorMessage {
  if (error instanceof ApiError && isKnownError(error.code))
    return { key: `stateChange.error_${error.code}` };
  return { key: 'stateChange.failed', message: error.message };
}

/** True when the parcel changed under the form (409): reloading it is the way forward. */
export const needsReload = (error: Error): boolean =>
  error instanceof ApiError && error.code === 'version_conflict';
