import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { DecideAction } from "@/components/review/decision-form";
import { DecisionForm } from "@/components/review/decision-form";
import { renderWithMessages } from "./render-with-messages";

const APPLICATION_ID = "6f1c1b7e-1d7a-4a52-9a57-3f0c2f3e9b10";

function setup(action: DecideAction = vi.fn<DecideAction>(), allowed: ("approve" | "return" | "reject")[] = ["approve", "return", "reject"]) {
  const user = userEvent.setup();
  renderWithMessages(<DecisionForm applicationId={APPLICATION_ID} version={3} allowed={allowed} approveKind="send-to-province" action={action} />);
  return { user, action };
}

describe("the decision form", () => {
  it("offers only the decisions it is given, with what approving means at this level", () => {
    setup(undefined, ["approve", "return"]);
    expect(screen.getByRole("radio", { name: "审核通过，报送省级" })).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "退回修改" })).toBeInTheDocument();
    expect(screen.queryByRole("radio", { name: "不予通过" })).not.toBeInTheDocument();
  });

  it("says there is nothing to decide when no decision is allowed", () => {
    setup(undefined, []);
    expect(screen.getByTestId("no-actions")).toHaveTextContent("该申报当前状态下无需您审核。");
    expect(screen.queryByRole("button", { name: "提交审核意见" })).not.toBeInTheDocument();
  });

  it("returning without a reason or sections shows both errors tied to their fields, and sends nothing", async () => {
    const { user, action } = setup();
    await user.click(screen.getByRole("radio", { name: "退回修改" }));
    await user.click(screen.getByRole("button", { name: "提交审核意见" }));

    const reason = screen.getByLabelText("理由");
    // The form's action runs in a transition: its result arrives after the click.
    await waitFor(() => expect(reason).toHaveAttribute("aria-invalid", "true"));
    expect(reason).toHaveAccessibleDescription(expect.stringContaining("请填写理由。"));
    const sections = screen.getByRole("group", { name: "需要企业修改的部分" });
    expect(sections).toHaveAttribute("aria-invalid", "true");
    expect(sections).toHaveAccessibleDescription(expect.stringContaining("请选择需要企业修改的部分。"));
    expect(screen.getByRole("alert")).toHaveTextContent("请按提示修改标出的内容。");
    expect(action).not.toHaveBeenCalled();
  });

  it("submitting without choosing a decision asks for one", async () => {
    const { user, action } = setup();
    await user.click(screen.getByRole("button", { name: "提交审核意见" }));
    await waitFor(() => expect(screen.getByRole("group", { name: "您的审核意见" })).toHaveAccessibleDescription("请选择审核意见。"));
    expect(action).not.toHaveBeenCalled();
  });

  it("rejecting requires a reason but no sections", async () => {
    const { user } = setup();
    await user.click(screen.getByRole("radio", { name: "不予通过" }));
    expect(screen.queryByRole("group", { name: "需要企业修改的部分" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "提交审核意见" }));
    await waitFor(() => expect(screen.getByLabelText("理由")).toHaveAttribute("aria-invalid", "true"));
  });

  it("a complete return is sent with the version the official saw, and the result is announced", async () => {
    const action = vi.fn<DecideAction>(async () => ({
      ok: true,
      data: { applicationId: APPLICATION_ID, from: "municipal_review", to: "returned", version: 4 },
    }));
    const { user } = setup(action);
    await user.click(screen.getByRole("radio", { name: "退回修改" }));
    await user.type(screen.getByLabelText("理由"), "请补充审计报告。");
    await user.click(screen.getByRole("checkbox", { name: "近三年经营数据" }));
    await user.click(screen.getByRole("button", { name: "提交审核意见" }));

    await waitFor(() => expect(action).toHaveBeenCalledTimes(1));
    const sent = action.mock.calls[0]![0];
    expect(sent.get("applicationId")).toBe(APPLICATION_ID);
    expect(sent.get("expectedVersion")).toBe("3");
    expect(sent.get("action")).toBe("return");
    expect(sent.get("reason")).toBe("请补充审计报告。");
    expect(sent.getAll("sections")).toEqual(["financials"]);
    expect(await screen.findByRole("status")).toHaveTextContent("审核意见已记录，申报当前状态：退回修改。");
    expect(screen.getByLabelText("理由")).toHaveValue("");
  });

  it("a field error from the server is shown beside the field", async () => {
    const action = vi.fn<DecideAction>(async () => ({ ok: false, status: 400, message: "请填写理由。", details: { field: "reason" } }));
    const { user } = setup(action);
    await user.click(screen.getByRole("radio", { name: "审核通过，报送省级" }));
    await user.click(screen.getByRole("button", { name: "提交审核意见" }));
    await waitFor(() => expect(screen.getByLabelText("理由")).toHaveAttribute("aria-invalid", "true"));
    expect(screen.getByLabelText("理由")).toHaveAccessibleDescription(expect.stringContaining("请填写理由。"));
  });

  it("a file changed by someone else is a conflict with a way to reload, and keeps what was typed", async () => {
    const action = vi.fn<DecideAction>(async () => ({ ok: false, status: 409, message: "该记录已被他人修改，请刷新后重试。" }));
    const { user } = setup(action);
    await user.click(screen.getByRole("radio", { name: "不予通过" }));
    await user.type(screen.getByLabelText("理由"), "研发费用占比不足。");
    await user.click(screen.getByRole("button", { name: "提交审核意见" }));

    const conflict = await screen.findByTestId("decision-conflict");
    expect(conflict).toHaveAttribute("role", "alert");
    expect(conflict).toHaveTextContent("已被他人修改");
    expect(conflict).toHaveTextContent("该记录已被他人修改，请刷新后重试。");
    expect(screen.getByRole("link", { name: "重新加载申报" })).toHaveAttribute("href", `/staff/applications/${APPLICATION_ID}`);
    expect(screen.getByLabelText("理由")).toHaveValue("研发费用占比不足。");
  });

  it("before submitting, says that approval waits for the experts, and offers no approval", () => {
    renderWithMessages(
      <DecisionForm
        applicationId={APPLICATION_ID}
        version={2}
        allowed={["return", "reject"]}
        approveKind="final"
        approval={{ expertsOutstanding: { assigned: 3, submitted: 1 }, overrideNotEligible: false }}
        action={vi.fn<DecideAction>()}
      />,
    );
    expect(screen.getByTestId("gate-experts")).toHaveTextContent("3位专家中还有2位未提交，全部提交后方可审核通过");
    expect(screen.queryByRole("radio", { name: "审定通过" })).not.toBeInTheDocument();
  });

  it("approving a file the rules judge not eligible asks for the reason as an override, and sends nothing without it", async () => {
    const action = vi.fn<DecideAction>(async () => ({
      ok: true,
      data: { applicationId: APPLICATION_ID, from: "provincial_review", to: "approved", version: 2 },
    }));
    const user = userEvent.setup();
    renderWithMessages(
      <DecisionForm
        applicationId={APPLICATION_ID}
        version={1}
        allowed={["approve", "return", "reject"]}
        approveKind="recognise"
        requirements={{ approve: ["reason"], return: ["reason", "sections"], reject: ["reason"] }}
        approval={{ expertsOutstanding: null, overrideNotEligible: true }}
        action={action}
      />,
    );
    expect(screen.getByTestId("gate-override")).toHaveTextContent("按认定标准评估，该申报不符合条件：审核通过属于例外决定，须填写理由");
    await user.click(screen.getByRole("radio", { name: "审核通过，予以认定（列入公告批次）" }));
    const reason = screen.getByLabelText("理由");
    expect(reason).toHaveAttribute("aria-required", "true");
    expect(screen.getByTestId("reason-required")).toHaveTextContent("（必填）");
    await user.click(screen.getByRole("button", { name: "提交审核意见" }));
    await waitFor(() => expect(reason).toHaveAttribute("aria-invalid", "true"));
    expect(reason).toHaveAccessibleDescription(expect.stringContaining("请填写对评估为不符合条件的申报审核通过的理由。"));
    expect(action).not.toHaveBeenCalled();

    await user.type(reason, "经现场核查符合条件。");
    await user.click(screen.getByRole("button", { name: "提交审核意见" }));
    await waitFor(() => expect(action).toHaveBeenCalledTimes(1));
    expect(action.mock.calls[0]![0].get("reason")).toBe("经现场核查符合条件。");
  });

  it("without an override, approving needs no reason", async () => {
    const action = vi.fn<DecideAction>(async () => ({
      ok: true,
      data: { applicationId: APPLICATION_ID, from: "municipal_review", to: "provincial_review", version: 4 },
    }));
    const { user } = setup(action);
    await user.click(screen.getByRole("radio", { name: "审核通过，报送省级" }));
    expect(screen.getByLabelText("理由")).not.toHaveAttribute("aria-required");
    expect(screen.queryByTestId("decision-gates")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "提交审核意见" }));
    await waitFor(() => expect(action).toHaveBeenCalledTimes(1));
  });

  it("shows the gates in English on an English page", () => {
    renderWithMessages(
      <DecisionForm
        applicationId={APPLICATION_ID}
        version={1}
        allowed={["return", "reject"]}
        approveKind="final"
        approval={{ expertsOutstanding: { assigned: 2, submitted: 1 }, overrideNotEligible: true }}
        action={vi.fn<DecideAction>()}
      />,
      "en",
    );
    expect(screen.getByTestId("gate-experts")).toHaveTextContent("Expert reviews outstanding: 1 of 2. Approval is possible once all are in.");
    expect(screen.getByTestId("gate-override")).toHaveTextContent(
      "The rules judge this application not eligible: approving it is an override and needs a reason",
    );
  });

  it("speaks English on an English page", () => {
    renderWithMessages(
      <DecisionForm applicationId={APPLICATION_ID} version={1} allowed={["approve"]} approveKind="recognise" action={vi.fn<DecideAction>()} />,
      "en",
    );
    expect(screen.getByRole("radio", { name: "Approve: recognise (ready for a batch)" })).toBeInTheDocument();
  });
});
