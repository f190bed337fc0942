// SPDX-License-Identifier: EUPL-1.2
// GET /analysis (JSON, optionally compared with a second date) and GET /analysis.csv.
import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../../app.ts'
import { invalid } from '../../errors.ts'
import { compareAnalyses, topView } from '../../../domain/analysis/index.ts'
import { analysisToCsv } from '../../../messages/analysis-csv.ts'
import { localiseAnalysis } from '../../../messages/localise-analysis.ts'
import { requestLocale } from '../language.ts'
import { isCalendarDate, todayInAmsterdam } from '../../../domain/validity.ts'
import { getAnalysisCsvSchema, getAnalysisSchema, type AnalysisQuery, type CsvQuery } from './schema.ts'

/** The schema checks the form; this catches dates like 2025-02-30 and names the field. */
function checkDates(fields: Readonly<Record<string, string | undefined>>): void {
  const bad = Object.entries(fields).filter(([, v]) => v !== undefined && !isCalendarDate(v))
  if (bad.length > 0) {
    throw invalid(bad.map(([path, v]) => ({ path, message: `'${v ?? ''}' is not a calendar date (YYYY-MM-DD)` })))
  }
}

function checkRegion(ctx: AppContext, region: string | undefined): void {
  if (region !== undefined && !ctx.catalog().routeIndex.regions.has(region)) {
    throw invalid([
      {
        path: 'region',
        message: `'${region}' is not a region id from data/regions, e.g. zorgcoordinatie-utrecht or riec-midden-nederland`,
      },
    ])
  }
}

export async function analysisRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get<{ Querystring: AnalysisQuery }>('/analysis', { schema: getAnalysisSchema }, async (request, reply) => {
    const { asOf = todayInAmsterdam(), compare, view = 'all', region } = request.query
    const locale = requestLocale(request)
    reply.header('content-language', locale)
    checkDates({ asOf, compare })
    checkRegion(ctx, region)
    const catalog = ctx.catalog()
    const result = catalog.analysis(asOf, region)
    const analysis = view === 'top' ? topView(result.analysis) : result.analysis
    return localiseAnalysis(
      compare === undefined
        ? analysis
        : { ...analysis, comparison: compareAnalyses(result.run, catalog.analysis(compare, region).run) },
      locale,
    )
  })

  app.get<{ Querystring: CsvQuery }>('/analysis.csv', { schema: getAnalysisCsvSchema }, async (request, reply) => {
    const { asOf = todayInAmsterdam(), region } = request.query
    checkDates({ asOf })
    checkRegion(ctx, region)
    return reply
      .type('text/csv; charset=utf-8')
      .header(
        'content-disposition',
        `attachment; filename="wegwijzer-analyse-${asOf}${region === undefined ? '' : `-${region}`}.csv"`,
      )
      .send(analysisToCsv(ctx.catalog().analysis(asOf, region).analysis))
  })
}
