/**
 * `npm run backup -- <file>`: an online, verified copy of the database at DB_PATH into `<file>` — safe while
 * the server is running and writing (SQLite backup API in one read transaction). Refuses to overwrite.
 */
import { existsSync } from 'node:fs';
import { openReadOnly } from '../db/snapshot.ts';
import { readEnv } from '../env.ts';
import { backupToFile } from './backup.ts';

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file || process.argv.length > 3) throw new Error('usage: npm run backup -- <file>');
  if (existsSync(file)) throw new Error(`${file} exists already; choose a new file name`);
  const env = readEnv();
  if (!existsSync(env.DB_PATH)) throw new Error(`DB_PATH: ${env.DB_PATH}: no such database`);
  const db = openReadOnly(env.DB_PATH);
  try {
    const r = await backupToFile(db, file, true);
    console.log(
      `backup ${r.file}: ${r.bytes} bytes, integrity ${r.integrity}, data version ${r.dataVersion}, ` +
        `schema ${r.schemaVersion}, ${r.parcels} parcels, ${r.events} events (${r.ms} ms)`,
    );
  } finally {
    db.close();
  }
}

main().catch((e: unknown) => {
  console.error(`backup failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
