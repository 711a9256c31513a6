import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';

/** The one `<style>` element Cytoscape adds to a page (its container's positioning), verbatim. */
const CYTOSCAPE_STYLESHEET = '.__________cytoscape_container { position: relative; }';

/** A CSP source that allows the one inline script or style whose text is exactly `text`. */
export const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** What every page may do unless its policy says otherwise: nothing from elsewhere, no framing. */
const BASE_POLICY: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self'",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
};

/** A Content-Security-Policy: the base policy with the given directives replaced or added. */
export function contentSecurityPolicy(changes: Record<string, string> = {}): string {
  return Object.entries({ ...BASE_POLICY, ...changes })
    .map(([directive, sources]) => `${directive} ${sources}`)
    .join('; ');
}

/**
 * The explorer's policy: its built code only (Vite emits no inline script), styles from its own
 * files plus Cytoscape's one stylesheet (by its hash), data: and blob: images for the PNG/SVG
 * exports, and no framing by other sites. Cytoscape sets element styles through the DOM, which
 * CSP allows: it only restricts style markup.
 */
export const PAGE_CSP = contentSecurityPolicy({
  'style-src': `'self' ${sha256(CYTOSCAPE_STYLESHEET)}`,
  'img-src': "'self' data: blob:",
});

/**
 * Set on every response before anything else writes one (a handler may replace the CSP, as the
 * GraphiQL page does with its own). JSON answers need no CSP, but it costs nothing there and
 * keeps the rule simple: every response carries the same guards.
 */
export function setSecurityHeaders(response: ServerResponse): void {
  response.setHeader('content-security-policy', PAGE_CSP);
  response.setHeader('x-content-type-options', 'nosniff');
  response.setHeader('referrer-policy', 'no-referrer');
  // For browsers that do not know CSP's frame-ancestors.
  response.setHeader('x-frame-options', 'DENY');
  response.setHeader('cross-origin-opener-policy', 'same-origin');
}
