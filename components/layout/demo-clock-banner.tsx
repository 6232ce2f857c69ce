import { getTranslations } from "next-intl/server";
import { chinaDateTime, isDemoClock, systemNow, wallClock } from "@/lib/calendar/today";

/** Says on every page that the portal runs on a demonstration clock (docs/decisions/030), and what time it really is. */
export async function DemoClockBanner() {
  if (!isDemoClock()) return null;
  const t = await getTranslations("common");
  return (
    <p role="status" className="bg-amber-100 px-4 py-2 text-center text-sm text-amber-950" data-testid="demo-clock">
      {t("demoClock", { portal: chinaDateTime(systemNow()), real: chinaDateTime(wallClock()) })}
    </p>
  );
}
