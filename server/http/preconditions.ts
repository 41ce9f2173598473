/**
 * Optimistic concurrency of writes, the HTTP way (domain/edit-concurrency.ts): GET answers of an editable record
 * carry `ETag: "<version>"`; a write must send it back as `If-Match`. Called inside the write's transaction, after
 * reading the record, so the version checked is the one the write applies to.
 */
import type { Database } from 'better-sqlite3';
import type { Context } from 'hono';
import { checkIfMatch, etagOf } from '../../domain/edit-concurrency.ts';
import { changesSince } from '../db/queries/audit.ts';
import { InvalidInputError, PreconditionFailedError, PreconditionRequiredError } from '../errors.ts';

/** Audit entity types of the editable records. */
export type EditableEntity = 'parcel' | 'project' | 'redevelopment';

/**
 * Throws 428 when `If-Match` is absent (or `*`), 400 when it is not a list of entity tags, and 412 — with the
 * current version and the writes since the client's version — when it does not name `version`.
 */
export function requireIfMatch(
  c: Context,
  db: Database,
  entity: EditableEntity,
  id: string,
  version: number,
): void {
  const header = c.req.header('If-Match');
  const result = checkIfMatch(header, version);
  if (result === 'match') return;
  if (result === 'missing') throw new PreconditionRequiredError(entity, id);
  if (result === 'malformed') {
    throw new InvalidInputError(
      'If-Match',
      'If-Match must be an entity tag such as "3" / If-Match 应为 ETag，如 "3"',
    );
  }
  const sent = /"(\d+)"/.exec(header ?? '');
  const since = sent ? Number(sent[1]) : 0;
  throw new PreconditionFailedError(entity, id, {
    version,
    etag: etagOf(version),
    changes: changesSince(db, entity, id, since),
  });
}

/** 412 (as for a stale If-Match) when a version sent in a body (a merge's `versions`) is not the current one. */
export function requireVersion(
  db: Database,
  entity: EditableEntity,
  id: string,
  sent: number,
  version: number,
): void {
  if (sent === version) return;
  throw new PreconditionFailedError(entity, id, {
    version,
    etag: etagOf(version),
    changes: changesSince(db, entity, id, sent),
  });
}

/**
 * Sets the ETag of a record answered at `version`. `no-transform` keeps the answer uncompressed (a compressing
 * middleware or proxy would weaken the tag to `W/"…"`, which If-Match never matches — RFC 9110 §8.8.1), so a
 * client may send the header it read straight back; `no-cache` makes caches revalidate a record before reuse.
 */
export function setEtag(c: Context, version: number): void {
  c.header('ETag', etagOf(version));
  c.header('Cache-Control', 'no-cache, no-transform');
}
