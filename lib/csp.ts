/**
 * The Content-Security-Policy every page is sent with (proxy.ts makes a fresh nonce per request).
 * Scripts run only when they carry the nonce Next.js stamps on its own, or are loaded by one of them
 * ('strict-dynamic'): a <script> or onerror= that slipped into a story's text could never run, even
 * if it were ever rendered as markup. Styles may be inline (React's style={…} attributes need it);
 * CSS cannot run code.
 */
export function contentSecurityPolicy(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    // React rebuilds server error stacks with eval in development only.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** For the JSON API and anything else that is not a page: nothing in it may load or run. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

/** Sent with every response (next.config.ts). */
export const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Links in a story lead off-site; comparison URLs stay in the newsroom.
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Frame-Options", value: "DENY" },
];

/** 128 random bits, base64: unguessable per response, as a CSP nonce must be. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
