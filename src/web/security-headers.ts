// SPDX-License-Identifier: EUPL-1.2
// Security headers for every page and asset: a strict Content-Security-Policy (no inline script or
// style, nothing from other origins), no referrer, no framing, no powerful browser features.
import type { FastifyReply, FastifyRequest } from 'fastify'

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  // data: only for the small SVG icons inside the Utrecht CSS (checkbox marks); never remote.
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ')

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'permissions-policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
}

export function applySecurityHeaders(request: FastifyRequest, reply: FastifyReply): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    reply.header(name, value)
  }
  // HSTS only means something over TLS (directly or through a proxy the app trusts). The server
  // sets it for every response (src/server/security-headers.ts); pages set it too, so the web
  // layer alone (as in its tests) is complete.
  if (request.protocol === 'https') {
    reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains')
  }
}
