// SPDX-License-Identifier: EUPL-1.2
// Routes of the B8 trajectory planner: /b8-planner (GET form → timeline; 400 with field errors)
// and /b8-planner/invoer.json (the same input as a JSON file to keep or feed to the CLI).
// Stateless: the input comes from the query string and nothing is stored or logged.
import type { FastifyInstance } from 'fastify'
import { parseContextOf, type ParseContext } from '../../../domain/route/index.ts'
import { planTrajectory } from '../../../domain/trajectory/index.ts'
import type { PageContext } from '../../page-context.ts'
import {
  localeRoutes,
  pageContext,
  pageRoute,
  sendHtml,
  type NotFoundRenderer,
  type PageRequest,
  type PageResult,
  type WebDeps,
} from '../../routing.ts'
import { inputDocument, inputQuery, readPlannerRequest, type PlannerRequest } from './form-input.ts'
import { INPUT_FILE_PATH, PLANNER_PATH, plannerPage } from './template.ts'
import { timelineView } from './view-model.ts'

/** What the scenario parser needs: the municipalities (codes and names) and the page's date. */
function parseContext(ctx: PageContext): ParseContext {
  return parseContextOf(ctx.data.catalog.routeIndex, ctx.data.asOf)
}

function plannerResult(ctx: PageContext, request: PlannerRequest): PageResult {
  switch (request.kind) {
    case 'empty':
      return { status: 200, html: plannerPage(ctx, { values: {}, errors: [] }) }
    case 'invalid':
      return { status: 400, html: plannerPage(ctx, { values: request.values, errors: request.errors }) }
    case 'valid': {
      const plan = planTrajectory(ctx.data.dataset, request.input, { index: ctx.data.catalog.routeIndex })
      return {
        status: 200,
        html: plannerPage(ctx, {
          values: request.values,
          errors: [],
          result: {
            timeline: timelineView(ctx.data, plan, ctx.locale),
            // The calendar gets the plan date of the page, so it lists what the page shows.
            icsQuery: `${inputQuery(request.input, { withAsOf: true })}${ctx.locale === 'nl' ? '' : `&lang=${ctx.locale}`}`,
            fileQuery: inputQuery(request.input, { withAsOf: request.asOfGiven }),
          },
        }),
      }
    }
  }
}

export function registerTrajectoryPages(app: FastifyInstance, deps: WebDeps, notFound: NotFoundRenderer): void {
  pageRoute(
    app,
    deps,
    PLANNER_PATH,
    (ctx, request) => plannerResult(ctx, readPlannerRequest(request.query, parseContext(ctx), ctx.locale)),
    notFound,
  )

  for (const [locale, url] of localeRoutes(INPUT_FILE_PATH)) {
    app.get(url, async (raw, reply) => {
      const request = raw as PageRequest
      const ctx = pageContext(deps, locale, request)
      const parsed = readPlannerRequest(request.query, parseContext(ctx), locale, { requireInput: true })
      if (parsed.kind !== 'valid') {
        // A hand-made or damaged link: show the planner with what is wrong instead of a bare error.
        const page = plannerResult(ctx, parsed)
        return sendHtml(reply, page.status, page.html)
      }
      const body = `${JSON.stringify(inputDocument(parsed.input, { withAsOf: parsed.asOfGiven }), null, 2)}\n`
      return reply
        .header('cache-control', 'no-store')
        .header('content-disposition', 'attachment; filename="b8-planner-invoer.json"')
        .type('application/json; charset=utf-8')
        .send(body)
    })
  }
}
