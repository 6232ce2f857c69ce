import { isoOf } from "@/lib/calendar/today";
import { prisma } from "@/lib/db/client";

export type CompanyChange =
  | { kind: "renamed"; occurredOn: string; formerNameZh: string; formerNameEn: string | null; newNameZh: string }
  | { kind: "moved"; occurredOn: string; from: { zh: string; en: string }; to: { zh: string; en: string } };

/**
 * A firm's accepted changes of name and registered address, oldest first, as its public page
 * shows them: one line per change report (each is recorded on every title the firm held, so the
 * events are folded by report). The former name stays on the firm's public history.
 */
export async function companyChanges(companyId: string): Promise<CompanyChange[]> {
  const db = await prisma();
  const events = await db.recognitionEvent.findMany({
    where: { companyId, kind: { in: ["renamed", "moved_in"] } },
    select: { kind: true, occurredOn: true, evidence: true },
    orderBy: [{ occurredOn: "asc" }, { createdAt: "asc" }],
    take: 200,
  });
  const seen = new Set<string>();
  const changes: CompanyChange[] = [];
  const codes = new Set<string>();
  const picked: { kind: string; occurredOn: string; evidence: Record<string, string | null> }[] = [];
  for (const event of events) {
    const evidence = (event.evidence ?? {}) as Record<string, string | null>;
    const key = `${event.kind}|${evidence.changeReportId ?? event.occurredOn.toISOString()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    picked.push({ kind: event.kind, occurredOn: isoOf(event.occurredOn), evidence });
    if (event.kind === "moved_in") for (const c of [evidence.fromRegionCode, evidence.toRegionCode]) if (c) codes.add(c);
  }
  const regions = await db.region.findMany({ where: { code: { in: [...codes] } }, select: { code: true, nameZh: true, nameEn: true } });
  const name = (code: string | null | undefined) => {
    const r = regions.find((x) => x.code === code);
    return r ? { zh: r.nameZh, en: r.nameEn } : { zh: code ?? "", en: code ?? "" };
  };
  for (const p of picked) {
    if (p.kind === "renamed") {
      changes.push({
        kind: "renamed",
        occurredOn: p.occurredOn,
        formerNameZh: p.evidence.formerNameZh ?? "",
        formerNameEn: p.evidence.formerNameEn ?? null,
        newNameZh: p.evidence.newNameZh ?? "",
      });
    } else {
      changes.push({ kind: "moved", occurredOn: p.occurredOn, from: name(p.evidence.fromRegionCode), to: name(p.evidence.toRegionCode) });
    }
  }
  return changes;
}
