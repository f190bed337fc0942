// SPDX-License-Identifier: EUPL-1.2
// Route of the analysis page (/analyse and /en/analyse): heatmap, gaps and overlaps on a date
// chosen with ?datum=YYYY-MM-DD (a plain GET form, so it works without JavaScript); ?uitklappen=ja
// opens every aspect's details, for printing everything.
import type { FastifyInstance } from 'fastify'
import { isCalendarDate } from '../../../domain/validity.ts'
import { pageRoute, queryValue, type NotFoundRenderer, type WebDeps } from '../../routing.ts'
import { analysisPage } from './template.ts'

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
      const { analysis } = ctx.data.catalog.analysis(asOf)
      const html = analysisPage(ctx, analysis, valid ? undefined : asked, {
        open: expandAsked === 'ja',
        ...(expandValid ? {} : { bad: expandAsked }),
      })
      return valid && expandValid ? html : { status: 400, html }
    },
    notFound,
  )
}
