/**
 * For unit tests that call route handlers directly: they call as an admin script would, with the
 * bootstrap token (set here, for this test process only).
 */
const TOKEN = "unit-test-bootstrap-token";

export function adminHeaders(extra: Record<string, string> = {}): Record<string, string> {
  process.env.PARALLAX_BOOTSTRAP_TOKEN = TOKEN;
  return { Authorization: `Bearer ${TOKEN}`, ...extra };
}
