#!/usr/bin/env bash
# Intake throughput on the embedded default: starts the packaged launcher on a fresh data folder, drives
# POST /api/disputes with wrk (32 connections, 2 threads) for RUNS runs of SECONDS each, prints creates/s per run
# and the median, then the data folder's bytes per stored event. Needs: ./mvnw -DskipTests package, and wrk.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}; SECONDS_PER_RUN=${SECONDS_PER_RUN:-10}; PORT=${PORT:-18181}
DATA=$(mktemp -d)
AXONIQ_UPDATE_CHECKER_DISABLED=true java -Xmx1g -jar launcher/target/fengqiao.jar --server.port=$PORT \
  --fengqiao.data-dir="$DATA" "$@" > "$DATA/service.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf localhost:$PORT/actuator/health >/dev/null && break; sleep 0.5; done
wrk -t2 -c32 -d3s -s bench/create-dispute.lua http://localhost:$PORT/api/disputes >/dev/null   # warm-up
rates=()
for i in $(seq 1 "$RUNS"); do
  rate=$(wrk -t2 -c32 -d${SECONDS_PER_RUN}s -s bench/create-dispute.lua http://localhost:$PORT/api/disputes \
    | awk '/Requests\/sec/ {print $2}')
  echo "run $i: $rate creates/s"
  rates+=("$rate")
done
printf '%s\n' "${rates[@]}" | sort -n | awk '{a[NR]=$1} END {print "median: " a[int((NR+1)/2)] " creates/s"}'
kill $PID; wait $PID 2>/dev/null || true
events=$(python3 -c "import sqlite3; c=sqlite3.connect('$DATA/events.db'); print(c.execute('select count(*) from DomainEventEntry').fetchone()[0])")
bytes=$(du -cb "$DATA"/events.db* | tail -1 | cut -f1)
echo "events: $events, event store bytes: $bytes, bytes/event: $((bytes / events))"
