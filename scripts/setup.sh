#!/usr/bin/env bash
# Prepares a checkout to run: pnpm (the pinned version), dependencies from the lockfile, and a build.
# Used by `npm start` and `npm test`; quiet when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
want=$(node -p 'require("./package.json").packageManager.split("@")[1]')
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version)" != "$want" ]; then
  echo "setup: installing pnpm $want" >&2
  npm install -g "pnpm@$want" >/dev/null 2>&1 || { echo "setup: could not install pnpm $want with npm" >&2; exit 1; }
fi
pnpm install --frozen-lockfile --reporter=silent >&2
pnpm --silent build >&2
