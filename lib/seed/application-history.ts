import {
  NO_REVIEW_FINDINGS,
  transitionApplication,
  type ApplicationAction,
  type ApplicationOverride,
  type ApplicationStatus,
  type ReviewLevel,
  type Tier,
  type WorkflowRole,
} from "@/lib/workflow/application-lifecycle";

export interface HistoryStep {
  action: ApplicationAction;
  actor: WorkflowRole;
  from: ApplicationStatus;
  to: ApplicationStatus;
  reason: string | null;
  sections: string[] | null;
  /** Overrides the step takes (approving a file judged not eligible), justified by `reason`. */
  overrides: readonly ApplicationOverride[];
}

export interface History {
  steps: HistoryStep[];
  status: ApplicationStatus;
  returnedByLevel: ReviewLevel | null;
}

/** The actions that bring a new application to each status, per tier (variants chosen by `variant`). */
function pathTo(target: ApplicationStatus, tier: Tier, variant: number): ApplicationAction[] {
  const toProvince: ApplicationAction[] = ["submit", "approve"];
  const approvedPath: ApplicationAction[] = tier === "little-giant" ? [...toProvince, "approve", "approve"] : [...toProvince, "approve"];
  switch (target) {
    case "draft":
      return [];
    case "municipal_review":
      return variant % 3 === 0 ? ["submit", "return", "resubmit"] : ["submit"];
    case "provincial_review":
      return toProvince;
    case "ministry_review":
      return [...toProvince, "approve"];
    case "returned":
      return variant % 2 === 0 ? ["submit", "return"] : [...toProvince, "return"];
    case "approved":
      return approvedPath;
    case "recognised":
      return [...approvedPath, "recognise"];
    case "rejected":
      return variant % 2 === 0 ? ["submit", "reject"] : [...toProvince, "reject"];
    case "withdrawn":
      return ["submit", "withdraw"];
  }
}

const REASONS: Partial<Record<ApplicationAction, string[]>> = {
  return: [
    "请补充近三年审计报告及研发费用专项审计报告。",
    "知识产权证明材料与主导产品对应关系不清，请补充说明。",
    "主营业务收入数据与审计报告不一致，请核实后修改。",
  ],
  reject: ["研发费用占比未达到认定标准。", "主营业务收入占比不足，不符合专精特新中小企业认定条件。", "企业存在严重失信记录，不予通过。"],
};

/** An official's stated reason for approving a file the rules judged not eligible. */
const OVERRIDE_REASONS = ["经现场核查，企业补充提供的审计报告证实相关指标达标，予以通过。", "系统评估所用数据与核实后的财务数据不一致，经复核符合认定条件。"];

/**
 * A plausible review trail that ends in `target`, walked through the real state machine so the
 * demo data only ever contains histories the workflow allows: a file the rules judged not
 * eligible (`judgedEligible` false) is approved only as an override, with a reason. No expert is
 * assigned in the demo, so the ministry's approval never waits for one.
 */
export function applicationHistory(target: ApplicationStatus, tier: Tier, variant: number, judgedEligible: boolean | null = null): History {
  let status: ApplicationStatus = "draft";
  let returnedByLevel: ReviewLevel | null = null;
  const steps: HistoryStep[] = [];
  for (const action of pathTo(target, tier, variant)) {
    const result = transitionApplication(status, action, { tier, returnedByLevel, ...NO_REVIEW_FINDINGS, judgedEligible });
    if (!result.ok) throw new Error(`demo history for ${target}/${tier} is not allowed by the workflow: ${result.message.en}`);
    const reasons = result.overrides.length > 0 ? OVERRIDE_REASONS : REASONS[action];
    steps.push({
      action,
      actor: result.actor,
      from: status,
      to: result.to,
      reason: reasons ? reasons[variant % reasons.length]! : null,
      sections: action === "return" ? (variant % 2 === 0 ? ["financials", "documents"] : ["rd-ip"]) : null,
      overrides: result.overrides,
    });
    status = result.to;
    returnedByLevel = result.returnedByLevel;
  }
  if (status !== target) throw new Error(`demo history ended in ${status}, not ${target}`);
  return { steps, status, returnedByLevel };
}
