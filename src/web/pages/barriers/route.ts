// SPDX-License-Identifier: EUPL-1.2
// Routes of the barrier model: /barrieremodel, /barrieremodel/:topic (a form or loverboy, with
// ?gemeente=1 for what the municipality can do), /barrieremodel/barrieres/:id, and the diagram as
// a download: /barrieremodel/:topic/schema.svg and .png (?gemeente=1, ?lang=en). Downloads come
// from the organogram's cache per dataset version, date, language and query, with an ETag (ADR 6).
import type { FastifyInstance, FastifyReply } from 'fastify'
import {
  PageNotFound,
  pageContext,
  pageRoute,
  queryValue,
  sendHtml,
  type NotFoundRenderer,
  type PageRequest,
  type WebDeps,
} from '../../routing.ts'
import type { Locale } from '../../i18n.ts'
import { DownloadCache, sendDownload } from '../organogram/downloads.ts'
import { loadPngRenderer } from '../organogram/png.ts'
import { barrierDiagramSvg } from './diagram.ts'
import { barrierIndexPage, barrierPage, barrierTopicPage, diagramLabels, DOWNLOAD_COLUMNS } from './template.ts'
import { allBarriers, barrierModelView, isBarrierTopic, MUNICIPAL_FIELD, parseMunicipalFilter } from './view-model.ts'

export async function registerBarrierPages(
  app: FastifyInstance,
  deps: WebDeps,
  notFound: NotFoundRenderer,
  /** Injectable for tests; by default resvg when installed. */
  cache?: DownloadCache,
): Promise<void> {
  const downloads = cache ?? new DownloadCache(await loadPngRenderer(), { etagPrefix: 'bm' })
  const pngAvailable = downloads.pngAvailable
  pageRoute(app, deps, '/barrieremodel', (ctx) => barrierIndexPage(ctx, allBarriers(ctx.data)), notFound)

  pageRoute(
    app,
    deps,
    '/barrieremodel/barrieres/:id',
    (ctx, request) => {
      const barrier = ctx.data.byId('barriers', request.params.id ?? '')
      if (barrier === undefined) {
        throw new PageNotFound()
      }
      return barrierPage(ctx, barrier, ctx.data.byId('barrierStages', barrier.stage))
    },
    notFound,
  )

  pageRoute(
    app,
    deps,
    '/barrieremodel/:topic',
    (ctx, request) => {
      const topic = request.params.topic ?? ''
      if (!isBarrierTopic(topic)) {
        throw new PageNotFound()
      }
      const filter = parseMunicipalFilter(queryValue(request, MUNICIPAL_FIELD))
      if (!filter.ok) {
        // Show the whole model with the error next to the checkbox, as a 400.
        const view = barrierModelView(ctx.data, ctx.locale, topic, false)
        return { status: 400, html: barrierTopicPage(ctx, { topic, view, filterError: filter.raw, pngAvailable }) }
      }
      return barrierTopicPage(ctx, {
        topic,
        view: barrierModelView(ctx.data, ctx.locale, topic, filter.on),
        pngAvailable,
      })
    },
    notFound,
  )

  const download = (kind: 'svg' | 'png') => async (request: PageRequest, reply: FastifyReply) => {
    const lang: Locale = queryValue(request, 'lang') === 'en' ? 'en' : 'nl'
    const ctx = pageContext(deps, lang, request)
    const topic = request.params.topic ?? ''
    if (!isBarrierTopic(topic)) {
      return sendHtml(reply, 404, notFound(ctx))
    }
    const filter = parseMunicipalFilter(queryValue(request, MUNICIPAL_FIELD))
    if (!filter.ok) {
      const view = barrierModelView(ctx.data, ctx.locale, topic, false)
      return sendHtml(reply, 400, barrierTopicPage(ctx, { topic, view, filterError: filter.raw, pngAvailable }))
    }
    const key = downloads.key(ctx.data.catalog, [ctx.data.asOf, lang, topic, filter.on ? '1' : '0'])
    const entry = downloads.entry(key, () => {
      const view = barrierModelView(ctx.data, ctx.locale, topic, filter.on)
      return barrierDiagramSvg(view.steps, diagramLabels(ctx, topic, view), ctx.locale, {
        columns: DOWNLOAD_COLUMNS,
        idPrefix: 'barrier-diagram',
        standalone: true,
      })
    })
    return sendDownload(downloads, entry, request, reply, {
      kind,
      cacheControl: 'public, no-cache',
      filename: `barrieremodel-${topic}`,
      busyText: ctx.t.barriers.busy,
    })
  }
  app.get('/barrieremodel/:topic/schema.svg', download('svg'))
  // Registered only when the rasteriser is installed; otherwise the page shows no PNG link.
  if (pngAvailable) {
    app.get('/barrieremodel/:topic/schema.png', download('png'))
  }
}
