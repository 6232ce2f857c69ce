import { FORM_SECTIONS } from "@/lib/rules";

/** The parts of an application form, in the order the task list shows them: the fact sections, then documents. */
export const APPLICATION_SECTIONS = [...FORM_SECTIONS, "documents"] as const;
export type ApplicationSection = (typeof APPLICATION_SECTIONS)[number];

export const SECTION_LABELS = {
  company: { zh: "企业基本情况", en: "Company details" },
  financials: { zh: "近三年经营数据", en: "Financials, last 3 years" },
  "rd-ip": { zh: "研发与知识产权", en: "R&D and intellectual property" },
  market: { zh: "市场与主导产品", en: "Market and products" },
  "certifications-awards": { zh: "认证与荣誉", en: "Certifications and awards" },
  declarations: { zh: "承诺与声明", en: "Declarations" },
  documents: { zh: "证明材料", en: "Documents" },
} as const satisfies Record<ApplicationSection, { zh: string; en: string }>;

/** Task-list state of a section: the company marks a section complete when it has finished it. */
export type SectionProgress = "not-started" | "in-progress" | "complete";
export type SectionState = Partial<Record<ApplicationSection, SectionProgress>>;
