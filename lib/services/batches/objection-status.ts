import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { DomainError } from "@/lib/errors/domain-error";
import { chinaDate } from "@/lib/calendar/today";
import { normaliseReference } from "@/lib/domain/batches/objection-reference";
import { overStatusLookupLimit } from "./objection-rate-limit";
import { clientHash } from "@/lib/http/spam-guard";

export const objectionStatusSchema = z.object({
  reference: z.string().trim().min(1, { error: "请填写异议编号。 / Enter the objection reference." }).max(20),
  contact: z.string().trim().min(1, { error: "请填写提交异议时留下的邮箱或电话。 / Enter the email or phone number you gave." }).max(120),
});

export interface ObjectionStatusView {
  reference: string;
  status: "open" | "upheld" | "dismissed";
  lodgedOn: string;
  resolvedOn: string | null;
  resolution: string | null;
  batchTitle: { zh: string; en: string };
  batchStatus: "draft" | "notice" | "announced" | "withdrawn";
  company: string;
}

/** Contacts compared as typed by a person: case, spaces and dashes do not matter. */
const normaliseContact = (contact: string) =>
  contact
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "");

/**
 * An objection's state for its objector, by reference and the contact they gave, without an
 * account. A wrong reference and a wrong contact get the same answer (null), so neither can be
 * probed on its own; look-ups are limited per client address like lodging.
 */
export async function objectionStatus(input: z.infer<typeof objectionStatusSchema>, client: { ip: string }): Promise<ObjectionStatusView | null> {
  if (await overStatusLookupLimit(clientHash(client.ip))) {
    throw new DomainError(
      "forbidden",
      { zh: "查询过于频繁，请一小时后再试。", en: "Too many look-ups from your connection; try again in an hour." },
      { reason: "rate-limited" },
    );
  }
  const db = await prisma();
  const row = await db.objection.findUnique({
    where: { reference: normaliseReference(input.reference) },
    select: {
      reference: true,
      objectorContact: true,
      status: true,
      createdAt: true,
      resolvedAt: true,
      resolution: true,
      batch: { select: { titleZh: true, titleEn: true, status: true } },
      entry: { select: { companyId: true } },
    },
  });
  if (!row || normaliseContact(row.objectorContact) !== normaliseContact(input.contact)) return null;
  const company = await db.company.findUnique({ where: { id: row.entry.companyId }, select: { nameZh: true } });
  return {
    reference: row.reference!,
    status: row.status,
    lodgedOn: chinaDate(row.createdAt),
    resolvedOn: row.resolvedAt ? chinaDate(row.resolvedAt) : null,
    resolution: row.resolution,
    batchTitle: { zh: row.batch.titleZh, en: row.batch.titleEn },
    batchStatus: row.batch.status,
    company: company?.nameZh ?? "",
  };
}
