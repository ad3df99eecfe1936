#!/usr/bin/env bash
# The console's pages at scale (issue 17): starts the packaged launcher on a fresh data folder, seeds CASES disputes
# over the API (every 100th assigned to one unit's queue), then bench/console-pages.py signs in through the console's
# form login, times each page's GETs with the session cookie (RUNS runs of REQUESTS each: p50 and p95 per run and
# their medians) and holds 20 live board streams open while disputes are registered. SEEDED: see below. Needs:
# ./mvnw -DskipTests package, and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
CASES=${CASES:-10000}; RUNS=${RUNS:-3}; REQUESTS=${REQUESTS:-100}; PORT=${PORT:-18282}
DATA=$(mktemp -d)
echo "data folder: $DATA"
# SEEDED=<a previous run's data folder>: start from a copy of it instead of seeding, so that the jars compared read
# the same cases (and a run takes minutes less)
SKIP=
if [ -n "${SEEDED:-}" ]; then cp -a "$SEEDED"/. "$DATA"/; rm -f "$DATA/service.log"; SKIP=--skip-seed; fi
AXONIQ_UPDATE_CHECKER_DISABLED=true java -Xmx1g -jar "${JAR:-launcher/target/fengqiao.jar}" --server.port=$PORT \
  --fengqiao.data-dir="$DATA" "$@" > "$DATA/service.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do curl -sf localhost:$PORT/actuator/health >/dev/null && break; sleep 0.5; done
python3 bench/console-pages.py --base http://localhost:$PORT --cases "$CASES" --runs "$RUNS" --requests "$REQUESTS" $SKIP
kill $PID; wait $PID 2>/dev/null || true
