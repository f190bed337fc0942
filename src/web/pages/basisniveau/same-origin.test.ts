// SPDX-License-Identifier: EUPL-1.2
// The cookie-less CSRF check: which header wins, and that missing information is refused.
import { describe, expect, it } from 'vitest'
import { checkRequestOrigin, checkSameOrigin } from './same-origin.ts'

const HOST = 'wegwijzer.example:8080'

describe('checkSameOrigin', () => {
  it('trusts Sec-Fetch-Site first and accepts only same-origin', () => {
    expect(checkSameOrigin({ secFetchSite: 'same-origin', origin: 'https://evil.example' }, HOST).ok).toBe(true)
    for (const site of ['cross-site', 'same-site', 'none']) {
      expect(checkSameOrigin({ secFetchSite: site, origin: `https://${HOST}` }, HOST)).toEqual({
        ok: false,
        reason: expect.stringContaining(site),
      })
    }
  })

  it('compares Origin, then Referer, with the Host (case-insensitive, port included)', () => {
    expect(checkSameOrigin({ origin: 'https://WEGWIJZER.example:8080' }, HOST).ok).toBe(true)
    expect(checkSameOrigin({ origin: 'https://wegwijzer.example' }, HOST).ok).toBe(false)
    expect(checkSameOrigin({ origin: 'https://wegwijzer.example' }, 'wegwijzer.example:443').ok).toBe(true)
    expect(checkSameOrigin({ origin: 'null', referer: `https://${HOST}/basisniveau/scan` }, HOST).ok).toBe(true)
    expect(checkSameOrigin({ referer: 'https://evil.example/x' }, HOST).ok).toBe(false)
    expect(checkSameOrigin({ origin: 'not a url' }, HOST).ok).toBe(false)
    expect(checkSameOrigin({ referer: `javascript://${HOST}/` }, HOST).ok).toBe(false)
  })

  it('refuses a request that says nothing about where it came from, or only Origin null', () => {
    expect(checkSameOrigin({}, HOST).ok).toBe(false)
    expect(checkSameOrigin({ origin: 'null' }, HOST).ok).toBe(false)
    expect(checkSameOrigin({ secFetchSite: '', origin: '', referer: '' }, HOST).ok).toBe(false)
  })
})

describe('checkRequestOrigin', () => {
  it("reads the request's own headers, the first of a repeated one", () => {
    expect(checkRequestOrigin({ headers: { 'sec-fetch-site': ['same-origin', 'cross-site'] }, host: HOST }).ok).toBe(
      true,
    )
    expect(checkRequestOrigin({ headers: { referer: `https://${HOST}/x` }, host: HOST }).ok).toBe(true)
    expect(checkRequestOrigin({ headers: { origin: 'https://evil.example' }, host: HOST }).ok).toBe(false)
  })
})
