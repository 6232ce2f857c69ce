import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/batches/action-form";
import { currentLang } from "@/components/batches/locale";
import { removeCalendarDayAction } from "@/lib/actions/calendar/remove-calendar-day";
import { setCalendarDayAction } from "@/lib/actions/calendar/set-calendar-day";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { dayOfWeek } from "@/lib/calendar/iso-date";
import { calendarYearSchema, listCalendarYear } from "@/lib/services/calendar/calendar-days";
import { chinaDate } from "@/lib/calendar/today";

const WEEKDAYS = { zh: ["日", "一", "二", "三", "四", "五", "六"], en: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] } as const;

export default async function CalendarPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("calendar:read");
  const raw = await searchParams;
  const parsedYear = calendarYearSchema.safeParse(raw.year);
  const year = parsedYear.success ? parsedYear.data : Number(chinaDate().slice(0, 4));
  const [t, lang, days] = await Promise.all([getTranslations("batches"), currentLang(), listCalendarYear(actor, year)]);
  // One calendar serves the whole country: a provincial administrator reads it, the national one edits it.
  const editable = hasPermission(actor, "calendar:edit");
  const kinds = [
    { value: "holiday", label: t("kind_holiday") },
    { value: "workday", label: t("kind_workday") },
  ];
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-brand-800">{t("calendarTitle")}</h1>
        <p className="text-slate-700">{t("calendarIntro")}</p>
      </div>
      <form method="get" className="flex items-end gap-2">
        <div>
          <label htmlFor="year" className="block text-sm font-medium">
            {t("calendarYear")}
          </label>
          <input id="year" name="year" type="number" min={2000} max={2100} defaultValue={year} className="w-28 rounded border border-slate-400 px-2 py-1" />
        </div>
        <button className="rounded bg-brand-700 px-3 py-1 text-white">{t("show")}</button>
      </form>
      {!editable && (
        <p className="text-slate-700" data-testid="calendar-read-only">
          {t("calendarNationalOnly")}
        </p>
      )}
      {editable && (
        <section aria-labelledby="add-day" className="max-w-xl rounded border border-slate-300 p-4">
          <h2 id="add-day" className="mb-3 text-lg font-semibold">
            {t("save")}
          </h2>
          <ActionForm
            action={setCalendarDayAction}
            testId="calendar-day"
            submitLabel={t("save")}
            pendingLabel={t("sending")}
            successMessage={t("saved")}
            fields={[
              { name: "day", label: t("day"), type: "date", required: true, defaultValue: `${year}-01-01` },
              { name: "kind", label: t("kind"), type: "select", options: kinds },
              { name: "nameZh", label: t("holidayName"), type: "text" },
              { name: "nameEn", label: t("holidayNameEn"), type: "text" },
            ]}
          />
        </section>
      )}
      <section aria-labelledby="days" className="space-y-2">
        <h2 id="days" className="text-lg font-semibold">
          {year}
        </h2>
        {days.length === 0 ? (
          <p>{t("calendarEmpty")}</p>
        ) : (
          <table className="w-full border-collapse text-sm" data-testid="calendar-days">
            <thead>
              <tr className="border-b text-left">
                <th className="p-2">{t("day")}</th>
                <th className="p-2">{t("weekday")}</th>
                <th className="p-2">{t("kind")}</th>
                <th className="p-2">{t("holidayName")}</th>
                {editable && <th className="p-2">{t("colAction")}</th>}
              </tr>
            </thead>
            <tbody>
              {days.map((d) => (
                <tr key={d.day} className="border-b">
                  <td className="p-2 font-mono">{d.day}</td>
                  <td className="p-2">{WEEKDAYS[lang][dayOfWeek(d.day)]}</td>
                  <td className="p-2">{t(`kind_${d.kind}`)}</td>
                  <td className="p-2">{(lang === "en" ? d.nameEn : d.nameZh) ?? ""}</td>
                  {editable && (
                    <td className="p-2">
                      <ActionForm
                        action={removeCalendarDayAction}
                        tone="danger"
                        submitLabel={t("delete")}
                        pendingLabel={t("sending")}
                        successMessage={t("deleted")}
                        fields={[{ name: "day", label: "day", type: "hidden", defaultValue: d.day }]}
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
