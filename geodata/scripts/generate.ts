/**
 * `npm run geodata [-- <outDir>]`: writes the bundled sample dataset (default: geodata/ next to this script).
 * Deterministic — the same bytes on every run (seeded PRNG, no clock, stable key order, 6-decimal coordinates).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateGeodata } from './build.ts';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = resolve(process.argv[2] ?? join(here, '..'));
mkdirSync(outDir, { recursive: true });
const files = generateGeodata();
for (const [name, content] of Object.entries(files)) {
  writeFileSync(join(outDir, name), content);
  console.log(`${name.padEnd(24)} ${(content.length / 1024).toFixed(0).padStart(6)} KiB`);
}
console.log(`written to ${outDir}`);
