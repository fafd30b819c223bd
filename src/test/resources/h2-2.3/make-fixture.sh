#!/usr/bin/env bash
# Makes the fixture of H2FileFromTheReleaseIT: a data folder written by a release of the app built on H2 2.3, and what
# that release answered about it (see README.md beside this script).
#
# Usage: src/test/resources/h2-2.3/make-fixture.sh RELEASE_APP_DIR
#   RELEASE_APP_DIR  the target/quarkus-app folder of a build of the release (Quarkus 3.26.4, H2 2.3), e.g.
#                    git worktree add /tmp/release 749ff1b && (cd /tmp/release && ./mvnw -q -DskipTests package)
#                    then /tmp/release/target/quarkus-app. It is copied, never written to.
#
# Writes quiz.mv.db and expected.json beside this script. Needs java (17), curl and jq.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../../.." && pwd)
[ $# -eq 1 ] && [ -f "$1/quarkus-run.jar" ] || { sed -n '2,11p' "$0" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/h2-fixture.XXXXXX")
APP_PID=
cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then kill -KILL "$APP_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
cp -r "$1" "$WORK/app"
H2_JAR=$(ls "$WORK"/app/lib/main/com.h2database.h2-*.jar)
case $H2_JAR in *h2-2.3.*) ;; *) echo "make-fixture: $H2_JAR is not H2 2.3" >&2; exit 1 ;; esac

PASSWORD='a long enough password'
INSTRUCTOR_PASSWORD='instructor password for the fixture'
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE=http://127.0.0.1:$PORT

# More new facts a day than the default 10: carol's practice answers already introduce that many.
QUIZ_DATA_DIR=$WORK/data QUIZ_BANK_DIR=$ROOT/questions QUIZ_INSTRUCTOR_PASSWORD=$INSTRUCTOR_PASSWORD \
  QUIZ_TRAINING_NEW_FACTS_PER_DAY=100 QUARKUS_HTTP_PORT=$PORT QUARKUS_HTTP_HOST=127.0.0.1 java -jar "$WORK/app/quarkus-run.jar" >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 240); do
  curl -sf "$BASE/q/health/ready" >/dev/null && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log" >&2; exit 1; }
  sleep 0.5
done
curl -sf "$BASE/q/health/ready" >/dev/null

# api USER METHOD PATH [BODY]: the answer's body; fails on any status but 2xx.
api() {
  local user=$1 method=$2 path=$3 body=${4:-} password=$PASSWORD
  [ "$user" = instructor ] && password=$INSTRUCTOR_PASSWORD
  local args=(-sS --fail-with-body -u "$user:$password" -X "$method" -H 'Content-Type: application/json')
  [ -n "$body" ] && args+=(-d "$body")
  curl "${args[@]}" "$BASE$path"
}
register() {
  curl -sS --fail-with-body -H 'Content-Type: application/json' -o /dev/null \
    -d "$(jq -n --arg u "$1" --arg d "$2" --arg n "$3" --arg p "$PASSWORD" \
      '{username: $u, password: $p, displayName: $d} + (if $n == "" then {} else {studentNumber: $n} end)')" \
    "$BASE/api/register"
}

# An answer to a question of an attempt or of training (its JSON on standard input), by type, in one of two styles:
# A mostly the first option, B mostly another (attempts draw their own order of questions and choices).
answer() {
  jq -c --arg style "$1" '
    def pick(a; b): if $style == "A" then a else b end;
    if .type == "single" then pick(.choices[0].id; .choices[1].id)
    elif .type == "multiple" then pick([.choices[0].id, .choices[1].id]; [.choices[0].id])
    elif .type == "true-false" then pick(true; false)
    elif .type == "numeric" then pick(4; 3)
    elif .type == "date" then
      (if .precision == "day" then pick("2021-07-19"; "2021-03-02")
       elif .precision == "month" then pick("2021-03"; "2021-07") else pick("2011"; "2018") end)
    elif .type == "short" then pick("Hainan Xiandun"; "no idea")
    elif .type == "matching" then
      ([.left[].id] as $l | [.right[].id] as $r
       | [range(0; $l | length) | {key: $l[.], value: pick($r[.]; $r[($r | length) - 1 - .])}] | from_entries)
    elif .type == "ordering" then pick([.items[].id]; [.items[].id] | reverse)
    else error("unknown type " + .type) end'
}

# Starts an attempt at QUIZ for USER; prints its JSON.
start() { api "$1" POST "/api/quizzes/$2/attempts"; }
# Submits an attempt answering every question in STYLE, but those checked already (their answer is locked).
submit_all() {
  local user=$1 sheet=$2 style=$3 responses
  sheet=$(api "$user" GET "/api/attempts/$(jq .id <<<"$sheet")")
  responses=$(jq -c '.questions[] | select(.checked == null)' <<<"$sheet" | while read -r q; do
    jq -n --arg id "$(jq -r .id <<<"$q")" --argjson r "$(answer "$style" <<<"$q")" '{($id): $r}'
  done | jq -s 'add')
  api "$user" POST "/api/attempts/$(jq .id <<<"$sheet")/submit" "$(jq -n --argjson r "$responses" '{responses: $r}')" \
    >/dev/null
}
# Saves the answers (STYLE) to the questions FROM..TO (0-based, inclusive) of an open attempt.
save_some() {
  local user=$1 sheet=$2 style=$3 from=$4 to=$5 id
  id=$(jq .id <<<"$sheet")
  jq -c ".questions[$from:$((to + 1))][]" <<<"$sheet" | while read -r q; do
    api "$user" PUT "/api/attempts/$id/responses/$(jq -r .id <<<"$q")" \
      "$(jq -n --argjson r "$(answer "$style" <<<"$q")" '{response: $r}')" >/dev/null
  done
}
# Checks question INDEX of an open practice attempt with a STYLE answer.
check_one() {
  local user=$1 sheet=$2 style=$3 index=$4 q
  q=$(jq -c ".questions[$index]" <<<"$sheet")
  api "$user" POST "/api/attempts/$(jq .id <<<"$sheet")/responses/$(jq -r .id <<<"$q")/check" \
    "$(jq -n --argjson r "$(answer "$style" <<<"$q")" '{response: $r}')" >/dev/null
}
# COUNT training questions for USER: alternately answered in STYLE and "I don't know"; prints nothing.
train() {
  local user=$1 count=$2 style=$3 i next token response
  for i in $(seq 1 "$count"); do
    next=$(api "$user" POST /api/train/next '{}')
    [ "$(jq -r .status <<<"$next")" = question ] || { echo "make-fixture: no training question: $next" >&2; exit 1; }
    token=$(jq -r .token <<<"$next")
    if [ $((i % 2)) -eq 1 ]; then response=$(jq -c .question <<<"$next" | answer "$style"); else response=null; fi
    api "$user" POST /api/train/answer "$(jq -n --arg t "$token" --argjson r "$response" '{token: $t, response: $r}')" \
      >/dev/null
  done
}

register alice "Alice Archer" S1001
register bob "Bob Baker" ""
register carol "Carol Chen" S1003
register dave "Dave Dunn" ""

# alice: both attempts of the indictments exam, submitted; training.
submit_all alice "$(start alice indictments-exam)" A
submit_all alice "$(start alice indictments-exam)" B
train alice 4 A
# bob: one exam attempt, submitted; the Exchange practice left open with four saved answers.
submit_all bob "$(start bob indictments-exam)" B
save_some bob "$(start bob exchange-practice)" A 0 3
# carol: an Exchange practice with a checked question, submitted; a second one left open with a checked question and a
# saved answer; training.
sheet=$(start carol exchange-practice)
check_one carol "$sheet" A 0
submit_all carol "$sheet" B
sheet=$(start carol exchange-practice)
check_one carol "$sheet" A 1
save_some carol "$sheet" B 2 2
train carol 3 B
# dave: training only, the last question handed out and left unanswered.
train dave 2 A
dave_pending=$(api dave POST /api/train/next '{}')

# What the release says about it all, read back through the API.
{
  jq -n --arg h2 "$(basename "$H2_JAR" .jar | sed 's/^com.h2database.h2-//')" \
    --arg quarkus "$(grep -o 'on JVM (powered by Quarkus [0-9.]*)' "$WORK/app.log" | grep -o '[0-9][0-9.]*[0-9]' | head -1)" \
    --arg madeAt "$(date -u +%Y-%m-%dT%H:%M:%SZ)" --arg password "$PASSWORD" \
    --arg instructorPassword "$INSTRUCTOR_PASSWORD" \
    '{madeWith: {h2: $h2, quarkus: $quarkus}, madeAt: $madeAt, password: $password,
      instructorPassword: $instructorPassword}'
  jq -n --argjson attempts "$(api instructor GET /api/export/attempts.json)" '{attempts: $attempts}'
  jq -n --argjson responses "$(api instructor GET /api/export/responses.json)" '{responses: $responses}'
  jq -n --argjson gradebook "$(api instructor GET '/api/export/gradebook.json?practice=include')" \
    '{gradebook: $gradebook}'
  for user in alice bob carol dave; do
    views=$(api instructor GET /api/export/attempts.json | jq -r --arg u "$user" '.[] | select(.username == $u) | .attempt_id' |
      while read -r id; do
        api "$user" GET "/api/attempts/$id" | jq -c '{id, quizId, number, state, startedAt, finishedAt, score, maxScore,
          percent, passed, bankVersion,
          questions: [.questions[] | {id, response, score, checked: (.checked | if . then {score, correct} else null end)}]}'
      done | jq -s -c .)
    progress=$(api "$user" GET /api/train/progress | jq -c '{met, facts: [.factProgress[] | select(.phase) |
      {id, phase, due, reps, lapses}]}')
    jq -n --arg u "$user" --argjson views "$views" --argjson progress "$progress" \
      '{students: {($u): {attempts: $views, training: $progress}}}'
  done
  jq -n --argjson p "$dave_pending" '{students: {dave: {pendingTraining: {token: $p.token, questionId: $p.question.id}}}}'
} | jq -s 'reduce .[] as $part ({}; . * $part)' >"$WORK/expected.json"

# A normal stop: the URL's DEFRAG_ALWAYS compacts the file.
kill -TERM "$APP_PID"
wait "$APP_PID" || true
APP_PID=
cp "$WORK/data/quiz.mv.db" "$HERE/quiz.mv.db"

# Flyway's history as the release left it, read from the file by the release's own H2 (read-only): every row, its
# marker row (rank -1) included.
java -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$WORK/data/quiz;ACCESS_MODE_DATA=r" -user quiz -password '' \
  -sql 'SELECT "installed_rank", "version", "description", "checksum", "success", "installed_on"
        FROM "flyway_schema_history" ORDER BY 1' |
  awk -F' *[|] *' 'NR > 1 && $1 ~ /^-?[0-9]+ *$/ {
      for (i = 1; i <= NF; i++) gsub(/^ +| +$/, "", $i)
      printf "{\"rank\":%s,\"version\":%s,\"description\":\"%s\",\"checksum\":%s,\"success\":%s,\"installedOn\":\"%s\"}\n",
        $1, ($2 == "null" ? "null" : "\"" $2 "\""), $3, $4, tolower($5), $6
    }' | jq -s '{flyway: .}' >"$WORK/flyway.json"
[ "$(jq '.flyway | length' "$WORK/flyway.json")" -gt 0 ] || { echo "make-fixture: no Flyway history read" >&2; exit 1; }
jq -s '.[0] * .[1]' "$WORK/expected.json" "$WORK/flyway.json" >"$HERE/expected.json"
echo "make-fixture: $(du -k "$HERE/quiz.mv.db" | cut -f1) KB quiz.mv.db and expected.json written to $HERE" >&2
