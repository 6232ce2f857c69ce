import { certificateFor } from "@/lib/services/certificates/certificate-for";
import { recognitionIdSchema } from "@/lib/services/register/verify-recognition";

/** The public base URL for the QR code: the configured one, else the address the request came to. */
function originOf(request: Request): string {
  return process.env.PUBLIC_BASE_URL || process.env.NEXTAUTH_URL || new URL(request.url).origin;
}

/**
 * The certificate PDF of a recognition. Public like the register it comes from; the QR code on
 * it opens /verify, which states whether the title is valid today.
 */
export async function GET(request: Request, context: { params: Promise<{ recognitionId: string }> }) {
  const { recognitionId } = await context.params;
  if (!recognitionIdSchema.safeParse(recognitionId).success) return new Response("Not found", { status: 404 });
  const certificate = await certificateFor(recognitionId, originOf(request));
  if (!certificate) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(certificate.pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="${certificate.certificateNo}.pdf"`,
      // The status printed on it can change (expiry, revocation): never cache for long.
      "Cache-Control": "public, max-age=300",
      // The QR code's target, also as a header for clients that cannot read the image.
      "X-Verify-Url": certificate.verifyUrl,
    },
  });
}
