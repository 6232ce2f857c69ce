import type { InvalidField } from "@/lib/api/eligibility-contract";
import { localizeIssue } from "@/lib/api/localize-issue";

/** Zod issues as the API reports them: dotted path ("awards.scienceTech.0.rank"), message in both languages. */
export function issuesOf(error: { issues: readonly { path: readonly PropertyKey[]; message: string; code: string }[] }): InvalidField[] {
  return error.issues.map((issue) => {
    const text = localizeIssue(issue);
    return { path: issue.path.map(String).join("."), message: text.en, messageZh: text.zh, code: issue.code };
  });
}
