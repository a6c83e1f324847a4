#!/usr/bin/env bash
# Smoke check: does the Prisma CLI work on this machine without network access?
#
# Usage: scripts/check-prisma-offline.sh [DATABASE_URL] [SCHEMA]
#   DATABASE_URL  a reachable PostgreSQL database (default: $DATABASE_URL)
#   SCHEMA        the Prisma schema to diff (default: prisma/schema.prisma)
#
# Runs `prisma --version`, `prisma generate`, `prisma migrate status` and
# `prisma migrate diff --from-empty --to-schema <schema> --script` from the
# project root, and exits non-zero if any of them fails or tries to download
# an engine. Without a native schema-engine, prisma.config.ts points the CLI at
# prisma/engine/schema-engine.cjs (the wasm stand-in).
# `migrate status` reporting migrations that are not applied yet is not
# a failure here (the tool worked); connection or engine errors are.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

if [ $# -ge 1 ] && [ -n "$1" ]; then export DATABASE_URL="$1"; fi
SCHEMA="${2:-prisma/schema.prisma}"
if [ -z "${DATABASE_URL:-}" ]; then
  echo "usage: $0 DATABASE_URL [SCHEMA]   (or set DATABASE_URL)" >&2
  exit 2
fi

PRISMA="$ROOT/node_modules/.bin/prisma"
if [ ! -x "$PRISMA" ]; then
  echo "FAIL: $PRISMA not found: run npm install (or npm ci) first" >&2
  exit 1
fi
export PRISMA_HIDE_UPDATE_MESSAGE=1 CHECKPOINT_DISABLE=1

OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
failures=0

# run NAME CMD... : runs the command, keeps its output, prints a verdict.
run() {
  local name="$1"; shift
  local log="$OUT/$name.log"
  local start=$SECONDS
  "$@" >"$log" 2>&1
  local rc=$?
  if grep -qiE 'binaries\.prisma\.sh|downloading .*engine|Could not find schema-engine binary' "$log"; then
    echo "FAIL  $name: tried to download or find a native engine ($((SECONDS - start))s)"
    sed 's/^/      /' "$log"
    failures=$((failures + 1))
    return 1
  fi
  LAST_RC=$rc
  LAST_LOG="$log"
  return 0
}

verdict() { # verdict NAME OK(0/1) SECONDS_START
  if [ "$2" -eq 0 ]; then
    echo "ok    $1 ($(( SECONDS - $3 ))s)"
  else
    echo "FAIL  $1 (exit $LAST_RC)"
    sed 's/^/      /' "$LAST_LOG"
    failures=$((failures + 1))
  fi
}

# 1. prisma --version: must name a schema engine (native or the stand-in)
t=$SECONDS
if run version "$PRISMA" --version; then
  ok=1
  if [ "$LAST_RC" -eq 0 ] && grep -q '^Schema Engine *: schema-engine-cli' "$LAST_LOG"; then ok=0; fi
  verdict "prisma --version" $ok $t
  grep '^Schema Engine' "$LAST_LOG" | sed 's/^/      /'
fi

# 2. prisma generate
t=$SECONDS
if run generate "$PRISMA" generate; then
  verdict "prisma generate" $([ "$LAST_RC" -eq 0 ] && echo 0 || echo 1) $t
fi

# 3. prisma migrate status (connects to the database, reads the migration table)
t=$SECONDS
if run status "$PRISMA" migrate status; then
  if [ "$LAST_RC" -eq 0 ]; then
    verdict "prisma migrate status" 0 $t
  elif grep -qE 'have not yet been applied|No migration found|not in sync|failed migration' "$LAST_LOG" \
       && ! grep -qE '^Error|P1[0-9]{3}' "$LAST_LOG"; then
    echo "ok    prisma migrate status ($(( SECONDS - t ))s; the database is not up to date with the migrations:)"
    grep -vE '^\s*$' "$LAST_LOG" | tail -n +4 | sed 's/^/      /'
  else
    verdict "prisma migrate status" 1 $t
  fi
fi

# 4. prisma migrate diff --from-empty --to-schema <schema> --script
t=$SECONDS
if run diff "$PRISMA" migrate diff --from-empty --to-schema "$SCHEMA" --script; then
  ok=1
  if [ "$LAST_RC" -eq 0 ] && grep -qE 'CREATE (TABLE|TYPE|SCHEMA)|This is an empty migration' "$LAST_LOG"; then ok=0; fi
  verdict "prisma migrate diff --from-empty --to-schema $SCHEMA --script" $ok $t
  [ $ok -eq 0 ] && echo "      $(grep -c 'CREATE TABLE' "$LAST_LOG") CREATE TABLE statements"
fi

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all prisma offline checks passed"
