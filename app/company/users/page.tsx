import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { AddColleagueForm } from "@/components/company/add-colleague-form";
import { Pagination } from "@/components/company/pagination";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { listCompanyUsers } from "@/lib/services/signup/company-users";

export const dynamic = "force-dynamic";

/** The firm's accounts, and a colleague added by an existing user (a registered code cannot be signed up twice). */
export default async function CompanyUsers({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("company-user:manage");
  const [t, format, params] = await Promise.all([getTranslations("company"), getFormatter(), searchParams]);
  const page = Number(Array.isArray(params.page) ? params.page[0] : params.page) || 1;
  const users = await listCompanyUsers(actor, page);
  const pages = Math.max(1, Math.ceil(users.total / users.pageSize));
  return (
    <div className="space-y-6">
      <Link href="/company" className="text-sm text-brand-700 underline">
        {t("application.backToDashboard")}
      </Link>
      <h1 className="text-2xl font-bold text-brand-800" data-testid="page-title">
        {t("users.title")}
      </h1>
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b">
            <th className="py-1 pr-4">{t("users.name")}</th>
            <th className="py-1 pr-4">{t("users.email")}</th>
            <th className="py-1">{t("users.since")}</th>
          </tr>
        </thead>
        <tbody>
          {users.rows.map((u) => (
            <tr key={u.id} className="border-b last:border-0">
              <td className="py-1 pr-4">{u.name}</td>
              <td className="py-1 pr-4">{u.email}</td>
              <td className="py-1">{format.dateTime(u.createdAt, { dateStyle: "medium" })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination
        page={users.page}
        pageSize={users.pageSize}
        total={users.total}
        href={(n) => `/company/users?page=${n}`}
        labels={{ previous: t("pagination.previous"), next: t("pagination.next"), status: t("pagination.status", { page: users.page, pages }) }}
      />
      <section aria-labelledby="add-colleague" className="space-y-3">
        <h2 id="add-colleague" className="text-xl font-semibold">
          {t("users.addTitle")}
        </h2>
        <AddColleagueForm />
      </section>
    </div>
  );
}
