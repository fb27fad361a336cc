/**
 * The renderer's Content-Security-Policy, one string for the Electron window's response headers
 * and the loopback bridge. No remote origins, no inline scripts, no eval. index.html carries the
 * same policy in a meta tag (without frame-ancestors, which a meta tag cannot set); a test keeps
 * the two equal.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** A response's headers with the policy set, for the Electron session's onHeadersReceived. */
export function withContentSecurityPolicy(headers: Record<string, string[]> | undefined): Record<string, string[]> {
  return { ...headers, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] };
}
