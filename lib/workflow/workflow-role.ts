import type { Actor } from "@/lib/auth/roles";
import type { WorkflowRole } from "@/lib/workflow/application-lifecycle";

/** The part a signed-in person plays in the application workflow, if any. */
export function workflowRoleOf(actor: Actor): WorkflowRole | null {
  switch (actor.role) {
    case "company":
    case "municipal":
    case "provincial":
    case "ministry":
      return actor.role;
    default:
      return null;
  }
}
