import { defineConfig } from "prisma/config";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { pgliteAdapter } from "./lib/db/pglite-adapter";

// The Prisma CLI is used by developers to create migrations (`npm run db:migration`), on a
// throwaway in-memory PGlite: no engine download, no server. The app applies migrations itself
// (lib/db/migrate.ts) on PGlite and PostgreSQL alike; see docs/decisions/001.
export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: "prisma/schema.prisma",
  async adapter() {
    const client = await PGlite.create({ extensions: { pg_trgm } });
    return pgliteAdapter(client);
  },
});
