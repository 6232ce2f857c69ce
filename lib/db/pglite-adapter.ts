import type { PGlite } from "@electric-sql/pglite";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";

/**
 * pglite-prisma-adapter 0.6 is typed against driver-adapter-utils 6.10, whose `ArgType` is an
 * older shape than Prisma 6.19's. The adapter never reads `argTypes` (it passes values straight
 * to PGlite), so the runtime contract holds and only the declared types differ; hence the cast.
 */
export function pgliteAdapter(client: PGlite): SqlMigrationAwareDriverAdapterFactory {
  return new PrismaPGlite(client) as unknown as SqlMigrationAwareDriverAdapterFactory;
}
