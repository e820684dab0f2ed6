#!/usr/bin/env bash
# Runs every test of the solution and ends with one line: "tests: N passed, N failed".
# Installs what the tests need when it is missing (Debian packages, as root: PostgreSQL, feedparser,
# Chromium for the browser tests, Node.js; npm's s3rver for the S3 media store; libvips comes inside
# the NetVips.Native package) and starts a private
# PostgreSQL and an S3-protocol server on spare ports; stops both again on exit.
set -uo pipefail
cd "$(dirname "$0")"

log() { printf '== %s\n' "$*"; }

need_packages=()
command -v dotnet >/dev/null || { echo "dotnet SDK 10 is required (https://dot.net)"; exit 2; }
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_packages+=(postgresql)
/usr/bin/python3 -c "import feedparser" >/dev/null 2>&1 || need_packages+=(python3-feedparser)
[ -x /usr/bin/chromium ] || need_packages+=(chromium)
command -v npm >/dev/null || need_packages+=(npm)
if [ ${#need_packages[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing ${need_packages[*]}"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_packages[@]}" >/dev/null
  else
    echo "missing packages: ${need_packages[*]} (install them, or run as root to let test.sh do it)"
  fi
fi

# The browser tests drive Debian's Chromium (/usr/bin/chromium); Playwright never downloads a browser.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

# A throwaway PostgreSQL cluster for this run.
PG_DIR=$(mktemp -d /tmp/campaignsite-pg.XXXXXX)
PG_PORT=${CAMPAIGNSITE_TEST_PG_PORT:-55432}
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop_pg() { [ -n "${PG_BIN:-}" ] && as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1; rm -rf "$PG_DIR"; }
S3_PID=""
stop_servers() { stop_pg; [ -n "$S3_PID" ] && kill "$S3_PID" 2>/dev/null; rm -rf "${S3_DIR:-}"; }
trap stop_servers EXIT
if [ -n "$PG_BIN" ]; then
  [ "$(id -u)" = 0 ] && chown postgres "$PG_DIR"
  if as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 &&
     as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" -w start >/dev/null; then
    export CAMPAIGNSITE_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
    log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on port $PG_PORT"
  else
    echo "PostgreSQL could not start:"; cat "$PG_DIR/initdb.log" "$PG_DIR/server.log" 2>/dev/null | tail -n 20
  fi
fi

# npm tools, installed once into a cache folder: s3rver (an S3-protocol server for the S3 media store
# tests) and axe-core (the accessibility rules the browser tests run on the public pages).
TEST_TOOLS=${CAMPAIGNSITE_TEST_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/campaignsite-test-tools}
S3RVER="$TEST_TOOLS/node_modules/s3rver/bin/s3rver.js"
AXE="$TEST_TOOLS/node_modules/axe-core/axe.min.js"
npm_tools=()
[ -f "$S3RVER" ] || npm_tools+=(s3rver@3.7.1)
[ -f "$AXE" ] || npm_tools+=(axe-core@4.14.1)
if [ ${#npm_tools[@]} -gt 0 ] && command -v npm >/dev/null; then
  log "installing ${npm_tools[*]}"
  mkdir -p "$TEST_TOOLS" && (cd "$TEST_TOOLS" && { [ -f package.json ] || npm init -y >/dev/null; } && npm install --no-audit --no-fund "${npm_tools[@]}" >/dev/null 2>&1)
fi
[ -f "$AXE" ] && export CAMPAIGNSITE_TEST_AXE="$AXE"
spare_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
if [ -f "$S3RVER" ]; then
  S3_DIR=$(mktemp -d /tmp/campaignsite-s3.XXXXXX)
  S3_PORT=$(spare_port)
  node "$S3RVER" -d "$S3_DIR" -p "$S3_PORT" -a 127.0.0.1 --configure-bucket media --silent >"$S3_DIR.log" 2>&1 &
  S3_PID=$!
  for _ in $(seq 1 50); do python3 -c "import socket; socket.create_connection(('127.0.0.1', $S3_PORT), 0.2)" 2>/dev/null && break; sleep 0.2; done
  export CAMPAIGNSITE_TEST_S3="http://127.0.0.1:$S3_PORT" CAMPAIGNSITE_TEST_S3RVER="$S3RVER"
  log "s3rver on port $S3_PORT"
else
  echo "s3rver could not be installed (npm missing?): the S3 media store tests will fail and say why"
fi

log "building"
build_log=$(mktemp)
dotnet build CampaignSite.sln -c Release -nologo >"$build_log" 2>&1
build_status=$?
grep -E " error |Build succeeded|Time Elapsed" "$build_log" | sed 's/ \[.*//' | sort -u | head -n 40
rm -f "$build_log"
if [ "$build_status" != 0 ]; then echo "tests: 0 passed, 1 failed"; exit 1; fi

passed=0; failed=0; status=0
for project in tests/*/*.csproj; do
  log "testing $(basename "$project" .csproj)"
  out=$(mktemp)
  dotnet test "$project" -c Release --no-build --nologo 2>&1 | tee "$out" | grep -E "^\s+(Failed|Error Message)|Passed!|Failed!|error" | head -n 80
  [ "${PIPESTATUS[0]}" = 0 ] || status=1
  p=$(grep -Eo "Passed: +[0-9]+" "$out" | awk '{s+=$2} END {print s+0}')
  f=$(grep -Eo "Failed: +[0-9]+" "$out" | awk '{s+=$2} END {print s+0}')
  if [ "$p" = 0 ] && [ "$f" = 0 ]; then f=1; status=1; echo "no test result from $project"; fi
  passed=$((passed + p)); failed=$((failed + f))
  rm -f "$out"
done

echo "tests: $passed passed, $failed failed"
[ "$failed" = 0 ] && [ "$status" = 0 ]
