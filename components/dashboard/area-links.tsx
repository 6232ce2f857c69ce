import Link from "next/link";
import { getTranslations } from "next-intl/server";

export type AreaLinkKey =
  | "companyRecognitions"
  | "companyAnnualReports"
  | "companyChanges"
  | "companyProfile"
  | "staffChangeReports"
  | "staffClaims"
  | "staffRecognitions"
  | "staffFlagged"
  | "staffBatches"
  | "adminUsers"
  | "adminCalls"
  | "adminRuleSets"
  | "adminImports"
  | "adminCalendar"
  | "adminJobs"
  | "adminOutbox"
  | "adminSettings";

/** The other parts of a role's area, as a labelled list of links under its dashboard heading. */
export async function AreaLinks({ links }: { links: readonly { key: AreaLinkKey; href: string }[] }) {
  const t = await getTranslations("dashboard");
  return (
    <nav aria-label={t("areaLinks")} data-testid="area-links">
      <ul className="flex flex-wrap gap-3">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} className="inline-block rounded border border-brand-600 px-3 py-1.5 text-brand-700 hover:bg-brand-50">
              {t(`links.${link.key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
