/**
 * The portal's Content-Security-Policy. Scripts run only with this response's nonce (Next.js adds
 * it to its own scripts) or when loaded by such a script ('strict-dynamic'); nothing may frame the
 * portal; forms post only to it. Styles allow inline attributes because charts and Tailwind's
 * runtime set style="" on elements; that cannot run script.
 */
export function contentSecurityPolicy(nonce: string, options: { development: boolean; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (options.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}
