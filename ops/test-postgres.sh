#!/usr/bin/env bash
# Starts the machine's PostgreSQL 15 (installing it if missing), makes sure role `trust` exists, and creates a
# fresh database owned by it. Run as root (CI, the resilience and benchmark harnesses):
#   ops/test-postgres.sh trust_improvement_test
set -euo pipefail
DB=${1:?usage: ops/test-postgres.sh <database>}

if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ ! -d /usr/lib/postgresql/15 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
pg_ctlcluster 15 main start 2>/dev/null || pg_ctlcluster 15 main status >/dev/null
for _ in $(seq 1 30); do pg_isready -q -h localhost -p 5432 && break; sleep 1; done

su postgres -c "psql -q -v ON_ERROR_STOP=1" <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'trust') THEN
    CREATE ROLE trust LOGIN PASSWORD 'trust';
  END IF;
END \$\$;
DROP DATABASE IF EXISTS $DB WITH (FORCE);
CREATE DATABASE $DB OWNER trust;
SQL
