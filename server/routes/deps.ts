/** What every route needs: the database and the request-independent settings. */
import type { Database } from 'better-sqlite3';
import type { AuthSettings } from '../auth/settings.ts';
import type { DatasetInfo } from '../db/queries/meta.ts';
import type { ImportLimits } from '../import/import-limits.ts';
import type { JobPool } from '../jobs/pool.ts';

/** The settings and database every reader needs (also rebuilt inside worker threads). */
export type ReadDeps = {
  db: Database;
  /** Wall clock (injectable for tests). */
  clock: () => Date;
  /** ISO date deadlines are measured against (REFERENCE_DATE, default the dataset's as-of date). */
  referenceDate: string;
  dataset: DatasetInfo;
  tiandituKey: string | null;
};

/** What every route gets: ReadDeps plus the request-side settings and the worker pool (server/jobs/pool.ts). */
export type AppDeps = ReadDeps & {
  /** Accounts, sessions and sign-in throttling. */
  auth: AuthSettings;
  /** Host names requests may address (ALLOWED_HOSTS). */
  allowedHosts: readonly string[];
  /** Worker pool for PDFs, exports and matching. */
  jobs: JobPool;
  /** Limits of an uploaded import (IMPORT_MAX_*). */
  importLimits: ImportLimits;
};
