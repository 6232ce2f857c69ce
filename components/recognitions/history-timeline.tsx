import type { HistoryEvent } from "@/lib/services/recognitions/company-history";
import { EXIT_KINDS } from "@/lib/domain/recognitions/event-kinds";
import { eventLabel, formatDay, pick, reasonLabel, TIER_LABELS } from "./labels";

const ENTRY_KINDS = new Set(["entry", "renewed"]);
const EXITS = new Set<string>(EXIT_KINDS);

const WORDS = {
  empty: { zh: "暂无认定记录。", en: "No recognition on record." },
  title: { zh: "认定与退出记录", en: "Entries and exits" },
  certificate: { zh: "证书编号", en: "Certificate" },
  current: { zh: "仍有效", en: "still held" },
} as const;

function tone(kind: string): string {
  if (ENTRY_KINDS.has(kind)) return "border-green-700";
  if (EXITS.has(kind)) return "border-accent-600";
  if (kind === "flagged" || kind === "annual_data_missed" || kind === "cancellation_proposed") return "border-amber-600";
  return "border-slate-400";
}

/**
 * A firm's history at every tier — every entry, renewal and exit (and, in the full history, the
 * management trail between them) — oldest first. `summary` gives one line per title: when it was
 * granted and how it ended, for a public company page.
 *
 * Takes events from `companyHistory(companyId, "public" | "full")`
 * (lib/services/recognitions/company-history). Server- and client-safe: no hooks.
 */
export function HistoryTimeline({
  events,
  locale,
  variant = "full",
  headingLevel = 2,
}: {
  events: readonly HistoryEvent[];
  locale: string;
  variant?: "full" | "summary";
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  if (events.length === 0) {
    return (
      <section aria-label={pick(WORDS.title, locale)} data-testid="history-timeline">
        <p className="text-slate-600">{pick(WORDS.empty, locale)}</p>
      </section>
    );
  }
  if (variant === "summary") {
    const byTitle = new Map<string, HistoryEvent[]>();
    for (const event of events) byTitle.set(event.recognitionId, [...(byTitle.get(event.recognitionId) ?? []), event]);
    return (
      <section aria-label={pick(WORDS.title, locale)} data-testid="history-timeline" data-variant="summary">
        <ul className="space-y-1">
          {[...byTitle.values()].map((list) => {
            const first = list[0]!;
            const entry = list.find((e) => e.kind === "entry") ?? first;
            const exit = [...list].reverse().find((e) => EXITS.has(e.kind));
            const renewals = list.filter((e) => e.kind === "renewed").length;
            return (
              <li key={first.recognitionId} className="text-sm" data-kind={exit?.kind ?? "held"}>
                <span className="font-medium">{pick(TIER_LABELS[first.tier], locale)}</span>
                {" · "}
                {formatDay(entry.occurredOn, locale)} {eventLabel("entry", locale)}
                {renewals > 0 && ` · ${eventLabel("renewed", locale)} ×${renewals}`}
                {" → "}
                {exit ? (
                  <span className="text-accent-600">
                    {formatDay(exit.occurredOn, locale)} {eventLabel(exit.kind, locale)}
                    {reasonLabel(exit.reasonCategory, locale) ? `（${reasonLabel(exit.reasonCategory, locale)}）` : ""}
                  </span>
                ) : (
                  <span>{pick(WORDS.current, locale)}</span>
                )}
              </li>
            );
          })}
        </ul>
      </section>
    );
  }
  return (
    <section aria-labelledby="history-timeline-title" data-testid="history-timeline" data-variant="full">
      <Heading id="history-timeline-title" className="mb-2 text-lg font-semibold">
        {pick(WORDS.title, locale)}
      </Heading>
      <ol className="space-y-2 border-l-2 border-slate-200 pl-4">
        {events.map((event) => {
          const reason = reasonLabel(event.reasonCategory, locale);
          return (
            <li key={event.id} className={`border-l-4 pl-3 ${tone(event.kind)}`} data-kind={event.kind}>
              <p className="text-sm text-slate-600">
                <time dateTime={event.occurredOn}>{formatDay(event.occurredOn, locale)}</time> · {pick(TIER_LABELS[event.tier], locale)} ·{" "}
                {pick(WORDS.certificate, locale)} {event.certificateNo}
              </p>
              <p className="font-medium">
                {eventLabel(event.kind, locale)}
                {reason && <span className="font-normal">（{reason}）</span>}
              </p>
              {event.reasonText && <p className="text-sm text-slate-700">{event.reasonText}</p>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
