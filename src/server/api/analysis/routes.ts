// SPDX-License-Identifier: EUPL-1.2
// GET /analysis (JSON, optionally compared with a second date) and GET /analysis.csv.
import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../../app.ts'
import { invalid } from '../../errors.ts'
import type { Dataset } from '../../../domain/entities.ts'
import {
  analyse,
  analysisToCsv,
  buildAnalysisIndex,
  compareAnalyses,
  type AnalysisIndex,
  type AnalysisResult,
} from '../../../domain/analysis/index.ts'
import { isCalendarDate, todayInAmsterdam } from '../../../domain/validity.ts'
import { apiIndex } from '../api-index.ts'
import { getAnalysisCsvSchema, getAnalysisSchema, type AnalysisQuery, type CsvQuery } from './schema.ts'

interface Cached {
  readonly index: AnalysisIndex
  /** The last few dates asked for; an analysis takes tens of milliseconds, a lookup nothing. */
  readonly byDate: Map<string, AnalysisResult>
}
const MAX_DATES = 8
const cache = new WeakMap<Dataset, Cached>()

function resultFor(dataset: Dataset, asOf: string): AnalysisResult {
  let cached = cache.get(dataset)
  if (cached === undefined) {
    cached = { index: buildAnalysisIndex(dataset, apiIndex(dataset).route), byDate: new Map() }
    cache.set(dataset, cached)
  }
  let result = cached.byDate.get(asOf)
  if (result === undefined) {
    result = analyse(cached.index, asOf)
    if (cached.byDate.size >= MAX_DATES) {
      const oldest = cached.byDate.keys().next().value
      if (oldest !== undefined) {
        cached.byDate.delete(oldest)
      }
    }
    cached.byDate.set(asOf, result)
  }
  return result
}

/** The schema checks the form; this catches dates like 2025-02-30 and names the field. */
function checkDates(fields: Readonly<Record<string, string | undefined>>): void {
  const bad = Object.entries(fields).filter(([, v]) => v !== undefined && !isCalendarDate(v))
  if (bad.length > 0) {
    throw invalid(bad.map(([path, v]) => ({ path, message: `'${v ?? ''}' is not a calendar date (YYYY-MM-DD)` })))
  }
}

export async function analysisRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get<{ Querystring: AnalysisQuery }>('/analysis', { schema: getAnalysisSchema }, async (request) => {
    const { asOf = todayInAmsterdam(), compare } = request.query
    checkDates({ asOf, compare })
    const dataset = ctx.dataset()
    const result = resultFor(dataset, asOf)
    return compare === undefined
      ? result.analysis
      : { ...result.analysis, comparison: compareAnalyses(result.run, resultFor(dataset, compare).run) }
  })

  app.get<{ Querystring: CsvQuery }>('/analysis.csv', { schema: getAnalysisCsvSchema }, async (request, reply) => {
    const { asOf = todayInAmsterdam() } = request.query
    checkDates({ asOf })
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="wegwijzer-analyse-${asOf}.csv"`)
      .send(analysisToCsv(resultFor(ctx.dataset(), asOf).analysis))
  })
}
