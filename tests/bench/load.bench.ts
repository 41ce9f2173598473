/**
 * `npm run bench load`: the full bounded load run — 20 connections × 10 s on each of parcels bbox, parcel
 * detail and the cached matching, against the real server process on loopback (bundled sample data).
 */
import { copyOf, scratchDir, seedTemplate } from '../reliability/helpers/databases.ts';
import { formatFigures, type LoadFigures, loadRun, loadTargets } from '../reliability/helpers/load.ts';
import { startServerProcess } from '../reliability/helpers/server-process.ts';
import { cyclableParcels } from '../reliability/helpers/writes.ts';

const CONNECTIONS = 20;
const SECONDS = 10;

export default async function bench(): Promise<void> {
  const scratch = scratchDir('zk-bench-load-');
  const template = await seedTemplate(scratch.dir);
  const server = await startServerProcess({ DB_PATH: copyOf(template.path, scratch.dir, 'load.sqlite') });
  try {
    await fetch(`${server.url}/api/land-balance/matches`);
    const [parcelId] = await cyclableParcels(server.url);
    const figures: LoadFigures[] = [];
    for (const target of loadTargets(parcelId!))
      figures.push(await loadRun(server.url, target, CONNECTIONS, SECONDS));
    console.log(formatFigures(figures, CONNECTIONS, SECONDS));
  } finally {
    await server.stop('SIGTERM');
    scratch.cleanup();
  }
}
