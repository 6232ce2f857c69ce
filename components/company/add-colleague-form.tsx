"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { addCompanyUserAction } from "@/lib/actions/company/add-company-user";
import { TextField } from "./text-field";

/** A company user gives a colleague an account for the same firm. */
export function AddColleagueForm() {
  const t = useTranslations("company.users");
  const errorsT = useTranslations("signup.errors");
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await addCompanyUserAction(new FormData(event.currentTarget));
    if (result.ok) {
      setErrors({});
      setMessage({ ok: true, text: t("added") });
      form.current?.reset();
      return;
    }
    const fieldErrors = Object.fromEntries(
      Object.entries(result.fieldErrors ?? {}).map(([k, v]) => [k, errorsT.has(v[0] ?? "") ? errorsT(v[0] ?? "") : (v[0] ?? "")]),
    );
    if (typeof result.details?.field === "string") fieldErrors[result.details.field] = result.message;
    setErrors(fieldErrors);
    setMessage({ ok: false, text: result.message });
  }
  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="max-w-md space-y-4">
      <div aria-live="polite">
        {message && (
          <p role={message.ok ? "status" : "alert"} className={message.ok ? "text-green-800" : "text-accent-600"}>
            {message.text}
          </p>
        )}
      </div>
      <TextField id="name" label={t("name")} error={errors.name} autoComplete="off" />
      <TextField id="email" label={t("email")} type="email" error={errors.email} autoComplete="off" />
      <TextField id="password" label={t("password")} type="password" error={errors.password} hint={t("passwordHint")} autoComplete="new-password" />
      <TextField id="passwordConfirm" label={t("passwordConfirm")} type="password" error={errors.passwordConfirm} autoComplete="new-password" />
      <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
        {t("add")}
      </button>
    </form>
  );
}
