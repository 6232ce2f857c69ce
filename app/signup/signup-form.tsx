"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { TextField } from "@/components/company/text-field";
import { checkCreditCode } from "@/lib/company/credit-code";
import { listRegionChildrenAction, type RegionOption } from "@/lib/actions/signup/list-region-children";
import { registerCompanyAction } from "@/lib/actions/signup/register-company";

interface Option {
  code: string;
  name: string;
}

type Errors = Record<string, string | undefined>;

function RegionSelect(props: {
  id: string;
  label: string;
  options: Option[];
  value: string;
  error?: string;
  placeholder: string;
  disabled?: boolean;
  onChange: (code: string) => void;
}) {
  const { id, label, options, value, error, placeholder, disabled, onChange } = props;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <select
        id={id}
        name={id}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="w-full rounded border border-slate-400 px-3 py-2 disabled:bg-slate-100"
      >
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.code} value={o.code}>
            {o.name}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="text-sm text-accent-600">
          {error}
        </p>
      )}
    </div>
  );
}

/** Company sign-up: the credit code is checked as it is typed, the region is chosen province → city → county. */
export function SignupForm({ provinces, industries }: { provinces: Option[]; industries: Option[] }) {
  const t = useTranslations("signup");
  const claims = useTranslations("claims.signup");
  const locale = useLocale();
  const [receivedFor, setReceivedFor] = useState<string | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [registered, setRegistered] = useState(false);
  // A firm on the register with no user is claimed, not signed up again (docs/decisions/027).
  const [claimHref, setClaimHref] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [province, setProvince] = useState("");
  const [city, setCity] = useState("");
  const [county, setCounty] = useState("");
  const [industry, setIndustry] = useState("");
  const [cities, setCities] = useState<Option[]>([]);
  const [counties, setCounties] = useState<Option[]>([]);
  const named = (rows: RegionOption[]) => rows.map((r) => ({ code: r.code, name: locale === "en" ? r.nameEn : r.nameZh }));

  async function chooseProvince(code: string) {
    setProvince(code);
    setCity("");
    setCounty("");
    setCounties([]);
    setCities(code ? named(await listRegionChildrenAction(code)) : []);
  }
  async function chooseCity(code: string) {
    setCity(code);
    setCounty("");
    setCounties(code ? named(await listRegionChildrenAction(code)) : []);
  }

  function checkCode(value: string) {
    if (!value.trim()) return;
    const check = checkCreditCode(value);
    setErrors((e) => ({ ...e, creditCode: check.valid ? undefined : locale === "en" ? check.message.en : check.message.zh }));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setMessage(null);
    setRegistered(false);
    const result = await registerCompanyAction(form);
    if (!result.ok) {
      setPending(false);
      setErrors(Object.fromEntries(Object.entries(result.fieldErrors ?? {}).map(([k, v]) => [k, v[0]])));
      setMessage(result.message);
      setRegistered(result.details?.reason === "registered");
      setClaimHref(result.details?.reason === "claimable" && typeof result.details.claimHref === "string" ? result.details.claimHref : null);
      return;
    }
    setPending(false);
    setErrors({});
    // The same answer whether or not the email already had an account (the email says which),
    // so nobody can learn from this form who has an account. Hence no automatic sign-in either.
    setReceivedFor(result.data.email);
  }

  if (receivedFor) {
    return (
      <div role="status" data-testid="signup-received" className="space-y-3 rounded border border-brand-600 bg-brand-50 p-4">
        <p>{t("received", { email: receivedFor })}</p>
        <p>
          <Link href="/signin?callbackUrl=%2Fcompany" className="font-medium text-brand-700 underline">
            {t("signInNow")}
          </Link>
        </p>
      </div>
    );
  }

  const field = (id: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField id={id} label={t(`fields.${id}`)} error={errors[id]} {...extra} />
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-describedby={message ? "signup-message" : undefined}>
      <div aria-live="assertive">
        {message && (
          <div id="signup-message" role="alert" className="space-y-1 rounded border border-accent-600 bg-red-50 p-3 text-accent-600">
            <p>{message}</p>
            {registered && <p className="text-slate-800">{t("askAdministrator")}</p>}
            {claimHref && (
              <p>
                <Link href={claimHref} className="font-medium text-brand-700 underline" data-testid="claim-offer">
                  {claims("claimLink")}
                </Link>
              </p>
            )}
          </div>
        )}
      </div>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("companySection")}</legend>
        {field("creditCode", {
          hint: t("creditCodeHint"),
          autoComplete: "off",
          maxLength: 18,
          onBlur: (e) => checkCode(e.target.value),
          className: "font-mono",
        })}
        {field("companyName", { autoComplete: "organization" })}
        <div className="grid gap-4 sm:grid-cols-3">
          <RegionSelect
            id="provinceCode"
            label={t("fields.provinceCode")}
            placeholder={t("choose")}
            options={provinces}
            value={province}
            error={errors.provinceCode}
            onChange={chooseProvince}
          />
          <RegionSelect
            id="cityCode"
            label={t("fields.cityCode")}
            placeholder={t("choose")}
            options={cities}
            value={city}
            error={errors.cityCode}
            disabled={!province}
            onChange={chooseCity}
          />
          <RegionSelect
            id="countyCode"
            label={t("fields.countyCode")}
            placeholder={t("chooseOptional")}
            options={counties}
            value={county}
            error={errors.countyCode}
            disabled={counties.length === 0}
            onChange={setCounty}
          />
        </div>
        <RegionSelect
          id="industryCode"
          label={t("fields.industryCode")}
          placeholder={t("choose")}
          options={industries}
          value={industry}
          error={errors.industryCode}
          onChange={setIndustry}
        />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("contactSection")}</legend>
        {field("contactName", { autoComplete: "name" })}
        {field("contactEmail", { type: "email", autoComplete: "email", hint: t("emailHint") })}
        {field("contactPhone", { type: "tel", autoComplete: "tel" })}
        {field("password", { type: "password", autoComplete: "new-password", hint: t("passwordHint") })}
        {field("passwordConfirm", { type: "password", autoComplete: "new-password" })}
      </fieldset>
      <button type="submit" disabled={pending} className="w-full rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
