"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field, inputClass } from "@/components/recognitions/form-parts";
import type { PlacementChoice } from "@/lib/services/accounts/placement-options";

/**
 * The role, then — for the roles that sit somewhere — the jurisdiction that role may take from
 * this administrator. Changing the role replaces the jurisdiction list (its own element, by key);
 * a role with no placement sends an empty jurisdiction.
 */
export function RolePlacementFields({
  idPrefix,
  choices,
  initialRole,
  initialJurisdiction,
  issue,
}: {
  idPrefix: string;
  choices: PlacementChoice[];
  /** Empty: the person must choose a role first. */
  initialRole: string;
  initialJurisdiction?: string | null;
  issue: (field: string) => string | undefined;
}) {
  const t = useTranslations("accounts");
  const [role, setRole] = useState(initialRole);
  const choice = choices.find((c) => c.role === role);
  const jurisdictionDefault = !choice
    ? ""
    : choice.options.some((o) => o.code === initialJurisdiction)
      ? initialJurisdiction!
      : choice.options.length === 1
        ? choice.options[0]!.code
        : "";
  return (
    <>
      <Field id={`${idPrefix}-role`} label={t("new.role")} error={issue("role")}>
        {(describedBy, invalid) => (
          <select
            id={`${idPrefix}-role`}
            name="role"
            value={role}
            onChange={(event) => setRole(event.target.value)}
            className={inputClass}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            required
          >
            {initialRole === "" && <option value="">{t("new.chooseRole")}</option>}
            {choices.map((c) => (
              <option key={c.role} value={c.role}>
                {t(`roles.${c.role}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {choice && choice.placement !== "none" ? (
        <Field id={`${idPrefix}-jurisdiction`} label={t("new.jurisdiction")} error={issue("jurisdictionCode")}>
          {(describedBy, invalid) => (
            <select
              key={choice.role}
              id={`${idPrefix}-jurisdiction`}
              name="jurisdictionCode"
              defaultValue={jurisdictionDefault}
              className={inputClass}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              required
            >
              {jurisdictionDefault === "" && <option value="">{t("new.chooseJurisdiction")}</option>}
              {choice.options.map((o) => (
                <option key={o.code} value={o.code}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : (
        <input type="hidden" name="jurisdictionCode" value="" />
      )}
    </>
  );
}
