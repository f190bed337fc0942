// SPDX-License-Identifier: EUPL-1.2
// Cross-site request forgery protection without cookies (ADR 0005): a POST that changes a scan is
// only accepted when the browser says it came from this site — Sec-Fetch-Site first, then Origin,
// then Referer. No information at all counts as cross-site: the request is refused, not guessed.

export interface OriginHeaders {
  readonly secFetchSite?: string | undefined
  readonly origin?: string | undefined
  readonly referer?: string | undefined
}

export type OriginVerdict = { readonly ok: true } | { readonly ok: false; readonly reason: string }

function hostOf(url: string): string | undefined {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.host.toLowerCase() : undefined
  } catch {
    return undefined
  }
}

/** `host` is the Host the request was sent to (host[:port]), as the browser saw it. */
export function checkSameOrigin(headers: OriginHeaders, host: string): OriginVerdict {
  // URL.host drops a scheme's default port; the Host header may carry it (localhost:80).
  const expected = host.toLowerCase().replace(/:(80|443)$/, '')
  if (headers.secFetchSite !== undefined && headers.secFetchSite !== '') {
    // 'same-site' (a sibling subdomain) and 'none' (not started by a page) are refused too.
    return headers.secFetchSite === 'same-origin'
      ? { ok: true }
      : { ok: false, reason: `Sec-Fetch-Site is '${headers.secFetchSite}'` }
  }
  // Browsers send Origin "null" for POSTs from a page with Referrer-Policy: no-referrer: not proof either way.
  if (headers.origin !== undefined && headers.origin !== '' && headers.origin !== 'null') {
    return hostOf(headers.origin) === expected
      ? { ok: true }
      : { ok: false, reason: `Origin ${headers.origin} is not this site` }
  }
  if (headers.referer !== undefined && headers.referer !== '') {
    return hostOf(headers.referer) === expected ? { ok: true } : { ok: false, reason: 'Referer is not this site' }
  }
  return { ok: false, reason: 'the request says nowhere where it came from' }
}

/** The request as far as the origin check reads it (a Fastify request fits). */
export interface OriginRequest {
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>
  readonly host: string
}

/** checkSameOrigin on a request's own Sec-Fetch-Site, Origin and Referer headers (the first of each). */
export function checkRequestOrigin(request: OriginRequest): OriginVerdict {
  const header = (name: string): string | undefined => {
    const v = request.headers[name]
    return typeof v === 'string' ? v : v?.[0]
  }
  return checkSameOrigin(
    { secFetchSite: header('sec-fetch-site'), origin: header('origin'), referer: header('referer') },
    request.host,
  )
}
