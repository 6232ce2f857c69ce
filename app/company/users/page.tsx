import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/company/pagination";
import { HandOverForm, InviteColleagueForm, RemoveColleagueButton } from "@/components/company/colleague-forms";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { pageParams } from "@/lib/domain/list-params";
import { listColleagues } from "@/lib/services/company-users/list-colleagues";

export const dynamic = "force-dynamic";

/**
 * The firm's accounts. Every user of the firm sees them; its administrator also invites and
 * removes colleagues and hands the role over (docs/decisions/028).
 */
export default async function CompanyUsers({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("company-user:read");
  const [t, tc, format, params] = await Promise.all([getTranslations("colleagues"), getTranslations("company"), getFormatter(), searchParams]);
  const users = await listColleagues(actor, pageParams(params).page);
  const pages = Math.max(1, Math.ceil(users.total / users.pageSize));
  const manage = users.callerIsAdministrator;
  const successors = users.rows.filter((u) => u.state === "active" && !u.administrator).map((u) => ({ id: u.id, name: u.name, email: u.email }));
  return (
    <div className="space-y-6">
      <Link href="/company" className="text-sm text-brand-700 underline">
        {tc("application.backToDashboard")}
      </Link>
      <h1 className="text-2xl font-bold text-brand-800" data-testid="page-title">
        {t("title")}
      </h1>
      <p className="text-slate-700">{t("lead")}</p>
      {!manage && users.administratorName && <p data-testid="administrator-is">{t("administratorIs", { name: users.administratorName })}</p>}
      <div className="overflow-x-auto">
        <table className="w-full min-w-[36rem] text-left text-sm" data-testid="colleagues">
          <thead>
            <tr className="border-b">
              <th className="py-1 pr-4">{t("name")}</th>
              <th className="py-1 pr-4">{t("email")}</th>
              <th className="py-1 pr-4">{t("state")}</th>
              <th className="py-1 pr-4">{t("since")}</th>
              <th className="py-1 pr-4">{t("lastSignIn")}</th>
              {manage && <th className="py-1">{t("actions")}</th>}
            </tr>
          </thead>
          <tbody>
            {users.rows.map((u) => (
              <tr key={u.id} className="border-b last:border-0" data-testid="colleague-row">
                <td className="py-1 pr-4">
                  {u.name}
                  {u.administrator && <span className="ml-2 rounded bg-brand-50 px-1.5 py-0.5 text-xs text-brand-800">{t("administrator")}</span>}
                </td>
                <td className="py-1 pr-4 break-all">{u.email}</td>
                <td className="py-1 pr-4">{t(`states.${u.state}`)}</td>
                <td className="py-1 pr-4">{format.dateTime(u.createdAt, { dateStyle: "medium" })}</td>
                <td className="py-1 pr-4">{u.lastSignInAt ? format.dateTime(u.lastSignInAt, { dateStyle: "medium", timeStyle: "short" }) : t("never")}</td>
                {manage && <td className="py-1">{!u.administrator && u.state !== "disabled" && <RemoveColleagueButton userId={u.id} name={u.name} />}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination
        page={users.page}
        pageSize={users.pageSize}
        total={users.total}
        href={(n) => `/company/users?page=${n}`}
        labels={{ previous: tc("pagination.previous"), next: tc("pagination.next"), status: tc("pagination.status", { page: users.page, pages }) }}
      />
      {manage && (
        <>
          <section aria-labelledby="invite-colleague" className="space-y-3">
            <h2 id="invite-colleague" className="text-xl font-semibold">
              {t("inviteTitle")}
            </h2>
            <p className="text-sm text-slate-700">{t("inviteLead")}</p>
            <InviteColleagueForm />
          </section>
          <section aria-labelledby="hand-over" className="space-y-3">
            <h2 id="hand-over" className="text-xl font-semibold">
              {t("handOverTitle")}
            </h2>
            <p className="text-sm text-slate-700">{t("handOverLead")}</p>
            <HandOverForm successors={successors} />
          </section>
        </>
      )}
    </div>
  );
}
