#!/usr/bin/env bash
# Backs up the app's PostgreSQL database (Camunda's tables and ours) to one file, while the app runs.
#   ops/backup.sh [database] [file]     e.g. ops/backup.sh trust_improvement backups/trust-$(date +%F).dump
# Connection from the usual libpq variables: PGHOST, PGPORT, PGUSER, PGPASSWORD.
set -euo pipefail
DB="${1:-trust_improvement}"
FILE="${2:-trust-improvement-$(date +%Y%m%d-%H%M%S).dump}"
mkdir -p "$(dirname "$FILE")"
pg_dump --format=custom --no-owner --no-privileges --dbname="$DB" --file="$FILE"
echo "backed up $DB to $FILE ($(du -h "$FILE" | cut -f1))"
