import "server-only";
import type { ZxcvbnFactory, ZxcvbnResult } from "@zxcvbn-ts/core";
import { DomainError } from "@/lib/errors/domain-error";

/**
 * The rule for every new password (sign-up, a colleague's account, and password change and
 * reset when they come): the form's length rule (lib/domain/signup/signup-schema.ts), then zxcvbn's estimate of
 * how many guesses an attacker needs must reach MIN_PASSWORD_SCORE, and the password must not
 * be one of the passwords leaked in breaches that zxcvbn's common dictionary lists. Passwords
 * already set (the demo accounts) are not checked again at sign-in.
 *
 * The dictionaries are several megabytes: loaded on the server only (`server-only`), on the
 * first new password, never at start-up.
 */
export const MIN_PASSWORD_SCORE = 3;

export type PasswordProblem = "common" | "personal" | "weak";

const PORTAL_WORDS = [
  "sme",
  "registry",
  "china",
  "zhongguo",
  "miit",
  "gov",
  "qiye",
  "gongsi",
  "zhuanjingtexin",
  "xiaojuren",
  "chuangxin",
  "mima",
  "woaini",
  "nihao",
  "wang",
  "li",
  "zhang",
  "liu",
  "chen",
  "yang",
  "huang",
  "zhao",
  "wu",
  "zhou",
  "xu",
  "sun",
  "ma",
  "zhu",
  "hu",
  "guo",
  "he",
  "lin",
  "gao",
  "luo",
  "zheng",
  "liang",
  "xie",
  "song",
  "tang",
  "han",
  "feng",
  "deng",
  "cao",
  "peng",
  "zeng",
  "xiao",
];

let estimator: Promise<ZxcvbnFactory> | undefined;
function loadEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory }, common, en, { CHINA_PROVINCES }] = await Promise.all([
      import("@zxcvbn-ts/core"),
      import("@zxcvbn-ts/language-common"),
      import("@zxcvbn-ts/language-en"),
      import("@/lib/regions"),
    ]);
    // zxcvbn's dictionaries are English; people here also build passwords from place names, pinyin
    // surnames and words of the portal itself ("fujian2026!" would otherwise pass).
    const places = CHINA_PROVINCES.flatMap((p) => [p.nameEn, ...p.cities.map((c) => c.nameEn)]).map((n) => n.toLowerCase().replaceAll(" ", ""));
    // Warnings come back as their keys, mapped to our own bilingual texts below.
    const keys = <T extends object>(texts: T) => Object.fromEntries(Object.keys(texts).map((k) => [k, k])) as T;
    return new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary, portal: [...PORTAL_WORDS, ...new Set(places)] },
      graphs: common.adjacencyGraphs,
      // The estimate's repeat matching costs hundreds of milliseconds of CPU on long repetitive
      // inputs; the first 64 characters are judged, which no strong password needs more of.
      maxLength: 64,
      translations: { ...en.translations, warnings: keys(en.translations.warnings), suggestions: keys(en.translations.suggestions) },
    });
  })();
  return estimator;
}

const COMMON_WARNINGS = new Set(["topTen", "topHundred", "common", "similarToCommon", "pwned"]);

function breached(result: ZxcvbnResult, password: string): boolean {
  return result.sequence.some((m) => m.pattern === "dictionary" && m.dictionaryName === "passwords" && m.token.length === password.length);
}

/**
 * What is wrong with a new password, or null when it may be used. `personal` holds what the
 * person typed elsewhere on the form (email, name, firm): a password built from it is weak.
 */
export async function passwordProblem(password: string, personal: readonly string[] = []): Promise<PasswordProblem | null> {
  const zxcvbn = await loadEstimator();
  const inputs = personal.flatMap((p) => [p, p.split("@")[0] ?? "", ...p.split(/[@.\s_-]+/)]).filter((p) => p.length >= 3);
  const result = zxcvbn.check(password, inputs);
  if (breached(result, password)) return "common";
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const warning = result.feedback.warning ?? "";
  if (COMMON_WARNINGS.has(warning)) return "common";
  if (warning === "userInputs") return "personal";
  return "weak";
}

const MESSAGES: Record<PasswordProblem, { zh: string; en: string }> = {
  common: {
    zh: "这个密码是常见密码或与泄露过的密码相似，很容易被猜中。请换一个：例如用三四个不相关的词组成的较长短语。",
    en: "This password is a common one or close to passwords leaked in breaches, so it is easy to guess. Choose another: for example a longer phrase of three or four unrelated words.",
  },
  personal: {
    zh: "密码中包含了您的邮箱、姓名或企业名称，容易被猜中。请换一个不含个人信息的密码，例如几个不相关的词组成的短语。",
    en: "The password contains your email, name or company name, so it is easy to guess. Choose one without personal details, for example a phrase of several unrelated words.",
  },
  weak: {
    zh: "这个密码太容易被猜中（如单个词语、姓名、日期、键盘顺序或重复字符）。请加长并换成不易猜测的组合，例如三四个不相关的词组成的短语。",
    en: "This password is too easy to guess (a single word, a name, a date, a keyboard pattern or repeated characters). Make it longer and less predictable, for example a phrase of three or four unrelated words.",
  },
};

/** Throws a bilingual DomainError on `field` when the password may not be used. */
export async function assertStrongPassword(password: string, personal: readonly string[] = [], field = "password"): Promise<void> {
  const problem = await passwordProblem(password, personal);
  if (problem) throw new DomainError("invalid", MESSAGES[problem], { field, reason: `password-${problem}` });
}
