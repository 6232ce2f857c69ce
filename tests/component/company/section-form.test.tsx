import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { NextIntlClientProvider } from "next-intl";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { loadMessages } from "@/i18n/load-messages";

// The server actions are the network boundary of this client form; here they only record calls.
const saveDraftAction = vi.fn();
vi.mock("@/lib/actions/company/save-draft", () => ({ saveDraftAction: (input: unknown) => saveDraftAction(input) }));
vi.mock("@/lib/actions/company/load-draft", () => ({ loadDraftAction: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }) }));

const { SectionForm } = await import("@/components/application-form/section-form");

let messages: Record<string, unknown>;
beforeAll(async () => {
  messages = await loadMessages("zh-CN");
});
beforeEach(() => {
  saveDraftAction.mockReset();
  saveDraftAction.mockImplementation(async (input: { expectedVersion: number }) => ({
    ok: true,
    data: { version: input.expectedVersion + 1, sectionState: { financials: "in-progress" } },
  }));
  window.localStorage.clear();
});

function renderForm(initialFacts: Record<string, unknown> = {}) {
  return render(
    <NextIntlClientProvider locale="zh-CN" messages={messages} timeZone="Asia/Shanghai">
      <SectionForm
        applicationId="7d1c3c59-4a55-4a55-8f43-6a9f0f5e2c11"
        section="financials"
        sectionTitle="近三年经营数据"
        applicationYear={2026}
        initialFacts={initialFacts}
        initialVersion={3}
        progress="not-started"
        editable
        taskListHref="/company/applications/x"
      />
    </NextIntlClientProvider>,
  );
}

describe("a section form generated from the fact catalogue", () => {
  it("has a labelled input for each figure of the last three years", () => {
    renderForm({ financials: { "2025": { revenue: 12000000 } } });
    expect(screen.getByLabelText(/^营业收入 2025年/)).toHaveValue("12000000");
    expect(screen.getByLabelText(/^营业收入 2023年/)).toHaveValue("");
    expect(screen.getByLabelText(/^净利润 2024年/)).toBeInTheDocument();
  });

  it("ties a field's error to it with aria-describedby and leaves the bad value out of the save", async () => {
    const user = userEvent.setup();
    renderForm();
    const revenue = screen.getByLabelText(/^营业收入 2025年/);
    await user.type(revenue, "12万");
    const error = await screen.findByText("请输入数字。");
    expect(revenue).toHaveAttribute("aria-invalid", "true");
    expect(revenue.getAttribute("aria-describedby")).toContain(error.id);
    expect(revenue).toHaveAccessibleDescription("请输入数字。");

    await user.type(screen.getByLabelText("职工总数 2025年"), "120");
    await waitFor(() => expect(saveDraftAction.mock.calls.at(-1)?.[0]).toMatchObject({ facts: { financials: { "2025": { employees: 120 } } } }), {
      timeout: 10_000,
    });
    // Every save named the version the previous one produced, and none carried the bad revenue.
    const calls = saveDraftAction.mock.calls.map(
      ([input]) => input as { facts: { financials?: Record<string, Record<string, unknown>> }; expectedVersion: number },
    );
    expect(calls.map((c) => c.expectedVersion)).toEqual(calls.map((_, i) => 3 + i));
    expect(calls.every((c) => c.facts.financials?.["2025"]?.revenue === undefined)).toBe(true);
  }, 30_000);

  it("shows a rule across fields (main business above revenue) beside the field it concerns", async () => {
    const user = userEvent.setup();
    renderForm({ financials: { "2025": { revenue: 100 } } });
    const main = screen.getByLabelText(/^主营业务收入 2025年/);
    await user.type(main, "150");
    expect(await screen.findByText("主营业务收入不能超过营业收入。")).toBeInTheDocument();
    expect(main).toHaveAccessibleDescription("主营业务收入不能超过营业收入。");
  });

  it("a refusal because another tab saved first offers reload or merge instead of overwriting", async () => {
    saveDraftAction.mockResolvedValue({ ok: false, status: 409, message: "该记录已被他人修改，请刷新后重试。" });
    const user = userEvent.setup();
    renderForm();
    await user.type(screen.getByLabelText(/^营业收入 2025年/), "5");
    await user.click(screen.getByRole("button", { name: "立即保存" }));
    const banner = await screen.findByTestId("conflict-banner");
    expect(banner).toHaveTextContent("该申报已在其他标签页或由同事修改。");
    expect(screen.getByRole("button", { name: "载入最新内容" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "保留我的修改并合并" })).toBeInTheDocument();
    // The unsaved edit is kept in the browser, so closing the tab loses nothing.
    expect(JSON.parse(window.localStorage.getItem("sme-draft:7d1c3c59-4a55-4a55-8f43-6a9f0f5e2c11")!).facts).toEqual({
      financials: { "2025": { revenue: 5 } },
    });
  });
});
