/**
 * `npm run restore -- <file>`: replaces the database at DB_PATH by the backup `<file>` after checking it
 * (integrity, foreign keys, schema version) — the server must be stopped (server/ops/restore.ts).
 */
import { readEnv } from '../env.ts';
import { restoreDatabase } from './restore.ts';

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file || process.argv.length > 3) throw new Error('usage: npm run restore -- <file>');
  const env = readEnv();
  const { restored: r, previous } = await restoreDatabase(file, env.DB_PATH);
  console.log(
    `restored ${file} → ${env.DB_PATH}: data version ${r.dataVersion}, schema ${r.schemaVersion}, ` +
      `${r.parcels} parcels, ${r.events} events, integrity ${r.integrity}`,
  );
  if (previous) console.log(`the database it replaced is kept as ${previous}`);
}

main().catch((e: unknown) => {
  console.error(`restore failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
