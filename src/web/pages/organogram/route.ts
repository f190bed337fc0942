// SPDX-License-Identifier: EUPL-1.2
// Routes of the organogram page (/organogram) and its downloads (/organogram.svg, /organogram.png).
// Downloads come from a cache per dataset version, date, language and query, with an ETag; an
// unknown query value is a 400 with the error next to the field, never a crash.
import type { FastifyInstance, FastifyReply } from 'fastify'
import {
  pageRoute,
  pageContext,
  queryValue,
  sendHtml,
  type NotFoundRenderer,
  type PageRequest,
  type WebDeps,
} from '../../routing.ts'
import type { SafeHtml } from '../../html.ts'
import type { Locale } from '../../i18n.ts'
import type { PageContext } from '../../page-context.ts'
import { formatDate } from '../../components/record-meta.ts'
import { buildChart } from './chart.ts'
import { DownloadCache, sendDownload } from './downloads.ts'
import { parseHighlight, type ParsedHighlight } from './highlight.ts'
import { layoutChart, printZoom } from './layout.ts'
import { loadPngRenderer } from './png.ts'
import { chartSource, type ChartSource } from './source.ts'
import { chartSvg } from './svg.ts'
import { organogramPage } from './template.ts'
import { svgTexts } from './texts.ts'

function parse(source: ChartSource, ctx: PageContext, request: PageRequest): ParsedHighlight {
  // `fase` is the documented name; `phase` is accepted too, for English readers.
  const raw = {
    phase: queryValue(request, 'fase') ?? queryValue(request, 'phase'),
    form: queryValue(request, 'form'),
    category: queryValue(request, 'category'),
    municipality: queryValue(request, 'municipality'),
  }
  return parseHighlight(
    source,
    ctx.t,
    Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)) as Partial<
      Record<keyof typeof raw, string>
    >,
  )
}

function page(ctx: PageContext, source: ChartSource, h: ParsedHighlight, pngAvailable: boolean): SafeHtml {
  // After an error the chart shows everything, with the form and errors above it.
  const query = h.errors.length === 0 ? h.query : {}
  const chart = buildChart(source, query, ctx.locale)
  const layout = layoutChart(chart)
  return organogramPage(ctx, {
    highlight: { ...h, query },
    chart,
    spans: layout.phases.map((p) => p.span),
    printZoom: printZoom(layout),
    source,
    pngAvailable,
  })
}

export async function registerOrganogramPages(
  app: FastifyInstance,
  deps: WebDeps,
  notFound: NotFoundRenderer,
  /** Injectable for tests; by default resvg when installed. */
  cache?: DownloadCache,
): Promise<void> {
  cache ??= new DownloadCache(await loadPngRenderer())
  pageRoute(
    app,
    deps,
    '/organogram',
    (ctx, request) => {
      const source = chartSource(ctx.data)
      const h = parse(source, ctx, request)
      return { status: h.errors.length === 0 ? 200 : 400, html: page(ctx, source, h, cache.pngAvailable) }
    },
    notFound,
  )

  // Downloads: ?lang=en for English labels; errors in the query answer with the HTML page's 400.
  const download = (kind: 'svg' | 'png') => async (request: PageRequest, reply: FastifyReply) => {
    const lang: Locale = queryValue(request, 'lang') === 'en' ? 'en' : 'nl'
    const ctx = pageContext(deps, lang, request)
    const source = chartSource(ctx.data)
    const h = parse(source, ctx, request)
    if (h.errors.length > 0) {
      return sendHtml(reply, 400, page(ctx, source, h, cache.pngAvailable))
    }
    const q = h.query
    const key = cache.key(source.version, [
      source.asOf,
      lang,
      q.phase ?? '',
      q.form ?? '',
      q.category ?? '',
      q.municipality ?? '',
    ])
    const entry = cache.entry(key, () => {
      const chart = buildChart(source, q, lang)
      return chartSvg(layoutChart(chart), svgTexts(chart, source, q, ctx.t, lang, formatDate(ctx, source.asOf)))
    })
    return sendDownload(cache, entry, request, reply, {
      kind,
      // The query can describe a victim's situation: shared caches must not store the file.
      cacheControl: 'private, no-cache',
      filename: 'organogram-mensenhandel',
      busyText: ctx.t.organogram.busy,
    })
  }
  app.get('/organogram.svg', download('svg'))
  // Registered only when the rasteriser is installed; otherwise the page shows no PNG link.
  if (cache.pngAvailable) {
    app.get('/organogram.png', download('png'))
  }
}
