/**
 * GET /api/admin/backup — downloads a consistent online copy of the whole database (SQLite backup API,
 * verified with PRAGMA integrity_check) as `zhongkai-backup-<UTC time>.sqlite`, while the app keeps
 * serving and writing. It holds every record of the ledger: this route MUST be restricted to the `admin`
 * role once accounts exist (mount the admin guard in front of it); until then it is reachable by whoever
 * reaches the API, as every other route is.
 */
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Hono } from 'hono';
import { noQuery } from '../http/strict-query.ts';
import { backupToFile, scheduledBackupName } from '../ops/backup.ts';
import { contentDisposition } from '../reports/filename.ts';
import type { AppDeps } from './deps.ts';

export const adminBackupRoutes = ({ db, clock }: AppDeps) =>
  new Hono().get('/', noQuery, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zk-backup-'));
    const name = scheduledBackupName(clock()).replace(/^zhongkai-/, 'zhongkai-backup-');
    try {
      const r = await backupToFile(db, join(dir, name));
      const stream = createReadStream(r.file);
      // The temporary copy goes once the download ends or is abandoned.
      stream.on('close', () => rmSync(dir, { recursive: true, force: true }));
      return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
        headers: {
          'Content-Type': 'application/vnd.sqlite3',
          'Content-Disposition': contentDisposition(name, name),
          'Content-Length': String(r.bytes),
          'Cache-Control': 'no-store',
          'X-Data-Version': r.dataVersion ?? '',
        },
      });
    } catch (e) {
      rmSync(dir, { recursive: true, force: true });
      throw e;
    }
  });
