/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015.
 * 18 characters; the last is a check character over the first 17.
 */
export const CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export type CreditCodeProblem = "length" | "character" | "division" | "check";

export type CreditCodeCheck =
  { valid: true; code: string } | { valid: false; problem: CreditCodeProblem; message: { zh: string; en: string }; expectedCheck?: string };

/** The check character for the first 17 characters, or null if any is outside the alphabet. */
export function creditCodeCheckCharacter(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) return null;
    sum += value * WEIGHTS[i]!;
  }
  return CREDIT_CODE_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** Trims and upper-cases what people type, so "91350100m000100y43 " still checks. */
export function normalizeCreditCode(input: string): string {
  return input.trim().toUpperCase();
}

export function checkCreditCode(input: string): CreditCodeCheck {
  const code = normalizeCreditCode(input);
  if (code.length !== 18) {
    return {
      valid: false,
      problem: "length",
      message: {
        zh: `统一社会信用代码应为18位，当前为${code.length}位`,
        en: `A unified social credit code has 18 characters; this one has ${code.length}`,
      },
    };
  }
  for (let i = 0; i < 18; i++) {
    const ch = code.charAt(i);
    if (!CREDIT_CODE_ALPHABET.includes(ch)) {
      return {
        valid: false,
        problem: "character",
        message: {
          zh: `第${i + 1}位“${ch}”不是允许的字符（不含 I、O、S、V、Z）`,
          en: `Character ${i + 1} ("${ch}") is not allowed (I, O, S, V and Z are never used)`,
        },
      };
    }
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) {
    return {
      valid: false,
      problem: "division",
      message: {
        zh: "第3至8位应为行政区划代码（6位数字）",
        en: "Characters 3 to 8 must be the administrative division code (6 digits)",
      },
    };
  }
  const expected = creditCodeCheckCharacter(code.slice(0, 17))!;
  if (code.charAt(17) !== expected) {
    return {
      valid: false,
      problem: "check",
      expectedCheck: expected,
      message: {
        zh: "校验位不正确，请核对代码是否输入有误",
        en: "The check character does not match; please check the code for typing errors",
      },
    };
  }
  return { valid: true, code };
}

/** Builds a valid code from its parts; used by demo data and tests. */
export function buildCreditCode(prefix2: string, division6: string, organisation9: string): string {
  const first17 = `${prefix2}${division6}${organisation9}`;
  const check = creditCodeCheckCharacter(first17);
  if (first17.length !== 17 || check === null) throw new Error(`cannot build a credit code from ${first17}`);
  return first17 + check;
}
