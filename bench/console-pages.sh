#!/usr/bin/env bash
# The console's pages at scale (issue 17): starts the packaged launcher on a fresh data folder, seeds CASES disputes
# over the API (every 100th assigned to one unit's queue), then bench/console-pages.py signs in through the console's
# form login, times each page's GETs with the session cookie (RUNS runs of REQUESTS each: p50 and p95 per run and
# their medians) and holds 20 live board streams open while disputes are registered. Needs:
# ./mvnw -DskipTests package, and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
CASES=${CASES:-10000}; RUNS=${RUNS:-3}; REQUESTS=${REQUESTS:-100}; PORT=${PORT:-18282}
DATA=$(mktemp -d)
AXONIQ_UPDATE_CHECKER_DISABLED=true java -Xmx1g -jar "${JAR:-launcher/target/fengqiao.jar}" --server.port=$PORT \
  --fengqiao.data-dir="$DATA" "$@" > "$DATA/service.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do curl -sf localhost:$PORT/actuator/health >/dev/null && break; sleep 0.5; done
python3 bench/console-pages.py --base http://localhost:$PORT --cases "$CASES" --runs "$RUNS" --requests "$REQUESTS"
kill $PID; wait $PID 2>/dev/null || true
