import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { currentActor } from "@/lib/auth/current-actor";
import { DomainError } from "@/lib/errors/domain-error";
import { readDocument } from "@/lib/services/documents/read-document";
import { documentHeaders } from "../document-headers";

export const dynamic = "force-dynamic";

/** Serves an uploaded file to someone who may read its application; `?download=1` saves it instead of showing it. */
export async function GET(request: NextRequest, context: { params: Promise<{ id: string }> }) {
  const actor = await currentActor();
  if (!actor) return NextResponse.json({ error: "sign in first" }, { status: 401 });
  const id = z
    .string()
    .uuid()
    .safeParse((await context.params).id);
  if (!id.success) return NextResponse.json({ error: "not found" }, { status: 404 });
  try {
    const file = await readDocument(actor, id.data);
    const download = request.nextUrl.searchParams.get("download") === "1";
    return new Response(new Uint8Array(file.bytes), {
      status: 200,
      headers: documentHeaders({ ...file, size: file.bytes.byteLength }, download),
    });
  } catch (error) {
    if (error instanceof DomainError) return NextResponse.json({ error: error.bilingual.en }, { status: error.status });
    throw error;
  }
}
