#!/usr/bin/env bash
# Creates prisma/migrations/<timestamp>_<name>/migration.sql with what prisma/schema.prisma adds
# since the newest migration. Each migration folder keeps the schema it was made from
# (schema.snapshot.prisma), so the diff is schema to schema: no database, no server, no
# engine download. Review the SQL before committing; add what Prisma cannot express by hand.
set -euo pipefail
name=${1:?usage: npm run db:migration <name>}
# The Prisma CLI checks that native engine files exist even on its WebAssembly path, where they
# are never run; any existing file satisfies the check.
export PRISMA_SCHEMA_ENGINE_BINARY=${PRISMA_SCHEMA_ENGINE_BINARY:-$PWD/package.json}
export PRISMA_QUERY_ENGINE_LIBRARY=${PRISMA_QUERY_ENGINE_LIBRARY:-$PWD/package.json}
previous=$(ls -d prisma/migrations/*/ | sort | tail -1)
sql=$(npx prisma migrate diff --from-schema-datamodel "${previous}schema.snapshot.prisma" --to-schema-datamodel prisma/schema.prisma --script 2>/dev/null)
if [ -z "$(grep -v '^\s*$' <<<"$sql" | grep -v '^--' || true)" ]; then
  echo "The schema and the newest migration agree: nothing to do."
  exit 0
fi
dir="prisma/migrations/$(date -u +%Y%m%d%H%M%S)_${name}"
mkdir -p "$dir"
printf '%s\n' "$sql" > "$dir/migration.sql"
cp prisma/schema.prisma "$dir/schema.snapshot.prisma"
echo "Wrote $dir/migration.sql — review it before committing."
