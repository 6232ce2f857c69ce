import type { Role } from "@/lib/auth/roles";

/**
 * What "approve" means for this official and tier (rules.md, Procedure): the city sends a file
 * up to the province; the province recognises tiers 1 and 2 itself (the file then waits for a
 * batch) and recommends little giants to MIIT; MIIT's approval is final.
 */
export type ApproveKind = "send-to-province" | "recognise" | "recommend" | "final";

export function approveKindFor(role: Role, tier: "innovative" | "specialized" | "little_giant"): ApproveKind {
  if (role === "municipal") return "send-to-province";
  if (role === "provincial") return tier === "little_giant" ? "recommend" : "recognise";
  return "final";
}
