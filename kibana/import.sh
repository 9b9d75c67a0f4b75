#!/bin/sh
# Imports the statement monitor's Kibana saved objects (data views, visualisations, dashboard, saved
# search) once Kibana is up. Meant for a one-shot setup container; safe to run again (overwrites).
#
#   KIBANA_URL      Kibana base URL (default http://kibana:5601)
#   KIBANA_AUTH     optional user:password for basic auth, or else
#   ELASTIC_USERNAME / ELASTIC_PASSWORD (as docker-compose passes them; user defaults to elastic)
#   SAVED_OBJECTS   the NDJSON file (default: saved-objects.ndjson next to this script)
#   WAIT_SECONDS    how long to wait for Kibana (default 300)
set -eu

KIBANA_URL="${KIBANA_URL:-http://kibana:5601}"
SAVED_OBJECTS="${SAVED_OBJECTS:-$(dirname "$0")/saved-objects.ndjson}"
WAIT_SECONDS="${WAIT_SECONDS:-300}"
AUTH=""
if [ -n "${KIBANA_AUTH:-}" ]; then
  AUTH="-u ${KIBANA_AUTH}"
elif [ -n "${ELASTIC_PASSWORD:-}" ]; then
  AUTH="-u ${ELASTIC_USERNAME:-elastic}:${ELASTIC_PASSWORD}"
fi

if [ ! -r "$SAVED_OBJECTS" ]; then
  echo "import.sh: cannot read saved objects file $SAVED_OBJECTS" >&2
  exit 2
fi

echo "waiting for Kibana at $KIBANA_URL (up to ${WAIT_SECONDS}s)"
waited=0
# /api/status answers 200 once Kibana's plugins are available; 503 while it starts.
until [ "$(curl -s -o /dev/null -w '%{http_code}' $AUTH "$KIBANA_URL/api/status")" = "200" ]; do
  if [ "$waited" -ge "$WAIT_SECONDS" ]; then
    echo "import.sh: Kibana at $KIBANA_URL not available after ${WAIT_SECONDS}s" >&2
    exit 1
  fi
  sleep 5
  waited=$((waited + 5))
done

echo "importing $SAVED_OBJECTS"
response=$(curl -s -w '\n%{http_code}' $AUTH -X POST "$KIBANA_URL/api/saved_objects/_import?overwrite=true" \
  -H 'kbn-xsrf: statement-monitor' --form "file=@${SAVED_OBJECTS}")
code=$(printf '%s' "$response" | tail -n 1)
body=$(printf '%s' "$response" | sed '$d')
if [ "$code" != "200" ] || ! printf '%s' "$body" | grep -q '"success":true'; then
  echo "import.sh: import failed (HTTP $code): $body" >&2
  exit 1
fi
echo "imported: $body"
