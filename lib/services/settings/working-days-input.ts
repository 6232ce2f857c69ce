import { z } from "zod";

/** A national setting that is a number of working days, as its form sends it: a whole number from 1 to `max`. */
export const workingDaysInput = (max: number) =>
  z.object({
    workingDays: z.coerce
      .number({ error: "请输入工作日数。 / Enter a number of working days." })
      .int({ error: "请输入整数。 / Enter a whole number." })
      .min(1, { error: "至少为1个工作日。 / At least 1 working day." })
      .max(max, { error: `最多${max}个工作日。 / At most ${max} working days.` }),
  });
