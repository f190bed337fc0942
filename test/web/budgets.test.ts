// SPDX-License-Identifier: EUPL-1.2
// Page weight budgets (issue 4): per page at most 30 KB gzip JavaScript and 80 KB gzip CSS; the
// fonts are counted apart. The route page's 100 KB HTML budget joins when the route page exists.
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { useWebApp } from '../helpers/web-app.ts'
import { englishPath, PAGE_EXAMPLES } from './page-types.ts'

export const BUDGETS = { jsGzip: 30 * 1024, cssGzip: 80 * 1024, htmlBytes: 100 * 1024 } as const

const app = useWebApp()

async function linkedSize(body: string, pattern: RegExp): Promise<number> {
  let total = 0
  for (const m of body.matchAll(pattern)) {
    const res = await app().inject(m[1] ?? '')
    expect(res.statusCode).toBe(200)
    total += gzipSync(res.rawPayload).length
  }
  return total
}

describe.each(PAGE_EXAMPLES.flatMap((e) => [e.path, englishPath(e.path)]))('budgets of %s', (path) => {
  it('stays within the JavaScript, CSS and HTML budgets', async () => {
    const res = await app().inject(path)
    const js = await linkedSize(res.body, /<script[^>]*\ssrc="([^"]+)"/g)
    const css = await linkedSize(res.body, /<link rel="stylesheet" href="([^"]+)"/g)
    expect(js).toBeLessThanOrEqual(BUDGETS.jsGzip)
    expect(css).toBeGreaterThan(0)
    expect(css).toBeLessThanOrEqual(BUDGETS.cssGzip)
    expect(res.rawPayload.length).toBeLessThanOrEqual(BUDGETS.htmlBytes)
  })
})
