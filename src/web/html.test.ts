// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { escapeHtml, html, joinHtml, toHtmlString, trustedHtml } from './html.ts'
import { safeHref } from './components/link.ts'

describe('html tagged template', () => {
  it('escapes every interpolated string', () => {
    const evil = `<script>alert("x")</script>' onmouseover='x' \``
    const out = toHtmlString(html`<p title="${evil}">${evil}</p>`)
    expect(out).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onmouseover=&#39;x&#39; &#96;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onmouseover=&#39;x&#39; &#96;</p>',
    )
  })

  it('keeps nested fragments as markup and escapes inside them', () => {
    const inner = html`<em>${'a & b'}</em>`
    expect(toHtmlString(html`<p>${inner}</p>`)).toBe('<p><em>a &amp; b</em></p>')
  })

  it('joins arrays and renders nothing for null, undefined and booleans', () => {
    expect(toHtmlString(html`${['<a>', html`<b></b>`]}|${null}|${undefined}|${false}|${true}|${0}`)).toBe(
      '&lt;a&gt;<b></b>||||| 0'.replace(' ', ''),
    )
  })

  it('does not treat look-alike objects as safe', () => {
    const fake = { value: '<script>' } as unknown as string
    expect(() => toHtmlString(html`${fake}`)).toThrow()
  })

  it('joinHtml escapes parts and keeps the separator', () => {
    expect(toHtmlString(joinHtml(['<x>', 'y'], html`<br>`))).toBe('&lt;x&gt;<br>y')
  })

  it('trustedHtml passes our own markup through unchanged', () => {
    expect(toHtmlString(html`${trustedHtml('<svg></svg>')}`)).toBe('<svg></svg>')
  })

  it('never lets a generated string produce a tag or break out of an attribute', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const escaped = escapeHtml(s)
        expect(escaped).not.toMatch(/[<>"'`]/)
        // The only markup in the output is the one we wrote around the interpolations.
        expect(toHtmlString(html`<a title="${s}">${s}</a>`)).toBe(`<a title="${escaped}">${escaped}</a>`)
      }),
    )
  })
})

describe('safeHref', () => {
  it('accepts http(s), mailto, tel, same-site paths and fragments', () => {
    for (const url of [
      'https://www.politie.nl',
      'http://x.nl/a',
      'mailto:a@b.nl',
      'tel:09008844',
      '/organisaties',
      '#inhoud',
    ]) {
      expect(safeHref(url)).toBe(url)
    }
  })
  it('rejects script and protocol-relative URLs', () => {
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,x',
      '//evil.example',
      'vbscript:x',
    ]) {
      expect(() => safeHref(url)).toThrow(/unsafe link target/)
    }
  })
})
