/**
 * Reports bench over the bundled sample (geodata/, seeded into a temporary database): one parcel dossier
 * (warm, 10 runs), then the dossiers of every 357-belt parcel in a row, the 357-belt platform report and
 * the belt's XLSX export. Prints median / p95 per document, totals and the size of the files.
 */

import { createApp } from '../../server/app.ts';
import { REAL_GEODATA, seededDb } from '../api/helpers/test-app.ts';

const percentile = (xs: readonly number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? Number.NaN;
};
const ms = (x: number) => `${x.toFixed(0)} ms`;

async function timed(app: ReturnType<typeof createApp>, url: string): Promise<{ t: number; bytes: number }> {
  const t0 = performance.now();
  const res = await app.request(url);
  const bytes = (await res.arrayBuffer()).byteLength;
  if (res.status !== 200) throw new Error(`${url} → ${res.status}`);
  return { t: performance.now() - t0, bytes };
}

export default async function reportsBench(): Promise<void> {
  const { db, cleanup } = seededDb(REAL_GEODATA);
  try {
    const app = createApp({ db, clock: () => new Date('2018-03-09T08:00:00Z') });
    const belt = db
      .prepare("SELECT id FROM parcels WHERE platform_id = 'belt-357' ORDER BY code")
      .pluck()
      .all() as string[];
    const first = belt[0];
    if (!first) throw new Error('no 357-belt parcels in geodata/');

    const cold = await timed(app, `/api/reports/parcels/${first}.pdf`);
    console.log(
      `dossier, first in process (reads the font files): ${ms(cold.t)}, ${(cold.bytes / 1024).toFixed(0)} KiB`,
    );
    const one: number[] = [];
    for (let i = 0; i < 10; i++) one.push((await timed(app, `/api/reports/parcels/${first}.pdf`)).t);
    console.log(
      `one dossier (warm, 10 runs): median ${ms(percentile(one, 50))}, p95 ${ms(percentile(one, 95))}`,
    );

    const each: number[] = [];
    let size = 0;
    const t0 = performance.now();
    for (const id of belt) {
      const r = await timed(app, `/api/reports/parcels/${id}.pdf`);
      each.push(r.t);
      size += r.bytes;
    }
    const total = performance.now() - t0;
    console.log(
      `all ${belt.length} 357-belt dossiers in a row: ${(total / 1000).toFixed(1)} s total, ` +
        `median ${ms(percentile(each, 50))}, p95 ${ms(percentile(each, 95))}, max ${ms(Math.max(...each))}, ` +
        `${(size / 1024 / 1024).toFixed(1)} MiB`,
    );

    const plat = await timed(app, '/api/reports/platforms/belt-357.pdf');
    console.log(`357-belt platform report: ${ms(plat.t)}, ${(plat.bytes / 1024).toFixed(0)} KiB`);
    const xlsx = await timed(app, '/api/exports/parcels.xlsx?platform=belt-357');
    console.log(
      `357-belt XLSX export (${belt.length} parcels): ${ms(xlsx.t)}, ${(xlsx.bytes / 1024).toFixed(0)} KiB`,
    );
  } finally {
    cleanup();
  }
}
