#!/usr/bin/env bash
# Set up marsad on a fresh machine: a virtualenv with the locked dependencies and the package.
# --test also installs what the test suite needs (test tools, Debian's chromium for the browser test).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
# pip here warns about every local index folder it was configured with and does not have; keep errors only.
quiet() { "$@" 2>&1 | { grep -v "is ignored: it is neither a file nor a directory" || true; }; }
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
quiet .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements.lock
quiet .venv/bin/python -m pip install -q --disable-pip-version-check --no-deps -e .
if [ -f web/package.json ]; then
  (cd web && { [ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error; } && npm run --silent build)
fi
if [ "${1:-}" = "--test" ]; then
  quiet .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements-test.lock
  if ! command -v chromium >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
      || echo "setup: could not install chromium; the browser test will fail in CI" >&2
  fi
fi
