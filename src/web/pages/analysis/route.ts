// SPDX-License-Identifier: EUPL-1.2
// Route of the analysis page (/analyse and /en/analysis): heatmap, gaps and overlaps on a date
// chosen with ?datum=YYYY-MM-DD (a plain GET form, so it works without JavaScript); ?uitklappen=ja
// opens every aspect's details, for printing everything; ?regio=ID limits it to one zorgcoördinatie
// region or RIEC.
import type { FastifyInstance } from 'fastify'
import { isCalendarDate } from '../../../domain/validity.ts'
import { pageRoute, queryValue, type NotFoundRenderer, type WebDeps } from '../../routing.ts'
import { analysisPage } from './template.ts'

/** The regions a chain manager picks from (issue 20 item 9); the API takes any region id. */
const REGION_KINDS_OFFERED: readonly string[] = ['zorgcoordinatie', 'riec']

export function registerAnalysisPage(app: FastifyInstance, deps: WebDeps, notFound: NotFoundRenderer): void {
  pageRoute(
    app,
    deps,
    '/analyse',
    (ctx, request) => {
      const asked = queryValue(request, 'datum')
      const valid = asked === undefined || isCalendarDate(asked)
      const asOf = asked !== undefined && valid ? asked : ctx.data.asOf
      const expandAsked = queryValue(request, 'uitklappen')
      const expandValid = expandAsked === undefined || expandAsked === 'ja' || expandAsked === 'nee'
      const regionAsked = queryValue(request, 'regio')
      const regions = ctx.data.catalog.routeIndex.regions
      const regionValid = regionAsked === undefined || regionAsked === '' || regions.has(regionAsked)
      const region = regionAsked !== undefined && regionAsked !== '' && regionValid ? regionAsked : undefined
      const { analysis } = ctx.data.catalog.analysis(asOf, region)
      const choices = [...regions.values()]
        .filter((r) => REGION_KINDS_OFFERED.includes(r.kind))
        .map((r) => ({ id: r.id, name: r.name, kind: r.kind }))
      const html = analysisPage(ctx, analysis, valid ? undefined : asked, {
        open: expandAsked === 'ja',
        ...(expandValid ? {} : { bad: expandAsked }),
        regions: choices,
        ...(regionValid ? {} : { badRegion: regionAsked }),
      })
      return valid && expandValid && regionValid ? html : { status: 400, html }
    },
    notFound,
  )
}
