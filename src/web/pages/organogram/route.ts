// SPDX-License-Identifier: EUPL-1.2
// Routes of the organogram page (/organogram) and its downloads (/organogram.svg, /organogram.png).
// An unknown form or category is a 400 with the error next to the field, never a crash.
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
import type { Locale } from '../../i18n.ts'
import type { PageContext } from '../../page-context.ts'
import { organogramLayout } from './graph.ts'
import { highlightedResponsibilities, isActive, parseHighlight, type ParsedHighlight } from './highlight.ts'
import { loadPngRenderer } from './png.ts'
import { organogramSvg } from './svg.ts'
import { organogramPage } from './template.ts'

async function diagram(
  ctx: PageContext,
  h: ParsedHighlight,
  standalone: boolean,
): Promise<{ svg: string; highlighted: Set<string> }> {
  const layout = await organogramLayout(ctx.data, ctx.locale, h.query.phase)
  const highlighted = highlightedResponsibilities(ctx.data, h.query)
  const svg = organogramSvg(layout, {
    title: ctx.t.organogram.diagramLabel,
    highlighted,
    active: isActive(h.query),
    standalone,
    locale: ctx.locale,
  })
  return { svg, highlighted }
}

function parse(ctx: PageContext, request: PageRequest): ParsedHighlight {
  // `fase` is the documented name; `phase` is accepted too, for English readers.
  return parseHighlight(
    ctx.data,
    ctx.t,
    queryValue(request, 'form'),
    queryValue(request, 'category'),
    queryValue(request, 'fase') ?? queryValue(request, 'phase'),
  )
}

export async function registerOrganogramPages(
  app: FastifyInstance,
  deps: WebDeps,
  notFound: NotFoundRenderer,
): Promise<void> {
  const toPng = await loadPngRenderer()
  pageRoute(
    app,
    deps,
    '/organogram',
    async (ctx, request) => {
      const h = parse(ctx, request)
      const { svg, highlighted } = await diagram(ctx, h, false)
      const page = organogramPage(ctx, {
        highlight: h,
        highlightedResponsibilities: highlighted,
        svg,
        pngAvailable: toPng !== undefined,
      })
      return { status: h.errors.length === 0 ? 200 : 400, html: page }
    },
    notFound,
  )

  // Downloads: ?lang=en for English labels; errors in the query answer with the HTML page's 400.
  const download = (kind: 'svg' | 'png') => async (request: PageRequest, reply: FastifyReply) => {
    const lang: Locale = queryValue(request, 'lang') === 'en' ? 'en' : 'nl'
    const ctx = pageContext(deps, lang, request.url)
    const h = parse(ctx, request)
    const { svg, highlighted } = await diagram(ctx, h, true)
    if (h.errors.length > 0) {
      const inline = await diagram(ctx, { ...h, query: {} }, false)
      return sendHtml(
        reply,
        400,
        organogramPage(ctx, {
          highlight: h,
          highlightedResponsibilities: highlighted,
          svg: inline.svg,
          pngAvailable: toPng !== undefined,
        }),
      )
    }
    const name = `organogram-mensenhandel.${kind}`
    reply.header('content-disposition', `attachment; filename="${name}"`).header('cache-control', 'no-store')
    if (kind === 'png' && toPng !== undefined) {
      return reply.header('content-type', 'image/png').send(toPng(svg))
    }
    return reply.header('content-type', 'image/svg+xml; charset=utf-8').send(svg)
  }
  app.get('/organogram.svg', download('svg'))
  // Registered only when the rasteriser is installed; otherwise the page shows no PNG link.
  if (toPng !== undefined) {
    app.get('/organogram.png', download('png'))
  }
}
