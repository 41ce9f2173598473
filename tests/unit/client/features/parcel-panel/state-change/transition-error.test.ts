import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../../../client/api/client.ts';
import {
  needsReload,
  transitionErrorMessage,
} from '../../../../../../client/features/parcel-panel/state-change/transition-error.ts';

describe('transitionErrorMessage', () => {
  it('maps each known API code to its own message key', () => {
    expect(transitionErrorMessage(new ApiError(409, 'version_conflict', 'Version 3 is stale'))).toEqual({
      key: 'stateChange.error_version_conflict',
    });
    expect(transitionErrorMessage(new ApiError(422, 'date_in_future', '…'))).toEqual({
      key: 'stateChange.error_date_in_future',
    });
    expect(transitionErrorMessage(new ApiError(400, 'invalid_input', '…'))).toEqual({
      key: 'stateChange.error_invalid_input',
    });
  });

  it("shows the server's message for an unknown code and for network errors", () => {
    expect(transitionErrorMessage(new ApiError(502, 'http_502', 'Bad Gateway'))).toEqual({
      key: 'stateChange.failed',
      message: 'Bad Gateway',
    });
    expect(transitionErrorMessage(new TypeError('Failed to fetch'))).toEqual({
      key: 'stateChange.failed',
      message: 'Failed to fetch',
    });
  });

  it('offers a reload only after a version conflict', () => {
    expect(needsReload(new ApiError(409, 'version_conflict', ''))).toBe(true);
    expect(needsReload(new ApiError(422, 'transition_not_allowed', ''))).toBe(false);
    expect(needsReload(new Error('version_conflict'))).toBe(false);
  });
});
