#!/usr/bin/env bash
# The whole test suite: types, lint, unit, API and browser tests, then the reliability suite on its own (real
# server processes under kill -9, races, fuzz, load and backups; its timing figures need a machine not busy
# with the other suites). Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-system-deps.sh
npx tsc --noEmit -p tsconfig.json
npx biome check .
npx vitest run --project unit --project api --project e2e
npx vitest run --project reliability
