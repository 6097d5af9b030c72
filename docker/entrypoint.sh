#!/bin/sh
# api: apply pending migrations, then serve. worker: wait for the schema the API migrates, then process queues.
set -e
case "${1:-api}" in
  api)
    node dist/apps/cli/src/main.js migrate
    exec env MIGRATIONS_RUN=false node dist/apps/api/src/main.js
    ;;
  worker)
    exec env MIGRATIONS_RUN=false node dist/apps/worker/src/main.js
    ;;
  cli)
    shift
    exec node dist/apps/cli/src/main.js "$@"
    ;;
  *)
    exec "$@"
    ;;
esac
