import { NextResponse, type NextRequest } from "next/server";
import { currentActor } from "@/lib/auth/current-actor";
import { DomainError } from "@/lib/errors/domain-error";
import { readClaimProof } from "@/lib/services/claims/claim-detail";
import { documentHeaders } from "@/app/api/documents/document-headers";

export const dynamic = "force-dynamic";

/** A claim's proof, for the officials who may decide the claim; `?download=1` saves it instead of showing it. */
export async function GET(request: NextRequest, context: { params: Promise<{ id: string }> }) {
  const actor = await currentActor();
  if (!actor) return NextResponse.json({ error: "sign in first" }, { status: 401 });
  try {
    const file = await readClaimProof(actor, (await context.params).id);
    const download = request.nextUrl.searchParams.get("download") === "1";
    return new Response(new Uint8Array(file.bytes), { status: 200, headers: documentHeaders({ ...file, size: file.bytes.byteLength }, download) });
  } catch (error) {
    if (error instanceof DomainError) return NextResponse.json({ error: error.bilingual.en }, { status: error.status });
    throw error;
  }
}
