import { Prisma } from "@/generated/prisma/client";

/**
 * Whether a write failed on a unique constraint. Prisma reports it as P2002 outside interactive
 * transactions, but inside one the driver adapter's own error surfaces (PGlite's carries the
 * PostgreSQL code 23505; pg's adapter names the kind).
 */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return error.code === "P2002";
  const cause = (error as { cause?: { kind?: string; code?: string; originalCode?: string } } | null)?.cause;
  return cause?.kind === "UniqueConstraintViolation" || cause?.code === "23505" || cause?.originalCode === "23505";
}
