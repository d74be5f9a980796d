#!/bin/sh
# Prisma's CLI insists on locating a native schema-engine binary even for `generate`, which never runs it.
# This stub satisfies that lookup offline; migrations use @prisma/schema-engine-wasm instead (lib/db/migrations).
echo "schema-engine stub: migrations run through scripts/db.ts (wasm engine)" >&2
exit 1
