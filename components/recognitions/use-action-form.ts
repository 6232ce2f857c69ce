"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, startTransition, useActionState } from "react";
import type { ActionResult } from "@/lib/actions/action-result";

interface Submission {
  form: HTMLFormElement;
  data: FormData;
}

/**
 * A form posting to a server action made with defineAction: the last result, the submit handler
 * for <form onSubmit>, whether it is pending, and each field's issue in words (the schemas send
 * codes such as "required", keys of `<namespace>.issues`; a service's refusal tied to a field
 * arrives as `details.field`, already in words).
 *
 * Why onSubmit and not <form action>: React 19 resets a form's uncontrolled fields after every
 * action, refused or not, so a refusal wiped what the person had typed beside the error telling
 * them what to fix. Here the form is reset only once the action has succeeded. `confirm`, when
 * given, asks before anything is sent; a dismissal sends nothing.
 */
export function useActionForm<T>(
  action: (input: FormData) => Promise<ActionResult<T>>,
  namespace: "recognitions" | "changeReports" | "companyProfile" | "passwordReset" | "account" | "accounts" | "claims" | "colleagues" = "recognitions",
  options: { confirm?: (data: FormData) => boolean } = {},
) {
  const t = useTranslations(`${namespace}.issues`);
  const [result, dispatch, pending] = useActionState(async (_previous: ActionResult<T> | null, { form, data }: Submission) => {
    const outcome = await action(data);
    if (outcome.ok) form.reset();
    return outcome;
  }, null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const form = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(form, submitter);
    if (options.confirm && !options.confirm(data)) return;
    startTransition(() => dispatch({ form, data }));
  };
  const issue = (field: string): string | undefined => {
    if (!result || result.ok) return undefined;
    if (result.details?.field === field) return result.message;
    const code = result.fieldErrors?.[field]?.[0];
    if (!code) return undefined;
    return t.has(code) ? t(code) : t("invalid");
  };
  return { result, submit, pending, issue };
}
