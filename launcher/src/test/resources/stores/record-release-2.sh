#!/usr/bin/env bash
# Records the store file of release-2 (the code before the kernel's messages left org.fengqiao.cases.common, issue
# 14 part 6: commit 4d502b7) that RecordedStoreIT replays and verifies with the current code. Run once with that
# release's jar:
#   record-release-2.sh <fengqiao.jar> <output folder>
# It starts the jar on a fresh data folder and takes a petition and three disputes through the command families
# release 1 did not have (a typed petition, notices, supervision and urging, a plan with obligations, performance,
# follow-up and rework, typed meetings, judicial confirmation, dispatch with sign-for, return and contribution,
# links and a merge), stops it cleanly, and keeps events.db, readmodels.mv (compacted) and master.key (not
# deadlines.db: no deadline may fire when the test replays) and expected.json: each case's view as the release
# answered it. A command the release refuses is reported on stderr and skipped; expected.json holds what was recorded.
set -euo pipefail
JAR=$1; OUT=$2
DATA=$(mktemp -d); PORT=$(( 20000 + RANDOM % 20000 ))
java -jar "$JAR" --server.port=$PORT --fengqiao.data-dir="$DATA" >"$DATA/log.txt" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 300); do curl -sf "localhost:$PORT/actuator/health" >/dev/null && break; sleep 1; done
B="http://localhost:$PORT"; H='Content-Type: application/json'
post() {
  local reply status
  reply=$(curl -s -w '\n%{http_code}' -XPOST "$B$2" -H "$H" -u "$1:$1" -d "$3")
  status=${reply##*$'\n'}
  if [[ $status != 2* ]]; then echo "REFUSED $status POST $2: ${reply%$'\n'*}" >&2; return 0; fi
  echo "${reply%$'\n'*}"
}
id() { sed -E 's/.*"caseId":"([^"]+)".*/\1/'; }
# a business time after the case's previous one (times are checked to lie after it) and a due date ahead
now() { sleep 1; date -u +%FT%TZ; }
LATER=$(date -u -d '+20 days' +%Y-%m-%d)

P=$(post intake /api/petitions '{"channel":"VISIT","category":"PROPERTY","subject":"Lift out of order",
 "content":"The lift of building 5 stopped on Monday","gridCode":"SH-FL-G03","type":"APPEAL_OR_REQUEST",
 "respondents":["富力物业"],"petitioners":[{"name":"王芳","phone":"13800001111"}]}' | id)
post supervisor /api/petitions/$P/acceptance '{"accepted":true}'
post supervisor /api/petitions/$P/assignment '{"unit":"SH-FL-MEDIATION","officer":"li.mediator"}'
post officer /api/petitions/$P/notices '{"type":"ACCEPTANCE","method":"IN_PERSON","date":"'$(now)'","to":"王芳"}'
post supervisor /api/petitions/$P/supervision '{"text":"Weekly written progress until the lift runs","feedbackBy":"'$LATER'T16:00:00Z"}'
post officer /api/petitions/$P/supervision/ORDER-1/feedback '{"text":"The repair firm is contracted"}'
post supervisor /api/petitions/$P/urging '{"text":"The residents called again: report by Friday"}'
post officer /api/petitions/$P/agreement '{"terms":"Repair the lift","performBy":"'$LATER'","signatories":["王芳","富力物业"],
 "obligations":[{"text":"Repair the lift","obligor":"富力物业","dueBy":"'$LATER'"}]}'
post officer /api/petitions/$P/performance '{"term":1,"status":"PERFORMED","note":"Lift runs again"}'
post officer /api/petitions/$P/reply '{"opinion":"SUPPORT","text":"The lift is repaired","servedAt":"'$(now)'"}'
post officer /api/petitions/$P/closure '{"outcome":"RESOLVED","satisfaction":"SATISFIED"}'
post officer /api/petitions/$P/follow-ups '{"contacted":"王芳","method":"PHONE","satisfaction":"DISSATISFIED","performed":false,"note":"The lift stopped again"}'
post supervisor /api/petitions/$P/rework '{"reason":"the follow-up found the lift stopped again"}'

D1=$(post intake /api/disputes '{"source":"APPLICATION","category":"PROPERTY","subject":"Water leaking from the flat above",
 "content":"Owner of 6-2-301 reports a leak from 6-2-401","gridCode":"SH-FL-G03","mediation":"NON_PUBLIC",
 "parties":[{"name":"王芳","phone":"13800001111","role":"APPLICANT"},{"name":"富力物业","role":"RESPONDENT"}]}' | id)
post supervisor /api/disputes/$D1/assignment '{"unit":"SH-FL-MEDIATION","officer":"li.mediator"}'
post officer /api/disputes/$D1/meetings '{"type":"MEDIATION_SESSION","heldAt":"'$(now)'","participants":[{"name":"王芳","side":"PARTY"},
 {"name":"富力物业","side":"UNIT","unit":"SH-FL-PROPERTY"},{"name":"李调解","side":"MEDIATOR"}],"minutes":"Both sides agree to inspect the pipe"}'
post officer /api/disputes/$D1/agreement '{"terms":"The property company repairs the pipe","performBy":"'$LATER'","mediator":"李调解",
 "signatories":["王芳","富力物业","李调解"],"obligations":[{"text":"Repair the pipe","obligor":"富力物业","dueBy":"'$LATER'"}]}'
post officer /api/disputes/$D1/judicial-confirmation '{"court":"赛罕区人民法院","appliedAt":"'$(now)'"}'
post judge.officer /api/disputes/$D1/judicial-confirmation/decision '{"decision":"CONFIRMED","courtReference":"(2026)内0105民特123号","decidedAt":"'$(now)'"}'
post supervisor /api/disputes/$D1/performance/waiver '{"reason":"the court confirmed the agreement"}'

D2=$(post intake /api/disputes '{"source":"SCREENING","category":"CONSTRUCTION","subject":"Illegal structure on the roof",
 "content":"A shed built on the roof of building 7","gridCode":"SH-FL-G03",
 "parties":[{"name":"孙八","role":"APPLICANT"},{"name":"周九","role":"RESPONDENT"}]}' | id)
post supervisor /api/disputes/$D2/dispatch '{"leadUnit":"SHQ-ENFORCE","coUnits":["SHQ-POLICE-SH"],"instructions":"Remove the structure; police to keep the peace"}'
post officer /api/disputes/$D2/dispatch/sign '{"unit":"SHQ-POLICE-SH"}'
post officer /api/disputes/$D2/dispatch/return '{"unit":"SHQ-ENFORCE","reasonCode":"NOT_OUR_DUTY","text":"a housing-quality matter"}'
post supervisor /api/disputes/$D2/dispatch/return/decision '{"unit":"SHQ-ENFORCE","decision":"REFUSE","reason":"the roof is an enforcement matter"}'
post officer /api/disputes/$D2/dispatch/contribution '{"unit":"SHQ-POLICE-SH","text":"Patrol kept the peace"}'
post supervisor /api/disputes/$D2/links '{"targetKind":"DISPUTE","targetId":"'$D1'","reason":"the same building"}'

D3=$(post intake /api/disputes '{"source":"APPLICATION","category":"CONSTRUCTION","subject":"Shed on the roof of building 7",
 "content":"Registered again by the neighbour","gridCode":"SH-FL-G03",
 "parties":[{"name":"吴十","role":"APPLICANT"},{"name":"周九","role":"RESPONDENT"}]}' | id)
post supervisor /api/disputes/$D3/merge '{"primaryId":"'$D2'","reason":"the same shed, registered twice (重复件)"}'

mkdir -p "$OUT"
printf '{' > "$OUT/expected.json"; SEP=
for C in $P $D1 $D2 $D3; do
  for _ in $(seq 30); do V=$(curl -sf -u auditor:auditor "$B/api/cases/$C") && break; sleep 1; done
  printf '%s"%s":%s' "$SEP" "$C" "$V" >> "$OUT/expected.json"; SEP=,
done
printf '}\n' >> "$OUT/expected.json"
kill $PID; wait $PID || true
cp "$DATA/events.db" "$DATA/readmodels.mv" "$DATA/master.key" "$OUT/"
# the read models' file without its garbage (2 MB -> 70 kB), by the H2 the jar ships
unzip -o -q -j "$JAR" 'BOOT-INF/lib/h2-*.jar' -d "$DATA"
java -cp "$(ls "$DATA"/h2-*.jar)" org.h2.mvstore.MVStoreTool -compact "$OUT/readmodels.mv"
grep -c ' ERROR ' "$DATA/log.txt" || true
