/**
 * Headers for serving an uploaded file: the stored (sniffed) type, never the browser's guess;
 * a download name safe in any browser; and a policy under which the file cannot run script,
 * load anything or be framed by another site.
 */
export function documentHeaders(file: { fileName: string; mimeType: string; sha256: string; size: number }, download: boolean): Headers {
  const asciiName = file.fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const headers = new Headers({
    "Content-Type": file.mimeType,
    "Content-Length": String(file.size),
    "Content-Disposition": `${download ? "attachment" : "inline"}; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy":
      "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; object-src 'self'; script-src 'none'; frame-ancestors 'self'; form-action 'none'; base-uri 'none'",
    "Cache-Control": "private, no-store",
    "Cross-Origin-Resource-Policy": "same-origin",
    ETag: `"${file.sha256}"`,
  });
  // Images can be sandboxed outright; Chromium's PDF viewer refuses to render in a sandbox.
  if (file.mimeType.startsWith("image/")) headers.set("Content-Security-Policy", `${headers.get("Content-Security-Policy")}; sandbox`);
  return headers;
}
