"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";

type FieldErrors = { email?: string; password?: string; code?: string };

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("signin");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  // Shown once the password was right and the account signs in with a second factor.
  const [askCode, setAskCode] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const code = String(form.get("code") ?? "").trim();
    const errors: FieldErrors = {};
    if (!email) errors.email = t("emailRequired");
    if (!password) errors.password = t("passwordRequired");
    if (askCode && !code) errors.code = t("codeRequired");
    setFieldErrors(errors);
    if (errors.email || errors.password || errors.code) return;
    setPending(true);
    setMessage(null);
    const result = await signIn("credentials", { email, password, ...(askCode ? { code } : {}), redirect: false });
    setPending(false);
    if (result?.ok && !result.error) {
      router.push(callbackUrl);
      router.refresh();
      return;
    }
    if (result?.error === "TwoFactorRequired") {
      setAskCode(true);
      setMessage(t("codeAsked"));
      return;
    }
    if (result?.error === "TwoFactorInvalid") {
      setFieldErrors({ code: t("codeInvalid") });
      setMessage(t("codeInvalid"));
      return;
    }
    setMessage(result?.error === "Throttled" ? t("throttled") : result?.error === "CredentialsSignin" ? t("invalid") : t("failed"));
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-describedby={message ? "signin-error" : undefined}>
      <div aria-live="assertive">
        {message && (
          <p id="signin-error" role="alert" className="rounded border border-accent-600 bg-red-50 p-3 text-accent-600">
            {message}
          </p>
        )}
      </div>
      <div className="space-y-1">
        <label htmlFor="email" className="block font-medium">
          {t("email")}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          aria-invalid={fieldErrors.email ? true : undefined}
          aria-describedby={fieldErrors.email ? "email-error" : undefined}
          className="w-full rounded border border-slate-400 px-3 py-2"
        />
        {fieldErrors.email && (
          <p id="email-error" className="text-sm text-accent-600">
            {fieldErrors.email}
          </p>
        )}
      </div>
      <div className="space-y-1">
        <label htmlFor="password" className="block font-medium">
          {t("password")}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={fieldErrors.password ? true : undefined}
          aria-describedby={fieldErrors.password ? "password-error" : undefined}
          className="w-full rounded border border-slate-400 px-3 py-2"
        />
        {fieldErrors.password && (
          <p id="password-error" className="text-sm text-accent-600">
            {fieldErrors.password}
          </p>
        )}
      </div>
      {askCode && (
        <div className="space-y-1">
          <label htmlFor="code" className="block font-medium">
            {t("code")}
          </label>
          <input
            id="code"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            autoFocus
            aria-invalid={fieldErrors.code ? true : undefined}
            aria-describedby={`code-hint${fieldErrors.code ? " code-error" : ""}`}
            className="w-full rounded border border-slate-400 px-3 py-2 font-mono"
          />
          <p id="code-hint" className="text-sm text-slate-600">
            {t("codeHint")}
          </p>
          {fieldErrors.code && (
            <p id="code-error" className="text-sm text-accent-600">
              {fieldErrors.code}
            </p>
          )}
        </div>
      )}
      <button type="submit" disabled={pending} className="w-full rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
