#!/usr/bin/env bash
# Restores a backup made by ops/backup.sh into a new, empty database owned by the app's role; the app is then
# started against it (DB_URL=jdbc:postgresql://host:5432/<database>). An existing database is never overwritten.
#   ops/restore.sh <file> <new database> [owner role]
# Connection from PGHOST, PGPORT, PGUSER, PGPASSWORD (a role allowed to create databases).
set -euo pipefail
FILE="$1"
DB="$2"
OWNER="${3:-trust}"
if [ -n "$(psql --dbname=postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'")" ]; then
  echo "database $DB already exists: restore into a new one" >&2
  exit 1
fi
createdb --owner="$OWNER" "$DB"
pg_restore --no-owner --role="$OWNER" --exit-on-error --dbname="$DB" "$FILE"
echo "restored $FILE into $DB (owner $OWNER)"
