import { it } from "vitest";
import { passwordProblem } from "@/lib/auth/password-policy";
it("x", async () => { for (const p of ["qwertyuiop1","zhangwei1988","Fuzhou#2026","abcdefghijk","1111122222","asdfghjkl;'","mmmmmmmmmmmm","Company#2026","fujian2026!","Sme Registry 2026"]) console.log(p, await passwordProblem(p, ["sme@x.cn"])); });
