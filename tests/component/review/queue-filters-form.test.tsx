import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { QueueFiltersForm, type QueueFilterChoices } from "@/components/review/queue-filters-form";
import { parseQueueFilters } from "@/lib/review/queue-filters";
import { renderWithMessages } from "./render-with-messages";

// The form navigates with the app router; here the router only records where it was sent.
const push = vi.fn<(href: string) => void>();
vi.mock("next/navigation", () => ({ useRouter: () => ({ push }) }));

const PROGRAMME = "0b6f8d1e-8f43-4b9a-9d0e-5b2a4c6d7e8f";
const CHOICES: QueueFilterChoices = {
  programmes: [{ id: PROGRAMME, nameZh: "2026年福建省专精特新中小企业", nameEn: "Fujian specialized SMEs 2026", year: 2026 }],
  years: [2026, 2025],
  cities: [
    { code: "350100", nameZh: "福州市", nameEn: "Fuzhou" },
    { code: "350200", nameZh: "厦门市", nameEn: "Xiamen" },
  ],
};

function setup(search: Record<string, string> = {}, choices: QueueFilterChoices = CHOICES) {
  const user = userEvent.setup();
  const filters = parseQueueFilters(search, "provincial_review");
  renderWithMessages(<QueueFiltersForm filters={filters} choices={choices} awaitingStatus="provincial_review" />);
  return user;
}

beforeEach(() => push.mockClear());

describe("the queue filters form", () => {
  it("is a labelled search landmark whose fields show the filters of the URL", () => {
    setup({ status: "all", q: "闽都", city: "350200", scoreMin: "60", assigned: "me", sort: "score" });
    expect(screen.getByRole("search", { name: "筛选" })).toBeInTheDocument();
    expect(screen.getByLabelText("企业名称或统一社会信用代码")).toHaveValue("闽都");
    expect(screen.getByLabelText("状态")).toHaveValue("all");
    expect(screen.getByLabelText("城市")).toHaveValue("350200");
    expect(screen.getByLabelText("最低得分")).toHaveValue("60");
    expect(screen.getByLabelText("只看分配给我的申报")).toBeChecked();
    expect(screen.getByLabelText("排序方式")).toHaveValue("score");
    expect(screen.getByLabelText("顺序")).toHaveValue("desc");
  });

  it("a municipal official, who sees one city, gets no city filter", () => {
    setup({}, { ...CHOICES, cities: [] });
    expect(screen.queryByLabelText("城市")).not.toBeInTheDocument();
  });

  it("applying writes every chosen filter into a shareable URL, leaving out empty ones", async () => {
    const user = setup();
    await user.type(screen.getByLabelText("企业名称或统一社会信用代码"), "精密");
    await user.selectOptions(screen.getByLabelText("申报项目"), PROGRAMME);
    await user.selectOptions(screen.getByLabelText("城市"), "350100");
    await user.type(screen.getByLabelText("最低得分"), "70");
    await user.type(screen.getByLabelText("最高得分"), "90.5");
    await user.selectOptions(screen.getByLabelText("评价结果"), "eligible");
    await user.click(screen.getByLabelText("只看分配给我的申报"));
    await user.selectOptions(screen.getByLabelText("每页条数"), "50");
    await user.click(screen.getByRole("button", { name: "筛选" }));

    expect(push).toHaveBeenCalledTimes(1);
    const url = new URL(push.mock.calls[0]![0], "http://localhost");
    expect(url.pathname).toBe("/staff/applications");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      status: "provincial_review",
      programme: PROGRAMME,
      city: "350100",
      scoreMin: "70",
      scoreMax: "90.5",
      outcome: "eligible",
      assigned: "me",
      q: "精密",
      size: "50",
    });
  });

  it("a score outside 0–100 is an error tied to its field, focused, and nothing is applied", async () => {
    const user = setup();
    await user.type(screen.getByLabelText("最低得分"), "120");
    await user.type(screen.getByLabelText("最高得分"), "abc");
    await user.click(screen.getByRole("button", { name: "筛选" }));

    const min = screen.getByLabelText("最低得分");
    expect(min).toHaveAttribute("aria-invalid", "true");
    expect(min).toHaveAccessibleDescription("0至100之间。 请输入0至100之间的分数。");
    expect(screen.getByLabelText("最高得分")).toHaveAttribute("aria-invalid", "true");
    expect(min).toHaveFocus();
    expect(screen.getByRole("alert")).toHaveTextContent("请修改标出的筛选条件。");
    expect(push).not.toHaveBeenCalled();
  });

  it("once corrected, the errors go away and the filters apply", async () => {
    const user = setup();
    const min = screen.getByLabelText("最低得分");
    await user.type(min, "-5");
    await user.click(screen.getByRole("button", { name: "筛选" }));
    expect(min).toHaveAttribute("aria-invalid", "true");
    await user.clear(min);
    await user.type(min, "5");
    await user.click(screen.getByRole("button", { name: "筛选" }));
    expect(min).not.toHaveAttribute("aria-invalid");
    expect(push).toHaveBeenCalledWith("/staff/applications?status=provincial_review&scoreMin=5");
  });
});
