// SPDX-License-Identifier: EUPL-1.2
// POST /trajectory (facts as JSON → plan) and GET /trajectory.ics?… (the same facts in the URL →
// calendar of the deadlines). Stateless: nothing about the person is stored or logged.
import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../../app.ts'
import {
  parseTrajectoryInput,
  planToICalendar,
  planTrajectory,
  type ParsedTrajectoryInput,
  type TrajectoryInput,
  type TrajectoryPlan,
} from '../../../domain/trajectory/index.ts'
import { parseContextOf } from '../../../domain/route/index.ts'
import { todayInAmsterdam } from '../../../domain/validity.ts'
import type { Locale } from '../../../messages/catalogue.ts'
import { icalTexts, localisePlan } from '../../../messages/localise-plan.ts'
import { catalogNames } from '../../../messages/names.ts'
import { requestLocale } from '../language.ts'
import { invalidScenario } from '../scenario-errors.ts'
import { getTrajectoryIcsSchema, postTrajectorySchema } from './schema.ts'

function plan(
  ctx: AppContext,
  raw: unknown,
  fromQuery: boolean,
  locale: Locale,
): { input: ParsedTrajectoryInput; plan: TrajectoryPlan } {
  const catalog = ctx.catalog()
  const index = catalog.routeIndex
  const parsed = parseTrajectoryInput(raw, parseContextOf(index, todayInAmsterdam()), { fromQuery })
  if (!parsed.ok) {
    throw invalidScenario(parsed.errors, { fromQuery, locale, message: 'The trajectory input is invalid.' })
  }
  return { input: parsed.input, plan: planTrajectory(catalog.dataset, parsed.input, { index }) }
}

export async function trajectoryRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.post<{ Body: TrajectoryInput; Querystring: { lang?: string } }>(
    '/trajectory',
    { schema: postTrajectorySchema },
    async (request, reply) => {
      const locale = requestLocale(request)
      // Personal facts: never cache them anywhere on the way.
      return reply
        .header('cache-control', 'no-store')
        .header('content-language', locale)
        .send(localisePlan(plan(ctx, request.body, false, locale).plan, locale, ctx.catalog()))
    },
  )
  app.get<{ Querystring: Record<string, string | string[]> }>(
    '/trajectory.ics',
    { schema: getTrajectoryIcsSchema },
    async (request, reply) => {
      const { lang: _lang, ...fields } = request.query
      const locale = requestLocale(request)
      const result = plan(ctx, fields, true, locale)
      return reply
        .header('cache-control', 'no-store')
        .header('content-disposition', 'attachment; filename="termijnen-verblijfsregeling.ics"')
        .type('text/calendar; charset=utf-8')
        .header('content-language', locale)
        .send(planToICalendar(result.plan, result.input, icalTexts(locale, catalogNames(ctx.catalog(), locale))))
    },
  )
}
