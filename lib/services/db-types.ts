import type { PrismaClient } from "@/generated/prisma/client";

/** A Prisma client or the transaction client handed to `$transaction(async (tx) => …)`. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
