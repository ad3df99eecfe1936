#!/usr/bin/env bash
# Records the store file of release-1 (the code before the second wave's refactoring, commit 8eb9fa6) that
# RecordedStoreIT replays and verifies with the current code. Run once with that release's jar:
#   record-release-1.sh <fengqiao.jar> <output folder>
# It starts the jar on a fresh data folder, takes a petition and three disputes through most commands (intake,
# acceptance, assignment, meetings, agreement, reply, review, risk, leader, check-in, extension, hearing, objection,
# escalation, notes, attachment, confidentiality, restriction, erasure, dossier export, closure), stops it cleanly,
# and keeps events.db, readmodels.mv and master.key (not deadlines.db: no deadline may fire when the test replays),
# and expected.json: each case's view as the release answered it.
set -euo pipefail
JAR=$1; OUT=$2
DATA=$(mktemp -d); PORT=$(( 20000 + RANDOM % 20000 ))
java -jar "$JAR" --server.port=$PORT --fengqiao.data-dir="$DATA" >"$DATA/log.txt" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 300); do curl -sf "localhost:$PORT/actuator/health" >/dev/null && break; sleep 1; done
B="http://localhost:$PORT"; H='Content-Type: application/json'
post() { curl -sf -XPOST "$B$2" -H "$H" -u "$1:$1" -d "$3"; }
id() { sed -E 's/.*"caseId":"([^"]+)".*/\1/'; }

P=$(post intake /api/petitions '{"channel":"VISIT","category":"CONSTRUCTION","subject":"Courtyards demolished",
 "content":"Owners of phase 6 ask for their courtyards to be rebuilt","gridCode":"SH-FL-G05",
 "petitioners":[{"name":"赵六","phone":"13900001111","idNumber":"110101199001011234","address":"6-1-101"},{"name":"钱七","phone":"13900002222"}]}' | id)
post supervisor /api/petitions/$P/acceptance '{"accepted":true}'
post supervisor /api/petitions/$P/assignment '{"unit":"SH-FL-MEDIATION","officer":"li.mediator"}'
post officer /api/petitions/$P/meetings '{"type":"JOINT_MEETING","heldAt":"2026-11-20T02:00:00Z","participants":["赵六","富力物业","李调解"],"minutes":"The developer agrees to survey the courtyards"}'
post officer /api/petitions/$P/notes '{"text":"Called 赵六 about the survey date"}'
post officer /api/petitions/$P/attachments '{"name":"survey.pdf","mediaType":"application/pdf","size":1024,"sha256":"'"$(printf survey | sha256sum | cut -c1-64)"'"}'
post supervisor /api/petitions/$P/deadline-extension '{"limit":"HANDLING","days":10,"reason":"Survey needs the bureau","approver":"wang.head"}'
post officer /api/petitions/$P/hearing/start '{}' || post officer /api/petitions/$P/hearing/start '{"reason":"hearing"}'
post officer /api/petitions/$P/hearing/end '{}' || true
post officer /api/petitions/$P/reply '{"opinion":"SUPPORT","text":"The courtyards are rebuilt by the developer","servedAt":"2026-11-25T02:00:00Z"}'
post officer /api/petitions/$P/closure '{"outcome":"RESOLVED","satisfaction":"SATISFIED"}'
post intake /api/petitions/$P/review '{"reason":"The plan was not kept"}' || true

D1=$(post intake /api/disputes '{"source":"APPLICATION","category":"PROPERTY","subject":"Water leaking from the flat above",
 "content":"Owner of 6-2-301 reports a leak from 6-2-401","gridCode":"SH-FL-G03",
 "parties":[{"name":"王芳","phone":"13800001111","role":"APPLICANT"},{"name":"富力物业","role":"RESPONDENT"}]}' | id)
post supervisor /api/disputes/$D1/assignment '{"unit":"SH-FL-MEDIATION","officer":"li.mediator"}'
post officer /api/disputes/$D1/meetings '{"type":"MEDIATION_SESSION","heldAt":"2026-11-30T02:00:00Z","participants":["王芳","富力物业","李调解"],"minutes":"Both sides agree to inspect the pipe"}'
post officer /api/disputes/$D1/agreement '{"terms":"The property company repairs the pipe and pays 800 yuan","performBy":"2026-12-31","mediator":"李调解","signatories":["王芳","富力物业","李调解"]}'
post officer /api/disputes/$D1/closure '{"outcome":"RESOLVED","satisfaction":"SATISFIED"}'
curl -sf -u auditor:auditor "$B/api/cases/$D1/dossier?minVersion=7" >/dev/null || echo "dossier failed"
post admin /api/cases/$D1/data-subjects/2/erasure '{"reason":"PIPL Art. 47: the purpose is achieved"}'

D2=$(post intake /api/disputes '{"source":"SCREENING","category":"NEIGHBOUR","subject":"Noise at night","content":"Drums after 22:00",
 "gridCode":"SH-GY-G02","riskLevel":"HIGH","riskReason":"threatened to hurt the neighbour","policeInformed":true,
 "parties":[{"name":"孙八","phone":"13700003333","role":"APPLICANT"},{"name":"周九","role":"RESPONDENT"}]}' | id) || \
D2=$(post intake /api/disputes '{"source":"SCREENING","category":"NEIGHBOUR","subject":"Noise at night","content":"Drums after 22:00",
 "gridCode":"SH-GY-G02","parties":[{"name":"孙八","phone":"13700003333","role":"APPLICANT"},{"name":"周九","role":"RESPONDENT"}]}' | id)
post supervisor /api/disputes/$D2/risk '{"level":"CRITICAL","reason":"a knife was shown","policeInformed":true}'
post supervisor /api/disputes/$D2/risk-leader '{"leader":"zhang.leader"}'
post supervisor /api/disputes/$D2/check-ins '{"note":"Both sides calm"}' || post officer /api/disputes/$D2/check-ins '{"note":"Both sides calm"}'
post supervisor /api/disputes/$D2/assignment '{"unit":"SH-GY-MEDIATION"}'
post supervisor /api/disputes/$D2/escalation '{"toLevel":"DISTRICT","reason":"needs the police station"}' || true
post supervisor /api/cases/$D2/confidentiality '{"reason":"the respondent is a staff member","roles":["SUPERVISOR","AUDITOR"]}'
post supervisor /api/cases/$D2/data-subjects/1/restriction '{"reason":"PIPL Art. 44: the person contests the record"}'
post supervisor /api/cases/$D2/data-subjects/1/restriction/lifting '{"reason":"the record was checked"}'

D3=$(post intake /api/disputes '{"source":"APPLICATION","category":"NEIGHBOUR","subject":"Parking space","content":"A car blocks the gate",
 "gridCode":"SH-FL-G01","parties":[{"name":"吴十","role":"APPLICANT"},{"name":"郑一","role":"RESPONDENT"}]}' | id)
post supervisor /api/disputes/$D3/assignment '{"unit":"SH-FL-MEDIATION"}'
post officer /api/disputes/$D3/objection '{"unit":"SH-FL-MEDIATION","reason":"a traffic matter for the police"}'
post officer /api/disputes/$D3/refusal '{"party":"郑一","reason":"will not talk"}'
post officer /api/disputes/$D3/closure '{"outcome":"REFERRED","route":"the police station","satisfaction":"BASICALLY_SATISFIED"}' || true

mkdir -p "$OUT"
printf '{' > "$OUT/expected.json"; SEP=
for C in $P $D1 $D2 $D3; do
  for _ in $(seq 30); do V=$(curl -sf -u auditor:auditor "$B/api/cases/$C") && break; sleep 1; done
  printf '%s"%s":%s' "$SEP" "$C" "$V" >> "$OUT/expected.json"; SEP=,
done
printf '}\n' >> "$OUT/expected.json"
kill $PID; wait $PID || true
cp "$DATA/events.db" "$DATA/readmodels.mv" "$DATA/master.key" "$OUT/"
grep -c ' ERROR ' "$DATA/log.txt" || true
