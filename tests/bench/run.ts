/**
 * Runs every `tests/bench/*.bench.ts` default export in sequence: `npm run bench [filter]`, where the optional
 * filter keeps files whose name contains it. Benchmarks print their own figures.
 */
import { readdirSync } from 'node:fs';
import { closeSharedJobPool } from '../../server/jobs/shared-pool.ts';

const filter = process.argv[2] ?? '';
const dir = new URL('.', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort();
if (files.length === 0) console.error(`no benchmark matches "${filter}"`);
for (const f of files) {
  console.log(`\n== ${f}`);
  const mod: { default?: () => Promise<void> } = await import(new URL(f, dir).href);
  if (typeof mod.default !== 'function') throw new Error(`${f} has no default export`);
  await mod.default();
}
// Benches that went through createApp started the shared worker pool; its threads would keep the process alive.
await closeSharedJobPool();
