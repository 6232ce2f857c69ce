import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { NextIntlClientProvider } from "next-intl";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { loadMessages } from "@/i18n/load-messages";

// The server actions are the network boundary of these client forms; here they answer as the server would.
const inviteColleagueAction = vi.fn();
const handOverAdministratorAction = vi.fn();
vi.mock("@/lib/actions/company/invite-colleague", () => ({ inviteColleagueAction: (input: FormData) => inviteColleagueAction(input) }));
vi.mock("@/lib/actions/company/hand-over-administrator", () => ({ handOverAdministratorAction: (input: FormData) => handOverAdministratorAction(input) }));
vi.mock("@/lib/actions/company/remove-colleague", () => ({ removeColleagueAction: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }) }));

const { InviteColleagueForm, HandOverForm } = await import("@/components/company/colleague-forms");

let messages: Record<string, unknown>;
beforeAll(async () => {
  messages = await loadMessages("zh-CN");
});
beforeEach(() => {
  inviteColleagueAction.mockReset();
  handOverAdministratorAction.mockReset();
});

const inProvider = (node: React.ReactNode) => (
  <NextIntlClientProvider locale="zh-CN" messages={messages} timeZone="Asia/Shanghai">
    {node}
  </NextIntlClientProvider>
);

describe("a form posting to a server action (useActionForm)", () => {
  it("keeps everything typed when the server refuses it, and marks the field at fault", async () => {
    inviteColleagueAction.mockResolvedValue({ ok: false, status: 400, message: "提交的内容有误，请按提示修改。", fieldErrors: { email: ["email"] } });
    render(inProvider(<InviteColleagueForm />));
    await userEvent.type(screen.getByLabelText("姓名"), "陈同事");
    await userEvent.type(screen.getByLabelText("邮箱"), "not-an-address");
    await userEvent.click(screen.getByRole("button", { name: "发送邀请" }));

    await waitFor(() => expect(screen.getByLabelText("邮箱")).toHaveAttribute("aria-invalid", "true"));
    expect(screen.getByLabelText("姓名")).toHaveValue("陈同事");
    expect(screen.getByLabelText("邮箱")).toHaveValue("not-an-address");
    const sent = inviteColleagueAction.mock.calls[0]![0] as FormData;
    expect(Object.fromEntries(sent)).toEqual({ name: "陈同事", email: "not-an-address" });
  });

  it("empties the form once the server has accepted it", async () => {
    inviteColleagueAction.mockResolvedValue({ ok: true, data: { email: "chen@example.cn" } });
    render(inProvider(<InviteColleagueForm />));
    await userEvent.type(screen.getByLabelText("姓名"), "陈同事");
    await userEvent.type(screen.getByLabelText("邮箱"), "chen@example.cn");
    await userEvent.click(screen.getByRole("button", { name: "发送邀请" }));

    await waitFor(() => expect(screen.getByTestId("colleague-invite-result")).toHaveTextContent("chen@example.cn"));
    expect(screen.getByLabelText("姓名")).toHaveValue("");
    expect(screen.getByLabelText("邮箱")).toHaveValue("");
  });

  it("sends nothing when the person dismisses the confirmation, and sends once they accept it", async () => {
    handOverAdministratorAction.mockResolvedValue({ ok: true, data: null });
    const confirm = vi.spyOn(window, "confirm").mockReturnValueOnce(false).mockReturnValueOnce(true);
    render(inProvider(<HandOverForm successors={[{ id: "u-2", name: "陈同事", email: "chen@example.cn" }]} />));
    await userEvent.selectOptions(screen.getByRole("combobox"), "u-2");
    await userEvent.click(screen.getByRole("button", { name: "移交" }));
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(handOverAdministratorAction).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole("button", { name: "移交" }));
    await waitFor(() => expect(handOverAdministratorAction).toHaveBeenCalledTimes(1));
    expect((handOverAdministratorAction.mock.calls[0]![0] as FormData).get("userId")).toBe("u-2");
    confirm.mockRestore();
  });
});
