/**
 * Errors the HTTP layer knows how to answer. Routes and queries throw these; only `app.onError` turns them
 * into `{ error: { code, message, field? } }` responses.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Body of every error response (a 412 adds `current`: the record's version now and who changed it since). */
export type ErrorBody = {
  error: { code: string; message: string; field?: string };
  current?: StaleDetail;
};

/** What a 412 tells the client about the record it holds a stale copy of. */
export type StaleDetail = {
  version: number;
  etag: string;
  /** The writes after the client's version, oldest first: when, who, what. */
  changes: { at: string; who: string; action: string; version: number | null }[];
};

/** An error with an HTTP status and a stable machine-readable code. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The JSON body sent to the client. */
  toBody(): ErrorBody {
    return {
      error: { code: this.code, message: this.message, ...(this.field ? { field: this.field } : {}) },
    };
  }
}

/** 400: a query parameter, path parameter or body field failed validation; `field` names it. */
export class InvalidInputError extends ApiError {
  constructor(field: string, message: string) {
    super(400, 'invalid_input', message, field);
    this.name = 'InvalidInputError';
  }
}

/** 404: the addressed resource does not exist. */
export class NotFoundError extends ApiError {
  constructor(resource: string, id: string) {
    super(404, 'not_found', `${resource} not found: ${id}`);
    this.name = 'NotFoundError';
  }
}

/** 422: the input is well-formed but contradicts itself or the data (e.g. minAreaMu > maxAreaMu). */
export class UnprocessableError extends ApiError {
  constructor(message: string, field?: string) {
    super(422, 'unprocessable', message, field);
    this.name = 'UnprocessableError';
  }
}

/** 409: the client's copy is stale (optimistic concurrency: `version` differs from the stored one). */
export class VersionConflictError extends ApiError {
  constructor(resource: string, id: string, expected: number, actual: number) {
    super(
      409,
      'version_conflict',
      `${resource} ${id} has changed since it was loaded (version ${expected}, now ${actual}); reload it and try again. ` +
        `数据已被他人修改，请刷新后重试。`,
      'version',
    );
    this.name = 'VersionConflictError';
  }
}

/** 422 with a specific code: a well-formed request that a business rule refuses (e.g. `transition_not_allowed`). */
export class RuleError extends ApiError {
  constructor(code: string, message: string, field?: string) {
    super(422, code, message, field);
    this.name = 'RuleError';
  }
}

/** 413: the request body is larger than the endpoint accepts. */
export class PayloadTooLargeError extends ApiError {
  constructor(maxBytes: number) {
    super(413, 'payload_too_large', `request body larger than ${maxBytes} bytes`);
    this.name = 'PayloadTooLargeError';
  }
}

/** 415: the request body is not in the media type the endpoint reads. */
export class UnsupportedMediaTypeError extends ApiError {
  constructor(expected: string, got: string | undefined) {
    super(415, 'unsupported_media_type', `expected Content-Type: ${expected}, got ${got ?? 'none'}`);
    this.name = 'UnsupportedMediaTypeError';
  }
}

/** 401: the request needs a signed-in account (none, or the session ended). */
export class SignInRequiredError extends ApiError {
  constructor(message = '请先登录 / sign in first') {
    super(401, 'sign_in_required', message);
    this.name = 'SignInRequiredError';
  }
}

/** 403: the signed-in account (or the request's origin) may not do this; `code` says why. */
export class ForbiddenError extends ApiError {
  constructor(code: string, message: string) {
    super(403, code, message);
    this.name = 'ForbiddenError';
  }
}

/** 421: the request's Host is not one this server answers for (DNS rebinding defence). */
export class HostNotAllowedError extends ApiError {
  constructor(host: string) {
    super(421, 'host_not_allowed', `host not allowed: ${host.slice(0, 100)} (see ALLOWED_HOSTS)`);
    this.name = 'HostNotAllowedError';
  }
}

/** 429: too many attempts; `retryAfterS` seconds until the next one is accepted. */
export class TooManyAttemptsError extends ApiError {
  constructor(
    readonly retryAfterS: number,
    message: string,
  ) {
    super(429, 'too_many_attempts', message);
    this.name = 'TooManyAttemptsError';
  }
}

/** 409: a unique name is already taken (e.g. a login name). */
export class ConflictError extends ApiError {
  constructor(code: string, message: string, field?: string) {
    super(409, code, message, field);
    this.name = 'ConflictError';
  }
}

/** 429: the server is at its limit for this kind of work; retry after `retryAfterSec` seconds. */
export class TooManyRequestsError extends ApiError {
  constructor(
    message: string,
    readonly retryAfterSec: number,
  ) {
    super(429, 'too_many_requests', message);
    this.name = 'TooManyRequestsError';
  }
}

/** 503: the service cannot answer now (a job ran out of time, the server is starting or stopping). */
export class ServiceUnavailableError extends ApiError {
  constructor(
    code: string,
    message: string,
    readonly retryAfterSec?: number,
  ) {
    super(503, code, message);
    this.name = 'ServiceUnavailableError';
  }
}

/**
 * 499 (nginx's "client closed request"): the client went away before the answer was ready; the work was
 * cancelled. Nobody reads the response; the request log shows it.
 */
export class ClientClosedError extends ApiError {
  constructor() {
    super(499 as ContentfulStatusCode, 'client_closed_request', 'the client closed the connection');
    this.name = 'ClientClosedError';
  }
}

/** 428: a write to an editable record without `If-Match` (RFC 6585 §3); `*` counts as missing. */
export class PreconditionRequiredError extends ApiError {
  constructor(resource: string, id: string) {
    super(
      428,
      'precondition_required',
      `请携带 If-Match（读取时的 ETag）后再修改 ${resource} ${id} / send If-Match with the ETag you read ${resource} ${id} with`,
      'If-Match',
    );
    this.name = 'PreconditionRequiredError';
  }
}

/** 412: `If-Match` names another version than the current one (RFC 9110 §13.1.1); the body says who changed it. */
export class PreconditionFailedError extends ApiError {
  constructor(
    resource: string,
    id: string,
    readonly current: StaleDetail,
  ) {
    const names = [...new Set(current.changes.map((c) => c.who))].join('、');
    super(
      412,
      'stale',
      `${resource} ${id} 已被${names || '他人'}修改（当前版本 ${current.version}），请刷新后重试。 ` +
        `${resource} ${id} has changed since you read it (now version ${current.version}${names ? `, by ${names}` : ''}); reload and try again.`,
      'If-Match',
    );
    this.name = 'PreconditionFailedError';
  }

  override toBody(): ErrorBody {
    return { ...super.toBody(), current: this.current };
  }
}
