"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { SaveState } from "./use-draft-autosave";

/** The autosave's state, announced politely to screen readers. */
export function SaveStatus({ state }: { state: SaveState }) {
  const t = useTranslations("company.form");
  const format = useFormatter();
  const text =
    state.kind === "saving"
      ? t("saving")
      : state.kind === "saved"
        ? t("savedAt", { time: format.dateTime(state.at, { timeStyle: "medium" }) })
        : state.kind === "dirty"
          ? t("unsaved")
          : state.kind === "error"
            ? t("notSaved", { message: state.message })
            : "";
  return (
    <p
      role="status"
      aria-live="polite"
      data-testid="save-status"
      data-state={state.kind}
      className={state.kind === "error" ? "text-sm text-accent-600" : "text-sm text-slate-600"}
    >
      {text}
    </p>
  );
}
