import "server-only";
import { createHash, randomUUID } from "node:crypto";
import type { Tier } from "@/generated/prisma/client";
import { may } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { addDays } from "@/lib/calendar/iso-date";
import { validityPeriod } from "@/lib/calendar/validity";
import { prisma } from "@/lib/db/client";
import { DomainError, forbidden } from "@/lib/errors/domain-error";
import { appendAudit } from "../audit/append-audit";
import { certificatePrefix } from "@/lib/domain/recognitions/certificate-number";
import { chinaDate, dateOf, systemNow } from "@/lib/calendar/today";
import type { Tx } from "../db-types";
import { regionNames } from "../register/register-rows";
import { TIER_LABELS } from "@/lib/domain/register/labels";
import { authorityOf, placeOf, planImport, type ImportPlan, type PlannedBatch } from "./import-plan";
import { insertJsonRows, type JsonColumn } from "./insert-json-rows";
import { parsePublishedList, type ImportIssue, type PublishedListRow } from "./parse-published-list";

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export interface ImportReport {
  committed: boolean;
  total: number;
  valid: number;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  batches: { tier: Tier; year: number; authorityCode: string | null; ordinal: number; announcedOn: string; exists: boolean; rows: number; toAdd: number }[];
  companiesToCreate: number;
  recognitionsToCreate: number;
  alreadyPresent: number;
}

const ISSUE_LIMIT = 500;

function report(
  total: number,
  plan: ImportPlan,
  parseErrors: ImportIssue[],
  parseWarnings: ImportIssue[],
  rows: PublishedListRow[],
  committed: boolean,
): ImportReport {
  const errors = [...parseErrors, ...plan.errors].sort((a, b) => a.line - b.line);
  const erroneous = new Set(errors.map((e) => e.line));
  const fresh = rows.filter((r) => !plan.alreadyPresent.has(r.line) && !erroneous.has(r.line));
  const newCodes = new Set(fresh.flatMap((r) => (r.creditCode && !plan.companyIds.has(r.creditCode) ? [r.creditCode] : [])));
  return {
    committed,
    total,
    valid: rows.filter((r) => !erroneous.has(r.line)).length,
    errors: errors.slice(0, ISSUE_LIMIT),
    warnings: [...parseWarnings, ...plan.warnings].sort((a, b) => a.line - b.line).slice(0, ISSUE_LIMIT),
    batches: plan.batches.map((b) => ({
      tier: b.tier,
      year: b.year,
      authorityCode: b.authorityCode,
      ordinal: b.ordinal,
      announcedOn: b.announcedOn,
      exists: b.existingId !== null,
      rows: b.rows.length,
      toAdd: b.rows.filter((r) => !plan.alreadyPresent.has(r.line) && !erroneous.has(r.line)).length,
    })),
    companiesToCreate: newCodes.size,
    recognitionsToCreate: fresh.length,
    alreadyPresent: plan.alreadyPresent.size,
  };
}

const ruleSetCodeFor = (tier: Tier, year: number) =>
  tier === "little_giant" ? `little-giant-${year <= 2021 ? 2018 : year <= 2025 ? 2022 : 2026}` : `${tier}-${year <= 2025 ? 2022 : 2026}`;

/** The programme a published list belongs to, created (closed, for the record) if the portal never ran it. */
async function programmeFor(tx: Tx, batch: PlannedBatch) {
  const code = batch.tier === "little_giant" ? `little-giant-${batch.year}` : `${batch.tier}-${batch.authorityCode}-${batch.year}`;
  const existing = await tx.programme.findUnique({ where: { code }, select: { id: true, validityYears: true, ruleSetCode: true } });
  if (existing) return existing;
  const region = batch.authorityCode ? regionNames(batch.authorityCode) : { zh: "", en: "National" };
  return tx.programme.create({
    data: {
      code,
      tier: batch.tier,
      year: batch.year,
      regionCode: batch.authorityCode,
      nameZh: `${region.zh}${batch.year}年${TIER_LABELS[batch.tier].zh}`,
      nameEn: `${region.en} ${batch.year} ${TIER_LABELS[batch.tier].en}`,
      ruleSetCode: ruleSetCodeFor(batch.tier, batch.year),
      opensOn: dateOf(`${batch.year}-01-01`),
      closesOn: dateOf(`${batch.year}-12-31`),
    },
    select: { id: true, validityYears: true, ruleSetCode: true },
  });
}

function batchTitles(batch: PlannedBatch) {
  const zhOrdinal = batch.ordinal <= 10 ? "一二三四五六七八九十"[batch.ordinal - 1]! : String(batch.ordinal);
  if (batch.tier === "little_giant") return { titleZh: `第${zhOrdinal}批专精特新“小巨人”企业名单`, titleEn: `National little giants, batch ${batch.ordinal}` };
  const region = regionNames(batch.authorityCode!);
  return {
    titleZh: `${region.zh}${batch.year}年第${zhOrdinal}批${TIER_LABELS[batch.tier].zh}名单`,
    titleEn: `${region.en} ${batch.year} ${TIER_LABELS[batch.tier].en} list, batch ${batch.ordinal}`,
  };
}

const COMPANY_COLUMNS: JsonColumn[] = [
  { name: "id", type: "uuid" },
  { name: "credit_code", type: "text" },
  { name: "name_zh", type: "text" },
  { name: "region_code", type: "text" },
  { name: "city_code", type: "text" },
  { name: "province_code", type: "text" },
  { name: "industry_code", type: "text" },
];
const ENTRY_COLUMNS: JsonColumn[] = [
  { name: "id", type: "uuid" },
  { name: "batch_id", type: "uuid" },
  { name: "company_id", type: "uuid" },
];
const RECOGNITION_COLUMNS: JsonColumn[] = [
  { name: "id", type: "uuid" },
  { name: "certificate_no", type: "text" },
  { name: "company_id", type: "uuid" },
  { name: "programme_id", type: "uuid" },
  { name: "batch_id", type: "uuid" },
  { name: "tier", type: "text", cast: "Tier" },
  { name: "year", type: "int" },
  { name: "status", type: "text", cast: "RecognitionStatus" },
  { name: "valid_from", type: "date" },
  { name: "valid_until", type: "date" },
  { name: "province_code", type: "text" },
  { name: "city_code", type: "text" },
  { name: "industry_code", type: "text" },
];
const EVENT_COLUMNS: JsonColumn[] = [
  { name: "id", type: "uuid" },
  { name: "recognition_id", type: "uuid" },
  { name: "company_id", type: "uuid" },
  { name: "kind", type: "text" },
  { name: "reason_text", type: "text" },
  { name: "actor_id", type: "uuid" },
  { name: "occurred_on", type: "date" },
];

async function carryOut(tx: Tx, actor: Actor, plan: ImportPlan, rows: PublishedListRow[], today: string) {
  const companyIds = new Map(plan.companyIds);
  const newCompanies: Record<string, unknown>[] = [];
  for (const row of rows) {
    if (!row.creditCode || companyIds.has(row.creditCode) || plan.alreadyPresent.has(row.line)) continue;
    const id = randomUUID();
    companyIds.set(row.creditCode, id);
    const place = placeOf(row);
    newCompanies.push({
      id,
      credit_code: row.creditCode,
      name_zh: row.nameZh,
      region_code: place.regionCode,
      city_code: place.cityCode,
      province_code: row.provinceCode,
      industry_code: row.industryCode ?? "unknown",
    });
  }
  await insertJsonRows(tx, "company", COMPANY_COLUMNS, newCompanies);
  const companyOf = (row: PublishedListRow) => (row.creditCode ? companyIds.get(row.creditCode)! : plan.resolvedByName.get(row.line)!.id);
  const places = new Map(
    (
      await tx.company.findMany({
        where: { id: { in: [...new Set(rows.map(companyOf))] } },
        select: { id: true, provinceCode: true, cityCode: true, industryCode: true },
      })
    ).map((c) => [c.id, c]),
  );

  for (const batch of plan.batches) {
    const todo = batch.rows.filter((r) => !plan.alreadyPresent.has(r.line));
    if (todo.length === 0) continue;
    const programme = await programmeFor(tx, batch);
    const batchId =
      batch.existingId ??
      (
        await tx.batch.create({
          data: {
            programmeId: programme.id,
            tier: batch.tier,
            year: batch.year,
            authorityCode: batch.authorityCode,
            ordinal: batch.ordinal,
            ...batchTitles(batch),
            status: "announced",
            announcedOn: dateOf(batch.announcedOn),
            createdById: actor.id,
          },
          select: { id: true },
        })
      ).id;
    const serialStart = await tx.recognition.count({ where: { batchId } });
    const prefix = certificatePrefix(batch);
    const validity = validityPeriod(batch.announcedOn, programme.validityYears);
    const expired = validity.end < today;
    const entries: Record<string, unknown>[] = [];
    const recognitions: Record<string, unknown>[] = [];
    const events: Record<string, unknown>[] = [];
    todo.forEach((row, i) => {
      const companyId = companyOf(row);
      const place = places.get(companyId)!;
      const id = randomUUID();
      entries.push({ id: randomUUID(), batch_id: batchId, company_id: companyId });
      recognitions.push({
        id,
        certificate_no: `${prefix}${String(serialStart + i + 1).padStart(6, "0")}`,
        company_id: companyId,
        programme_id: programme.id,
        batch_id: batchId,
        tier: batch.tier,
        year: batch.year,
        status: expired ? "expired" : "active",
        valid_from: validity.start,
        valid_until: validity.end,
        province_code: place.provinceCode,
        city_code: place.cityCode,
        industry_code: place.industryCode,
      });
      const event = { recognition_id: id, company_id: companyId, actor_id: actor.id };
      events.push({
        ...event,
        id: randomUUID(),
        kind: "entry",
        reason_text: "导入已公布名单 / Imported from the published list",
        occurred_on: batch.announcedOn,
      });
      if (expired) events.push({ ...event, id: randomUUID(), kind: "expired", reason_text: "有效期届满", occurred_on: addDays(validity.end, 1) });
    });
    await insertJsonRows(tx, "batch_entry", ENTRY_COLUMNS, entries);
    await insertJsonRows(tx, "recognition", RECOGNITION_COLUMNS, recognitions);
    await insertJsonRows(tx, "recognition_event", EVENT_COLUMNS, events);
  }
}

/**
 * Imports a published list (CSV). The dry run parses, checks and plans against the database and
 * writes nothing; the commit carries out the same plan in one transaction, and only when the
 * file has no errors. Rows already in the register are skipped, so importing twice adds nothing.
 */
export async function importPublishedList(actor: Actor, csv: string, options: { dryRun: boolean }, now = systemNow()): Promise<ImportReport> {
  if (!may(actor, "import:run")) throw forbidden();
  if (Buffer.byteLength(csv) > MAX_IMPORT_BYTES)
    throw new DomainError("invalid", { zh: "文件超过20 MB。", en: "The file is larger than 20 MB." }, { field: "file" });
  const parsed = parsePublishedList(csv);
  // Administrators import lists of their own jurisdiction only (a provincial one: its province's tiers 1–2).
  const outside = parsed.rows.filter((row) => !may(actor, "import:run", { provinceCode: authorityOf(row) }));
  const outsideLines = new Set(outside.map((r) => r.line));
  const jurisdictionErrors = outside.map((row) => ({
    line: row.line,
    field: "province",
    message: { zh: "该名单不属于您的管辖范围。", en: "This list is outside your jurisdiction." },
  }));
  const rows = parsed.rows.filter((r) => !outsideLines.has(r.line));
  const db = await prisma();
  return db.$transaction(
    async (tx) => {
      const plan = await planImport(tx, rows);
      const parseErrors = [...parsed.errors, ...jurisdictionErrors];
      const outcome = report(parsed.total, plan, parseErrors, parsed.warnings, rows, false);
      if (options.dryRun) return outcome;
      if (parseErrors.length + plan.errors.length > 0) {
        throw new DomainError(
          "invalid",
          { zh: "文件中有错误，未导入任何数据。请先修正后再导入。", en: "The file has errors; nothing was imported. Correct them first." },
          { report: outcome },
        );
      }
      await carryOut(tx, actor, plan, rows, chinaDate(now));
      await appendAudit(tx, actor, {
        action: "import.published_list",
        entityType: "import",
        entityId: createHash("sha256").update(csv).digest("hex").slice(0, 32),
        data: {
          total: outcome.total,
          recognitions: outcome.recognitionsToCreate,
          companies: outcome.companiesToCreate,
          alreadyPresent: outcome.alreadyPresent,
        },
      });
      return { ...outcome, committed: true };
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
}
