import type { Role } from "@/lib/auth/roles";

export interface DemoAccount {
  email: string;
  password: string;
  role: Role;
  nameZh: string;
  /** City or province code; null for national roles. */
  jurisdictionCode: string | null;
  descriptionZh: string;
  descriptionEn: string;
  /** For the company account: which seeded company it belongs to. */
  companyKey?: "demo-company" | "specialized-company";
}

/** The demo city and province: Fuzhou, Fujian. A second city (Xiamen) proves jurisdiction limits. */
export const DEMO_PROVINCE = "350000";
export const DEMO_CITY = "350100";
export const OTHER_CITY = "350200";

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: "company@demo.sme.cn",
    password: "Company#2026",
    role: "company",
    nameZh: "陈晓东",
    jurisdictionCode: null,
    companyKey: "demo-company",
    descriptionZh: "企业用户（福州）",
    descriptionEn: "Company user (Fuzhou)",
  },
  {
    email: "specialized@demo.sme.cn",
    password: "Company#2026",
    role: "company",
    nameZh: "王海燕",
    jurisdictionCode: null,
    companyKey: "specialized-company",
    descriptionZh: "企业用户（福州，已获专精特新认定）",
    descriptionEn: "Company user (Fuzhou, specialized SME)",
  },
  {
    email: "fuzhou@demo.gov.cn",
    password: "City#2026",
    role: "municipal",
    nameZh: "林静",
    jurisdictionCode: DEMO_CITY,
    descriptionZh: "福州市工业和信息化局",
    descriptionEn: "Fuzhou municipal bureau",
  },
  {
    email: "xiamen@demo.gov.cn",
    password: "City#2026",
    role: "municipal",
    nameZh: "黄伟",
    jurisdictionCode: OTHER_CITY,
    descriptionZh: "厦门市工业和信息化局",
    descriptionEn: "Xiamen municipal bureau",
  },
  {
    // Another province's city, for a firm that moves there (a change report) and for Shanxi's calls.
    email: "taiyuan@demo.gov.cn",
    password: "City#2026",
    role: "municipal",
    nameZh: "李国强",
    jurisdictionCode: "140100",
    descriptionZh: "太原市工业和信息化局",
    descriptionEn: "Taiyuan municipal bureau",
  },
  {
    email: "fujian@demo.gov.cn",
    password: "Province#2026",
    role: "provincial",
    nameZh: "郑丽华",
    jurisdictionCode: DEMO_PROVINCE,
    descriptionZh: "福建省工业和信息化厅",
    descriptionEn: "Fujian provincial department",
  },
  {
    email: "miit@demo.gov.cn",
    password: "Ministry#2026",
    role: "ministry",
    nameZh: "张建国",
    jurisdictionCode: null,
    descriptionZh: "工业和信息化部中小企业局",
    descriptionEn: "MIIT SME bureau",
  },
  {
    email: "admin@demo.gov.cn",
    password: "Admin#2026",
    role: "administrator",
    nameZh: "刘洋",
    jurisdictionCode: null,
    descriptionZh: "全国系统管理员",
    descriptionEn: "National administrator",
  },
  {
    email: "admin.fujian@demo.gov.cn",
    password: "Admin#2026",
    role: "administrator",
    nameZh: "吴敏",
    jurisdictionCode: DEMO_PROVINCE,
    descriptionZh: "福建省系统管理员",
    descriptionEn: "Fujian administrator",
  },
  {
    email: "expert1@demo.sme.cn",
    password: "Expert#2026",
    role: "expert",
    nameZh: "周志远",
    jurisdictionCode: null,
    descriptionZh: "评审专家",
    descriptionEn: "Expert reviewer",
  },
  {
    email: "expert2@demo.sme.cn",
    password: "Expert#2026",
    role: "expert",
    nameZh: "孙雅琴",
    jurisdictionCode: null,
    descriptionZh: "评审专家",
    descriptionEn: "Expert reviewer",
  },
  {
    email: "expert3@demo.sme.cn",
    password: "Expert#2026",
    role: "expert",
    nameZh: "马立新",
    jurisdictionCode: null,
    descriptionZh: "评审专家",
    descriptionEn: "Expert reviewer",
  },
];
