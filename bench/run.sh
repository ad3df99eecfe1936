#!/usr/bin/env bash
# The load, crash and benchmark harness from a fresh clone: builds the service and the harness, then runs
#   bench/run.sh [load|crash|replay|aggregate-load|all] [--key=value ...]
# Prints the figures as a table and writes them as JSON under bench/target/results. Options: bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -DskipTests package
exec java -jar bench/target/fengqiao-bench.jar "$@"
