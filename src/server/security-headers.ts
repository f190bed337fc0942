// SPDX-License-Identifier: EUPL-1.2
// Security headers on every response, whatever produced it (API JSON, CSV, iCalendar, 404s, 503s):
// no MIME sniffing, no framing, nothing loadable by a browser from an API response, no referrer,
// and HSTS whenever the request came over HTTPS (directly, or through a trusted proxy that says
// so with X-Forwarded-Proto; see TRUST_PROXY in config.ts). The web pages replace the CSP with
// their own page policy (src/web/security-headers.ts).
import type { FastifyInstance } from 'fastify'

/** For responses that are data, not pages: a browser may show them but never run or embed anything. */
export const DATA_CONTENT_SECURITY_POLICY =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

/** One year, with subdomains (ASVS 5.0 3.4.1). */
export const HSTS = 'max-age=31536000; includeSubDomains'

export const BASE_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': DATA_CONTENT_SECURITY_POLICY,
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
}

export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', (request, reply, done) => {
    void reply.headers(BASE_HEADERS)
    if (request.protocol === 'https') {
      void reply.header('strict-transport-security', HSTS)
    }
    done()
  })
}
