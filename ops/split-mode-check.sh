#!/usr/bin/env bash
# Starts the split mode without Axon Server on this machine and checks that it works:
#   a private PostgreSQL cluster (the shared JDBC event store and case-number counters),
#   the embedded MongoDB as a process of its own (read models and tracking tokens),
#   two command-side instances (A, B) and one query-side instance (Q), each its own JVM in the jdbc profile.
# Then: a case created on A is acted on by B; concurrent notes on one case from A and B all succeed, each with its own
# version, none lost (optimistic locking + retry); concurrent intakes on A and B get distinct, consecutive case numbers;
# the query side shows every case at its last version; readiness and metrics are there; and docker/nginx/default.conf,
# pointed at A, B and Q, routes commands, reads and SSE streams to their sides.
# Two more command sides (C, D) keep their deadlines in the production deadline store, JobRunr on MongoDB (here the
# embedded MongoDB process), with the high-risk leader limit shortened to seconds: each deadline of concurrent
# intakes on C and D fires exactly once while both poll the store, and one scheduled on C fires on D after C is
# killed (counted in the PostgreSQL event store). Everything listens on 127.0.0.1 only, runs in a temporary folder and
# is stopped and removed at the end, also on failure or timeout.
#
#   ops/split-mode-check.sh            # uses the jars in */target, builds them first if missing
#   KEEP=1 ops/split-mode-check.sh     # keeps the temporary folder (logs, data) for inspection
#
# Needs Java 17, curl and PostgreSQL's server binaries; as root it installs what is missing (curl, PostgreSQL, nginx)
# from Debian packages. Without nginx (and not root) the entry point is not checked.
set -euo pipefail

TIMEOUT=${SPLIT_CHECK_TIMEOUT:-900}   # seconds for the whole check; then SIGTERM, which still cleans up
if [ -z "${SPLIT_CHECK_TIMED:-}" ]; then
  SPLIT_CHECK_TIMED=1 exec timeout -k 120 "$TIMEOUT" bash "$0" "$@"
fi

ROOT=$(cd "$(dirname "$0")/.." && pwd)
NOTES=${SPLIT_CHECK_NOTES:-20}        # concurrent notes on one case, half on each command side
INTAKES=${SPLIT_CHECK_INTAKES:-10}    # concurrent intakes, half on each command side
DEADLINES=${SPLIT_CHECK_DEADLINES:-6} # concurrent high-risk intakes on C and D, each with a deadline due in seconds
LEADER_WITHIN=${SPLIT_CHECK_LEADER_WITHIN:-20}   # seconds from a high-risk intake to its RISK_LEADER deadline
JVM_OPTS=(-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k)

START=$(date +%s)
WORK=$(mktemp -d /tmp/fengqiao-split.XXXXXX)
chmod 755 "$WORK"
declare -A PIDS=()
PG_BIN=""
PGDATA="$WORK/pg/data"

log() { printf '%s [%4ss] %s\n' "$(date +%T)" "$(( $(date +%s) - START ))" "$*"; }
fail() { log "FAILED: $*"; exit 1; }

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop_within() {   # stop_within <seconds> <name> <pid>: waits for a process sent SIGTERM, then kills it
  for _ in $(seq 1 $(( $1 * 2 ))); do kill -0 "$3" 2>/dev/null || return 0; sleep 0.5; done
  log "$2 did not stop within $1 s; killing it"
  kill -KILL "$3" 2>/dev/null || true
}

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  # the services first, while MongoDB is still there for them to release their token claims
  local name services=(command-a command-b command-c command-d query-q)
  for name in "${services[@]}"; do [ -z "${PIDS[$name]:-}" ] || kill -TERM "${PIDS[$name]}" 2>/dev/null || true; done
  for name in "${services[@]}"; do [ -z "${PIDS[$name]:-}" ] || stop_within 30 "$name" "${PIDS[$name]}"; done
  if [ -n "${PIDS[nginx]:-}" ]; then
    kill -TERM "${PIDS[nginx]}" 2>/dev/null || true
    stop_within 10 nginx "${PIDS[nginx]}"
  fi
  if [ -n "${PIDS[mongo]:-}" ]; then
    kill -TERM "${PIDS[mongo]}" 2>/dev/null || true
    stop_within 30 mongo "${PIDS[mongo]}"
  fi
  if [ -n "$PG_BIN" ] && [ -f "$PGDATA/postmaster.pid" ]; then
    as_postgres "$PG_BIN/pg_ctl" -D "$PGDATA" -m fast -w -t 30 stop >/dev/null 2>&1 || true
  fi
  if [ "$status" != 0 ]; then
    for f in "$WORK"/*.log; do
      [ -f "$f" ] || continue
      echo "----- last lines of $(basename "$f")"; tail -n 40 "$f"
    done
  fi
  if [ "${KEEP:-0}" = 1 ]; then log "kept $WORK"; else rm -rf "$WORK"; fi
  log "$([ "$status" = 0 ] && echo "split-mode check passed" || echo "split-mode check failed") in $(( $(date +%s) - START )) s"
  exit "$status"
}
trap cleanup EXIT
trap 'log "interrupted (or timed out after $TIMEOUT s)"; exit 130' INT TERM

free_port() {
  local port
  while :; do
    port=$(( 20000 + RANDOM % 40000 ))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

wait_until() {   # wait_until <seconds> <what> <command...>
  local seconds=$1 what=$2; shift 2
  local until=$(( $(date +%s) + seconds ))
  while ! "$@" >/dev/null 2>&1; do
    [ "$(date +%s)" -lt "$until" ] || fail "$what not reached within $seconds s"
    for name in "${!PIDS[@]}"; do kill -0 "${PIDS[$name]}" 2>/dev/null || fail "$name exited"; done
    sleep 0.5
  done
}

# ---- tools and jars
if ! command -v curl >/dev/null && [ "$(id -u)" = 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq curl >/dev/null
fi
command -v curl >/dev/null || fail "curl is required"
if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
  [ "$(id -u)" = 0 ] || fail "PostgreSQL is not installed and this is not root"
  log "installing PostgreSQL from Debian packages"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)

COMMAND_JAR=$(ls "$ROOT"/command-side/target/command-side-*-exec.jar 2>/dev/null | head -n 1 || true)
QUERY_JAR=$(ls "$ROOT"/query-side/target/query-side-*-exec.jar 2>/dev/null | head -n 1 || true)
LAUNCHER_JAR="$ROOT/launcher/target/fengqiao.jar"
if [ -z "$COMMAND_JAR" ] || [ -z "$QUERY_JAR" ] || [ ! -f "$LAUNCHER_JAR" ]; then
  log "building the jars"
  (cd "$ROOT" && ./mvnw -q -B -ntp -DskipTests package)
  COMMAND_JAR=$(ls "$ROOT"/command-side/target/command-side-*-exec.jar | head -n 1)
  QUERY_JAR=$(ls "$ROOT"/query-side/target/query-side-*-exec.jar | head -n 1)
fi
# copies, so that a build running meanwhile cannot replace a jar under a running JVM
mkdir -p "$WORK/jars"
cp "$COMMAND_JAR" "$WORK/jars/command-side.jar" && COMMAND_JAR="$WORK/jars/command-side.jar"
cp "$QUERY_JAR" "$WORK/jars/query-side.jar" && QUERY_JAR="$WORK/jars/query-side.jar"
cp "$LAUNCHER_JAR" "$WORK/jars/fengqiao.jar" && LAUNCHER_JAR="$WORK/jars/fengqiao.jar"

# ---- PostgreSQL: a private cluster on a loopback port
PG_PORT=$(free_port)
PG_PASSWORD="split-$RANDOM$RANDOM"
mkdir -p "$WORK/pg"
printf '%s\n' "$PG_PASSWORD" > "$WORK/pg/password"
[ "$(id -u)" = 0 ] && chown -R postgres "$WORK/pg"
log "PostgreSQL ($(basename "$(dirname "$PG_BIN")")) on 127.0.0.1:$PG_PORT"
as_postgres "$PG_BIN/initdb" -D "$PGDATA" -U fengqiao --pwfile="$WORK/pg/password" --auth-local=scram-sha-256 \
  --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 > "$WORK/initdb.log" 2>&1 || fail "initdb (see initdb.log)"
as_postgres "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$WORK/pg/postgres.log" -w -t 60 \
  -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $WORK/pg" start > "$WORK/pg_ctl.log" 2>&1 \
  || { cp "$WORK/pg/postgres.log" "$WORK/postgres.log" 2>/dev/null; fail "pg_ctl start"; }
PGPASSWORD="$PG_PASSWORD" "$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U fengqiao -d postgres \
  -c "CREATE DATABASE fengqiao" || fail "CREATE DATABASE"

# ---- the embedded MongoDB as a process of its own
MONGO_PORT=$(free_port)
log "embedded MongoDB on 127.0.0.1:$MONGO_PORT"
java -Xmx192m -XX:+UseSerialGC -cp "$LAUNCHER_JAR" -Dloader.main=org.fengqiao.launcher.embedded.StandaloneMongo \
  org.springframework.boot.loader.launch.PropertiesLauncher --port="$MONGO_PORT" --data="$WORK/mongo/readmodels.mv" \
  > "$WORK/mongo.log" 2>&1 &
PIDS[mongo]=$!
wait_until 60 "the embedded MongoDB" bash -c "exec 3<>/dev/tcp/127.0.0.1/$MONGO_PORT"

# ---- the services, each its own JVM in the jdbc profile
export AXONIQ_UPDATE_CHECKER_DISABLED=true
SERVICE_ENV=(SPRING_PROFILES_ACTIVE=jdbc
             SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/fengqiao"
             SPRING_DATASOURCE_USERNAME=fengqiao
             SPRING_DATASOURCE_PASSWORD="$PG_PASSWORD"
             SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE=5
             MONGODB_URI="mongodb://127.0.0.1:$MONGO_PORT/fengqiao"
             # one master key for every service: the command sides seal personal data, the query side opens it
             FENGQIAO_PERSONAL_DATA_MASTER_KEY="$(head -c 32 /dev/urandom | base64)"
             # one chain key for every service: the command sides hash each event with it, the query side verifies
             FENGQIAO_INTEGRITY_CHAIN_KEY="$(head -c 32 /dev/urandom | base64)"
             SERVER_ADDRESS=127.0.0.1
             # one account for the checks (the jdbc profile ships none); curl calls the API with it
             SPRING_APPLICATION_JSON='{"fengqiao":{"security":{"accounts":[{"name":"split-check","password":"{bcrypt}$2a$06$Xak5.wb94sFa7W11OtU/k.wa5CPYEeBksCel8lL069HThG6rVNB2m","roles":["INTAKE","OFFICER","SUPERVISOR","AUDITOR"]}]}}}')

start_service() {   # start_service <name> <jar> <port> [VARIABLE=value...]
  local name=$1 jar=$2 port=$3; shift 3
  env "${SERVICE_ENV[@]}" "$@" SERVER_PORT="$port" java "${JVM_OPTS[@]}" -jar "$jar" > "$WORK/$name.log" 2>&1 &
  PIDS[$name]=$!
}
ready() { curl -fsS -o /dev/null "http://127.0.0.1:$1/actuator/health/readiness"; }

A=$(free_port); B=$(free_port); C=$(free_port); D=$(free_port); Q=$(free_port)
# C and D: the production deadline store (JobRunr on MongoDB) beside the same event store, polled every 5 s
MONGO_DEADLINES=(FENGQIAO_DEADLINES_STORE=mongo FENGQIAO_DEADLINES_POLL_INTERVAL=5s
                 FENGQIAO_HIGH_RISK_LEADER_WITHIN="${LEADER_WITHIN}s")
# all at once, as an orchestrator would: the first to get the schema lock creates the tables, the others find them
log "command-side A on :$A, B on :$B, C on :$C and D on :$D (deadlines in MongoDB), query-side Q on :$Q"
start_service command-a "$COMMAND_JAR" "$A"
start_service command-b "$COMMAND_JAR" "$B"
start_service command-c "$COMMAND_JAR" "$C" "${MONGO_DEADLINES[@]}"
start_service command-d "$COMMAND_JAR" "$D" "${MONGO_DEADLINES[@]}"
start_service query-q "$QUERY_JAR" "$Q"
for side in "A $A" "B $B" "C $C" "D $D"; do
  wait_until 300 "readiness of command-side ${side% *}" ready "${side#* }"
done
wait_until 300 "readiness of query-side Q" ready "$Q"
log "all ready"

# ---- HTTP helpers: post <port> <path> <json> prints the body, a space and the status
post() {
  curl -u split-check:split-check -sS --max-time 90 -w ' %{http_code}' -X POST "http://127.0.0.1:$1$2" \
    -H 'Content-Type: application/json' -d "$3"
}
status_of() { echo "${1##* }"; }
field() { echo "$1" | grep -o "\"$2\":\"\?[^\",}]*" | head -n 1 | sed 's/.*:"\{0,1\}//'; }
dispute() {
  printf '{"source":"SCREENING","category":"PROPERTY","subject":"%s","gridCode":"SH-FL-G03",
           "parties":[{"name":"甲","role":"APPLICANT"},{"name":"乙","role":"RESPONDENT"}]}' "$1"
}

# 1. created on A, acted on by B
reply=$(post "$A" /api/disputes "$(dispute 'Split mode: created on A')")
[ "$(status_of "$reply")" = 201 ] || fail "intake on A answered $reply"
FIRST=$(field "$reply" caseId)
reply=$(post "$B" "/api/disputes/$FIRST/assignment" '{"unit":"SH-FL-MEDIATION","officer":"li.mediator"}')
[ "$(status_of "$reply")" = 200 ] && [ "$(field "$reply" version)" = 3 ] \
  || fail "assignment on B of the case created on A answered $reply"
log "created on A (received, handling limit set: version 2), assigned on B: version 3"

# 2. concurrent notes on one case from both instances: every one accepted, versions 3..N+2 each exactly once
reply=$(post "$A" /api/disputes "$(dispute 'Split mode: concurrent notes')")
[ "$(status_of "$reply")" = 201 ] || fail "intake answered $reply"
BUSY=$(field "$reply" caseId)
mkdir -p "$WORK/notes"
posts=()
for i in $(seq 1 "$NOTES"); do
  port=$([ $(( i % 2 )) = 0 ] && echo "$A" || echo "$B")
  post "$port" "/api/disputes/$BUSY/notes" "{\"text\":\"note $i\"}" > "$WORK/notes/$i" 2>&1 &
  posts+=($!)
done
wait "${posts[@]}" || true
versions=$(for f in "$WORK"/notes/*; do
  r=$(cat "$f"); [ "$(status_of "$r")" = 200 ] || fail "a concurrent note answered $r"; field "$r" version
done | sort -n | tr '\n' ' ')
expected=$(seq 3 $(( NOTES + 2 )) | tr '\n' ' ')
[ "$versions" = "$expected" ] || fail "versions of the concurrent notes: $versions; expected $expected"
reply=$(post "$B" "/api/disputes/$BUSY/notes" '{"text":"after the burst"}')
[ "$(field "$reply" version)" = $(( NOTES + 3 )) ] || fail "the note after the burst answered $reply"
log "$NOTES concurrent notes on one case from A and B: all accepted, versions 3..$(( NOTES + 2 )) once each, none lost"

# 3. concurrent intakes on both: distinct, consecutive case numbers from the PostgreSQL counter
mkdir -p "$WORK/intakes"
posts=()
for i in $(seq 1 "$INTAKES"); do
  port=$([ $(( i % 2 )) = 0 ] && echo "$A" || echo "$B")
  post "$port" /api/disputes "$(dispute "Split mode: intake $i")" > "$WORK/intakes/$i" 2>&1 &
  posts+=($!)
done
wait "${posts[@]}" || true
numbers=$(for f in "$WORK"/intakes/*; do
  r=$(cat "$f"); [ "$(status_of "$r")" = 201 ] || fail "a concurrent intake answered $r"; field "$r" caseNumber
done | sort)
[ "$(echo "$numbers" | sort -u | wc -l)" = "$INTAKES" ] || fail "case numbers were handed out twice: $numbers"
sequences=$(echo "$numbers" | sed 's/.*-0*//' | sort -n)
first=$(echo "$sequences" | head -n 1)
[ "$(echo "$sequences" | tr '\n' ' ')" = "$(seq "$first" $(( first + INTAKES - 1 )) | tr '\n' ' ')" ] \
  || fail "case numbers are not consecutive: $numbers"
log "$INTAKES concurrent intakes on A and B: case numbers $(echo "$numbers" | head -n 1) .. $(echo "$numbers" | tail -n 1), distinct and consecutive"

# 4. the query side shows both cases at their last version (projection from the shared event store)
view_at_port() {   # view_at_port <port> <caseId> <version>
  [ "$(field "$(curl -u split-check:split-check -fsS --max-time 10 "http://127.0.0.1:$1/api/cases/$2")" version)" = "$3" ]
}
view_at() { view_at_port "$Q" "$@"; }
wait_until 90 "the case view of the assigned case at version 3" view_at "$FIRST" 3
wait_until 90 "the case view of the busy case at version $(( NOTES + 3 ))" view_at "$BUSY" $(( NOTES + 3 ))
history=$(curl -u split-check:split-check -fsS "http://127.0.0.1:$Q/api/cases/$BUSY/history?size=100")
[ "$(field "$history" total)" = $(( NOTES + 3 )) ] || fail "the query side's history of the busy case: $history"
log "query-side Q shows both cases at their last version; its history of the busy case has $(( NOTES + 3 )) events"
# the busy case's events were hashed on A and on B, each with the chain key it was given; Q verifies them with its own
verification=$(curl -u split-check:split-check -fsS "http://127.0.0.1:$Q/api/cases/$BUSY/verification")
[ "$(field "$verification" valid)" = true ] && [ "$(field "$verification" keyedEvents)" = $(( NOTES + 3 )) ] \
  || fail "the query side's verification of the busy case (keyed on A and B): $verification"
log "query-side Q verifies the busy case's chain: $(( NOTES + 3 )) events keyed on A and B with the shared chain key"

# 5. operations: readiness, Prometheus, the retries that resolved the races
for port in "$A" "$B" "$Q"; do
  readiness=$(curl -fsS --max-time 10 "http://127.0.0.1:$port/actuator/health/readiness") \
    || fail "readiness on :$port is not UP"
  [[ "$readiness" == '{"status":"UP"'* ]] || fail "readiness on :$port: $readiness"
done
metrics() { curl -fsS --max-time 10 "http://127.0.0.1:$1/actuator/prometheus"; }
retries=0
for port in "$A" "$B"; do
  scraped=$(metrics "$port")
  grep -q '^fengqiao_commands_total{.*command="AddNote".*outcome="accepted"' <<< "$scraped" \
    || fail "no fengqiao_commands_total for accepted AddNote on :$port"
  n=$(awk '/^fengqiao_commands_conflict_retries_total/ {s += $2} END {print int(s)}' <<< "$scraped")
  retries=$(( retries + ${n:-0} ))
done
scraped=$(metrics "$Q")
grep -q '^fengqiao_projection_lag_events{.*processorName="case-views"' <<< "$scraped" \
  || fail "no projection lag metric for case-views on the query side"
log "readiness UP on A, B and Q; Prometheus metrics present; $retries conflict retries resolved the races"

# 6. the entry point: docker/nginx/default.conf, its upstreams pointed at A, B and Q, routes each request to its side
if ! command -v nginx >/dev/null && [ "$(id -u)" = 0 ]; then
  log "installing nginx from Debian packages"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null 2>&1 \
    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null; } || true
fi
if command -v nginx >/dev/null; then
  P=$(free_port)
  mkdir -p "$WORK/nginx/tmp" && chmod 777 "$WORK/nginx/tmp"
  sed -e "s/command-side-1:8081/127.0.0.1:$A/; s/command-side-2:8081/127.0.0.1:$B/" \
      -e "s/query-side-1:8082/127.0.0.1:$Q/; s/query-side-2:8082/127.0.0.1:$Q/" \
      -e "s/listen 80;/listen 127.0.0.1:$P;/" "$ROOT/docker/nginx/default.conf" > "$WORK/nginx/default.conf"
  cat > "$WORK/nginx/nginx.conf" <<NGINX
daemon off;
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx.log warn;
events { worker_connections 256; }
http {
    access_log off;
    client_body_temp_path $WORK/nginx/tmp/body;
    proxy_temp_path $WORK/nginx/tmp/proxy;
    fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
    uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
    scgi_temp_path $WORK/nginx/tmp/scgi;
    include $WORK/nginx/default.conf;
}
NGINX
  nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" >> "$WORK/nginx.log" 2>&1 &
  PIDS[nginx]=$!
  wait_until 20 "nginx" bash -c "exec 3<>/dev/tcp/127.0.0.1/$P"
  reply=$(post "$P" /api/disputes "$(dispute 'Split mode: through the entry point')")
  [ "$(status_of "$reply")" = 201 ] || fail "POST through the entry point answered $reply"
  VIA=$(field "$reply" caseId)
  wait_until 60 "GET of the new case through the entry point" view_at_port "$P" "$VIA" 2
  tree=$(curl -u split-check:split-check -fsS --max-time 10 "http://127.0.0.1:$P/api/jurisdictions") \
    || fail "GET /api/jurisdictions through the entry point (command side)"
  grep -q 'SH-FL-G03' <<< "$tree" || fail "GET /api/jurisdictions through the entry point answered $tree"
  stream=$(curl -u split-check:split-check -sS -N --max-time 3 -H 'Accept: text/event-stream' "http://127.0.0.1:$P/api/cases/$VIA/stream" || true)
  grep -q '^data:' <<< "$stream" || fail "no Server-Sent Event through the entry point within 3 s: $stream"
  # the console through the entry point: its sign-in page, a form login (session cookie and CSRF token), the case list
  JAR="$WORK/console-cookies"
  login=$(curl -sS -c "$JAR" -b "$JAR" --max-time 10 "http://127.0.0.1:$P/ui/login") || fail "GET /ui/login through the entry point"
  token=$(grep -o 'name="_csrf" value="[^"]*"' <<< "$login" | sed 's/.*value="//; s/"$//')
  [ -n "$token" ] || fail "the console's sign-in page through the entry point has no form: $login"
  signed=$(curl -sS -c "$JAR" -b "$JAR" --max-time 10 -o /dev/null -w '%{http_code} %{redirect_url}' \
    --data-urlencode "username=split-check" --data-urlencode "password=split-check" --data-urlencode "_csrf=$token" \
    "http://127.0.0.1:$P/ui/login")
  [[ "$signed" == "302 "*"/ui" ]] || fail "console sign-in through the entry point answered $signed"
  NUMBER=$(field "$(curl -u split-check:split-check -fsS --max-time 10 "http://127.0.0.1:$P/api/cases/$VIA")" caseNumber)
  page=$(curl -sS -b "$JAR" --max-time 10 "http://127.0.0.1:$P/ui/cases") || fail "GET /ui/cases through the entry point"
  grep -q "$NUMBER" <<< "$page" || fail "the console's case list through the entry point does not show $NUMBER"
  status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "http://127.0.0.1:$P/actuator/health")
  [ "$status" = 404 ] || fail "the entry point exposes /actuator (answered $status)"
  log "entry point (nginx $(nginx -v 2>&1 | sed 's/.*\///')): POST to the command side, GET and SSE to the query side, /api/jurisdictions to the command side, the console (sign-in, case list) to the query side"
else
  log "nginx not available: the entry point's routing was not checked"
fi

# 7. the production deadline store: JobRunr on MongoDB (the embedded MongoDB process), shared by C and D
for name in command-c command-d; do
  grep -q 'Deadlines: JobRunr on MongoDBStorageProvider' "$WORK/$name.log" \
    || fail "$name does not keep its deadlines in MongoDB"
done
high_risk() {
  printf '{"source":"SCREENING","category":"PROPERTY","subject":"%s","gridCode":"SH-FL-G03","riskLevel":"HIGH",
           "riskReason":"Threats between the parties","policeInformed":true,
           "parties":[{"name":"甲","role":"APPLICANT"},{"name":"乙","role":"RESPONDENT"}]}' "$1"
}
missed() {   # missed <caseId>: how many DeadlineMissed the event store holds for the case
  [[ "$1" =~ ^[A-Za-z0-9-]+$ ]] || fail "not a case id: $1"
  PGPASSWORD="$PG_PASSWORD" "$PG_BIN/psql" -qtAX -h 127.0.0.1 -p "$PG_PORT" -U fengqiao -d fengqiao -c \
    "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = '$1' AND payloadtype LIKE '%.DeadlineMissed'"
}
has_fired() { [ "$(missed "$1")" -ge 1 ]; }

# concurrent high-risk intakes on C and D, each with a RISK_LEADER deadline due LEADER_WITHIN seconds later
mkdir -p "$WORK/deadlines"
posts=()
scheduled=$(date +%s)
for i in $(seq 1 "$DEADLINES"); do
  port=$([ $(( i % 2 )) = 0 ] && echo "$C" || echo "$D")
  post "$port" /api/disputes "$(high_risk "Split mode: deadline $i")" > "$WORK/deadlines/$i" 2>&1 &
  posts+=($!)
done
wait "${posts[@]}" || true
DUE=()
for f in "$WORK"/deadlines/*; do
  r=$(cat "$f"); [ "$(status_of "$r")" = 201 ] || fail "a high-risk intake answered $r"
  DUE+=("$(field "$r" caseId)")
done
for id in "${DUE[@]}"; do
  wait_until $(( LEADER_WITHIN + 90 )) "the RISK_LEADER deadline of $id firing" has_fired "$id"
done
log "$DEADLINES deadlines scheduled on C and D in MongoDB, due ${LEADER_WITHIN} s after their intakes, fired within $(( $(date +%s) - scheduled )) s"

# one scheduled on C, then C killed: D takes it over once C misses its heartbeats
reply=$(post "$C" /api/disputes "$(high_risk 'Split mode: deadline handed over')")
[ "$(status_of "$reply")" = 201 ] || fail "the high-risk intake on C answered $reply"
HANDED=$(field "$reply" caseId)
disown "${PIDS[command-c]}" 2>/dev/null || true   # no "Killed" notice from the shell
kill -KILL "${PIDS[command-c]}"
unset 'PIDS[command-c]'
scheduled=$(date +%s)
wait_until $(( LEADER_WITHIN + 120 )) "the deadline scheduled on C firing on D" has_fired "$HANDED"
log "a deadline scheduled on C fired on D $(( $(date +%s) - scheduled )) s after C was killed (SIGKILL)"

# exactly once each, also after two more polls of the store
sleep 11
for id in "${DUE[@]}" "$HANDED"; do
  n=$(missed "$id")
  [ "$n" = 1 ] || fail "the RISK_LEADER deadline of $id fired $n times"
done
log "each of the $(( DEADLINES + 1 )) deadlines is in the event store exactly once (DeadlineMissed of RISK_LEADER)"
