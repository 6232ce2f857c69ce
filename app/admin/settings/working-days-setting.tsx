import { ActionForm } from "@/components/batches/action-form";
import type { ActionResult } from "@/lib/actions/action-result";

/** One national rule that is a number of working days: what it is now, and the form that changes it. */
export function WorkingDaysSetting(props: {
  id: string;
  title: string;
  intro?: string;
  current: string;
  label: string;
  hint: string;
  /** Shown after saving; `{workingDays}` is the saved number. */
  saved: string;
  workingDays: number;
  action: (form: FormData) => Promise<ActionResult<unknown>>;
  saveLabel: string;
  pendingLabel: string;
}) {
  return (
    <section aria-labelledby={props.id} className="max-w-xl rounded border border-slate-300 p-4">
      <h2 id={props.id} className="mb-3 text-lg font-semibold">
        {props.title}
      </h2>
      {props.intro && <p className="mb-3 text-slate-700">{props.intro}</p>}
      <p className="mb-3" data-testid={`${props.id}-current`}>
        {props.current}
      </p>
      <ActionForm
        action={props.action}
        testId={props.id}
        submitLabel={props.saveLabel}
        pendingLabel={props.pendingLabel}
        successMessage={props.saved}
        fields={[{ name: "workingDays", label: props.label, type: "number", defaultValue: String(props.workingDays), required: true, hint: props.hint }]}
      />
    </section>
  );
}
