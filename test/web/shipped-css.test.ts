// SPDX-License-Identifier: EUPL-1.2
// The stylesheet we ship: every library class a rendered page uses is styled as the full Utrecht
// library would style it (no class lost by the cut), the cut leaves most of the library out, and
// the stylesheet goes out compressed ahead with a content-hashed, year-long cacheable name.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import postcss from 'postcss'
import { LIBRARY_PREFIX, pruneLibraryCss, splitTopLevel } from '../../src/generated/css-prune.ts'
import { buildWebApp } from '../helpers/web-app.ts'
import { englishPath, PAGE_EXAMPLES } from './page-types.ts'

const require = createRequire(import.meta.url)
const LIBRARY = [
  readFileSync(require.resolve('@utrecht/design-tokens/dist/index.css'), 'utf8'),
  readFileSync(require.resolve('@utrecht/component-library-css/dist/index.css'), 'utf8'),
]
const FULL_LIBRARY = LIBRARY.join('\n')

/** Class names that occur in selectors of a stylesheet. */
function selectorClasses(css: string): Set<string> {
  const withoutBlocks = css.replace(/\{[^{}]*\}/g, '{}').replace(/\/\*[\s\S]*?\*\//g, '')
  return new Set([...withoutBlocks.matchAll(/\.([a-zA-Z_][\w-]*)/g)].map((m) => m[1] ?? ''))
}

/** Every selector of every rule, with the at-rules around it (`@media print|.x`). */
function selectors(css: string): Set<string> {
  const out = new Set<string>()
  postcss.parse(css).walkRules((rule) => {
    const context: string[] = []
    for (let p = rule.parent; p !== undefined && p.type === 'atrule'; p = p.parent) {
      const at = p as postcss.AtRule
      context.unshift(`@${at.name} ${at.params}`)
    }
    for (const s of splitTopLevel(rule.selector)) {
      out.add([...context, s].join('|'))
    }
  })
  return out
}

function pageClasses(html: string): Set<string> {
  return new Set(
    [...html.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => (m[1] ?? '').split(/\s+/).filter((c) => c !== '')),
  )
}

let app: FastifyInstance
let cssPath: string
let shipped: string
beforeAll(async () => {
  app = await buildWebApp()
  const home = await app.inject('/')
  cssPath = /<link rel="stylesheet" href="([^"]+)"/.exec(home.body)?.[1] ?? ''
  shipped = (await app.inject(cssPath)).body
})
afterAll(async () => {
  await app.close()
})

describe('the shipped stylesheet', () => {
  const library = selectorClasses(FULL_LIBRARY)

  // The library rules this page's classes can match (the cut made for this page alone) must all be
  // in what we ship, which was cut for the classes named in the templates' source.
  it.each(PAGE_EXAMPLES.flatMap((e) => [e.path, englishPath(e.path)]))(
    '%s: every library rule the page can use is in the shipped CSS',
    async (path) => {
      const html = (await app.inject(path)).body
      const used = new Set([...pageClasses(html)].filter((c) => c.startsWith(LIBRARY_PREFIX)))
      expect(used.size).toBeGreaterThan(0)
      const forThisPage = selectors(pruneLibraryCss({ library: LIBRARY, own: '', used }).css)
      const inShipped = selectors(shipped)
      expect(forThisPage.size).toBeGreaterThan(0)
      expect([...forThisPage].filter((s) => !inShipped.has(s))).toEqual([])
    },
  )

  it('leaves out the components no page uses', () => {
    const classes = selectorClasses(shipped)
    for (const unused of ['utrecht-accordion', 'utrecht-calendar', 'utrecht-drawer', 'utrecht-youtube-video']) {
      expect(library.has(unused)).toBe(true)
      expect(classes.has(unused)).toBe(false)
    }
    expect(shipped.length).toBeLessThan(FULL_LIBRARY.length / 3)
  })

  it('has a content-hashed name, is cacheable for a year and goes out precompressed', async () => {
    expect(cssPath).toMatch(/^\/assets\/wegwijzer\.[0-9a-f]{12}\.css$/)
    const br = await app.inject({ url: cssPath, headers: { 'accept-encoding': 'gzip, deflate, br' } })
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(br.headers.vary).toMatch(/accept-encoding/i)
    expect(brotliDecompressSync(br.rawPayload).toString('utf8')).toBe(shipped)
    // What a slow phone downloads: well under the 60 KB the issue allows for all CSS.
    expect(br.rawPayload.length).toBeLessThan(20 * 1024)

    const gzip = await app.inject({ url: cssPath, headers: { 'accept-encoding': 'br;q=0, gzip' } })
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gzip.rawPayload).toString('utf8')).toBe(shipped)

    const plain = await app.inject({ url: cssPath, headers: { 'accept-encoding': 'identity' } })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body).toBe(shipped)
  })

  it('serves the script precompressed too, and the font as it is (woff2 is compressed already)', async () => {
    const home = (await app.inject('/')).body
    const js = /<script src="([^"]+)"/.exec(home)?.[1] ?? ''
    const res = await app.inject({ url: js, headers: { 'accept-encoding': 'br' } })
    expect(res.headers['content-encoding']).toBe('br')
    const font = /url\((\/assets\/fonts\/[^)]+\.woff2)\)/.exec(shipped)?.[1] ?? ''
    const fontRes = await app.inject({ url: font, headers: { 'accept-encoding': 'br' } })
    expect(fontRes.statusCode).toBe(200)
    expect(fontRes.headers['content-encoding']).toBeUndefined()
  })
})
