import type { ActionResult } from "@/lib/actions/action-result";

/**
 * The outcome of a form's last submission, announced to screen readers: a success as a status,
 * a failure as an alert. The container stays in the page so the announcement is not lost.
 */
export function FormResult({ id, result, success, testId }: { id: string; result: ActionResult<unknown> | null; success?: string; testId?: string }) {
  return (
    <div aria-live="polite" aria-atomic="true" data-testid={testId}>
      {result?.ok && success && (
        <p id={id} role="status" className="rounded border border-green-700 bg-green-50 p-2 text-green-900">
          {success}
        </p>
      )}
      {result && !result.ok && (
        <p id={id} role="alert" className="rounded border border-accent-600 bg-red-50 p-2 text-accent-600">
          {result.message}
        </p>
      )}
    </div>
  );
}

/** The schema's issue for a field (a code such as "required" or zod's English text: forms put it in words). */
export function schemaIssue(result: ActionResult<unknown> | null, field: string): string | undefined {
  return result && !result.ok ? result.fieldErrors?.[field]?.[0] : undefined;
}

/** A service's refusal tied to a field (`details.field`), already in the reader's language. */
export function serviceIssue(result: ActionResult<unknown> | null, field: string): string | undefined {
  return result && !result.ok && result.details?.field === field ? result.message : undefined;
}
