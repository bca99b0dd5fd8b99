# Shared by ops/resilience/run and bench/run: the packaged app as separate processes ("nodes") on one
# PostgreSQL database, a trust of N generated schools imported through the GIAS upload, and queries on the
# database. Source it after setting DB (the database) and WORK (a folder for logs).

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ADMIN=harness-admin
ADMIN_PASSWORD=harness-admin-password
DIRECTOR=harness-director
DIRECTOR_PASSWORD=harness-director-password

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# The packaged app; built once (without tests) if target/ has none.
app_jar() {
  local jar
  jar=$(ls "$ROOT"/target/trust-improvement-*.jar 2>/dev/null | head -1 || true)
  if [ -z "$jar" ]; then
    log "building the app (./mvnw package, tests skipped)"
    (cd "$ROOT" && ./mvnw -B -q -DskipTests package) >&2
    jar=$(ls "$ROOT"/target/trust-improvement-*.jar | head -1)
  fi
  echo "$jar"
}

# sql_on DATABASE QUERY, as the app's role; sql QUERY on $DB.
sql_on() { PGPASSWORD=trust psql -h localhost -U trust -d "$1" -At -v ON_ERROR_STOP=1 -c "$2"; }
sql() { sql_on "$DB" "$1"; }

# wait_for_zero SECONDS QUERY [DATABASE]: until the query answers 0; prints the seconds it took, fails after SECONDS.
wait_for_zero() {
  local limit=$1 query=$2 db=${3:-$DB} t
  t=$(now)
  for _ in $(seq 1 $((limit * 5))); do
    [ "$(sql_on "$db" "$query")" = 0 ] && { elapsed "$t"; return 0; }
    sleep 0.2
  done
  fail "still not done after $limit s: $query"
}

# timers_at PROCESS-KEY ACTIVITY: the query for the timer jobs waiting at that timer event.
timers_at() {
  echo "select j.id_ from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_ where j.process_def_key_ = '$1' and d.act_id_ = '$2'"
}

# percentiles DATABASE FROM-CLAUSE INTERVAL-EXPRESSION: "p50 p95 p99 max" in seconds.
percentiles() {
  sql_on "$1" "select round(extract(epoch from percentile_cont(0.5) within group (order by $3))::numeric, 2) || ' ' ||
    round(extract(epoch from percentile_cont(0.95) within group (order by $3))::numeric, 2) || ' ' ||
    round(extract(epoch from percentile_cont(0.99) within group (order by $3))::numeric, 2) || ' ' ||
    round(extract(epoch from max($3))::numeric, 2) $2"
}

# start_node NAME PORT [more Spring arguments]: the app with the postgres profile, its engine named NAME (the
# job log's hostname), mail to the harness's SMTP sink.
start_node() {
  local name=$1 port=$2
  shift 2
  SPRING_PROFILES_ACTIVE=postgres DB_URL="jdbc:postgresql://localhost:5432/$DB" DB_USER=trust DB_PASSWORD=trust \
    TRUST_ADMIN_USER=$ADMIN TRUST_ADMIN_PASSWORD=$ADMIN_PASSWORD MAIL_PORT=${SMTP_PORT:-2525} \
    java ${NODE_JAVA_OPTS:--Xmx1g} -jar "$JAR" --server.port="$port" \
    --camunda.bpm.generic-properties.properties.hostname="$name" "$@" >>"$WORK/$name.log" 2>&1 &
  echo $! >"$WORK/$name.pid"
}

node_pid() { cat "$WORK/$1.pid"; }

# An SMTP server on SMTP_PORT that writes one line per recipient to $WORK/mail.tsv (ops/resilience/smtp_sink.py).
start_smtp_sink() {
  touch "$WORK/mail.tsv"
  python3 -W ignore "$ROOT/ops/resilience/smtp_sink.py" "${SMTP_PORT:-2525}" "$WORK/mail.tsv" &
  echo $! >"$WORK/sink.pid"
  sleep 1
  kill -0 "$(cat "$WORK/sink.pid")" 2>/dev/null || fail "the SMTP sink could not listen on port ${SMTP_PORT:-2525}"
}

# wait_ready NAME PORT: until readiness is UP (database, engine, job executor); fails if the node dies.
wait_ready() {
  local name=$1 port=$2 pid
  pid=$(node_pid "$name")
  for _ in $(seq 1 240); do
    curl -fs "http://localhost:$port/actuator/health/readiness" 2>/dev/null | grep -q '"status":"UP"' && return 0
    kill -0 "$pid" 2>/dev/null || { tail -50 "$WORK/$name.log" >&2; fail "$name died while starting"; }
    sleep 0.5
  done
  fail "$name not ready after 120 s"
}

kill_node() { kill -9 "$(node_pid "$1")" 2>/dev/null || true; wait "$(node_pid "$1")" 2>/dev/null || true; }
stop_node() {
  local pid
  pid=$(node_pid "$1")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
}

# api PORT METHOD PATH [JSON body]: as the harness administrator; prints the body, fails on an HTTP error.
api() {
  local port=$1 method=$2 path=$3 body=${4:-}
  if [ -n "$body" ]; then
    curl -fsS -u "$ADMIN:$ADMIN_PASSWORD" -X "$method" -H 'Content-Type: application/json' -d "$body" \
      "http://localhost:$port$path"
  else
    curl -fsS -u "$ADMIN:$ADMIN_PASSWORD" -X "$method" "http://localhost:$port$path"
  fi
}

# A trust of COUNT schools (URNs from 200001), every inspection outcome in turn, 25 schools to each director of
# education (harness-director-1, -2, ..., each with an email address), imported through the GIAS upload.
director_of() { echo "$DIRECTOR-$(( ($1 - 200001) / 25 + 1 ))"; }
seed_trust() {
  local port=$1 count=$2 csv d
  csv="$WORK/gias-$2.csv"
  for d in $(seq 1 $(( (count + 24) / 25 ))); do
    api "$port" POST /engine-rest/user/create "{\"profile\":{\"id\":\"$DIRECTOR-$d\",\"firstName\":\"Harness\",\"lastName\":\"Director $d\",\"email\":\"director$d@harness.example\"},\"credentials\":{\"password\":\"$DIRECTOR_PASSWORD\"}}" >/dev/null
    api "$port" PUT "/engine-rest/group/directors-of-education/members/$DIRECTOR-$d" >/dev/null
  done
  {
    echo "URN,EstablishmentName,PhaseOfEducation (name),LA (name),Postcode,HeadFirstName,HeadLastName,OfstedRating (name),OfstedLastInsp,DirectorOfEducation"
    awk -v n="$count" -v d="$DIRECTOR" 'BEGIN {
      split("Outstanding,Good,Requires improvement,Inadequate,Good", rating, ",");
      split("Primary,Secondary,All-through", phase, ",");
      for (i = 1; i <= n; i++)
        printf "%d,Harness School %d,%s,Kent,CT1 %dAB,Alex,Head%d,%s,14-03-2019,%s-%d\n", 200000 + i, i, phase[(i % 3) + 1], i % 10, i, rating[(i % 5) + 1], d, int((i - 1) / 25) + 1
    }'
  } >"$csv"
  curl -fsS -u "$ADMIN:$ADMIN_PASSWORD" -H 'Content-Type: text/csv' --data-binary @"$csv" \
    "http://localhost:$port/api/schools/import" >/dev/null
}

# start_year PORT YEAR: as the CEO would in Tasklist (the start form's submit).
start_year() {
  api "$1" POST /engine-rest/process-definition/key/trustImprovementYear/submit-form \
    "{\"variables\":{\"academicYear\":{\"value\":\"$2\"}}}"
}
