/**
 * Errors the HTTP layer knows how to answer. Routes and queries throw these; only `app.onError` turns them
 * into `{ error: { code, message, field? } }` responses.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Body of every error response. */
export type ErrorBody = { error: { code: string; message: string; field?: string } };

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
