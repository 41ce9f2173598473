#!/usr/bin/env bash
# The whole test suite: types, lint, unit, API and browser tests. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-system-deps.sh
npx tsc --noEmit -p tsconfig.json
npx biome check .
npx vitest run
