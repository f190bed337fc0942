// SPDX-License-Identifier: EUPL-1.2
// Crawls the English site through inject(): from the seeds, every internal link under /en, as a
// reader without JavaScript follows them (links, redirects; no forms). Query variants of one page
// are capped, so filters (organogram, analysis) do not multiply the crawl.
import type { FastifyInstance } from 'fastify'
import { decodeEntities } from './dutch-text.ts'

export interface CrawledPage {
  readonly url: string
  readonly status: number
  readonly html: string
  /** The page that linked here first (for reports). */
  readonly from: string
}

export interface CrawlResult {
  readonly pages: readonly CrawledPage[]
  /** Links to English pages that answered with an error: [link, from, status]. */
  readonly broken: readonly (readonly [string, string, number])[]
  /** URLs left out because their page already had its query variants. */
  readonly skippedVariants: number
}

const NOT_PAGES = /\.(svg|png|json|ics|csv|pdf)(\?|$)/

/** Internal links of a page that stay in English (/en…), without fragments. */
export function englishLinks(html: string): string[] {
  const links: string[] = []
  for (const m of html.matchAll(/\shref="([^"]*)"/g)) {
    const href = decodeEntities(m[1] ?? '').split('#')[0] ?? ''
    if ((href === '/en' || href.startsWith('/en/') || href.startsWith('/en?')) && !NOT_PAGES.test(href)) {
      links.push(href)
    }
  }
  return links
}

export async function crawlEnglish(
  app: FastifyInstance,
  seeds: readonly string[],
  options: { readonly variantsPerPage: number; readonly maxPages: number },
): Promise<CrawlResult> {
  const seen = new Set<string>()
  const variants = new Map<string, number>()
  const queue: { url: string; from: string }[] = seeds.map((url) => ({ url, from: '(seed)' }))
  const pages: CrawledPage[] = []
  const broken: [string, string, number][] = []
  let skippedVariants = 0
  while (queue.length > 0 && pages.length < options.maxPages) {
    const { url, from } = queue.shift() as { url: string; from: string }
    if (seen.has(url)) {
      continue
    }
    seen.add(url)
    const path = url.split('?')[0] ?? url
    if (url.includes('?')) {
      const n = variants.get(path) ?? 0
      if (n >= options.variantsPerPage && from !== '(seed)') {
        skippedVariants += 1
        continue
      }
      variants.set(path, n + 1)
    }
    const res = await app.inject(url)
    if (res.statusCode >= 300 && res.statusCode < 400) {
      const location = String(res.headers.location ?? '')
      if (location.startsWith('/en')) {
        queue.unshift({ url: location, from: url })
      }
      continue
    }
    if (!String(res.headers['content-type'] ?? '').startsWith('text/html')) {
      continue
    }
    if (res.statusCode >= 400 && from !== '(seed)') {
      broken.push([url, from, res.statusCode])
    }
    pages.push({ url, status: res.statusCode, html: res.body, from })
    for (const link of englishLinks(res.body)) {
      if (!seen.has(link)) {
        queue.push({ url: link, from: url })
      }
    }
  }
  return { pages, broken, skippedVariants }
}
